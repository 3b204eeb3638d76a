"""Addresses of page files (feeds, calendars), handed to Wagtail's page routing.

Wagtail's catch-all pattern takes only slugs and slashes, so ``/en/news/rss.xml`` would
never reach the news index. This pattern, included before Wagtail's, accepts exactly the
file names pages serve and lets Wagtail route them like any other page address (same
site, language tree, privacy checks and ``before_serve_page`` hooks).
"""

from django.urls import re_path

from news import views

FILE_NAMES = r"rss\.xml|atom\.xml|calendar\.ics|event\.ics"

urlpatterns = [
    re_path(
        rf"^(?P<page_path>(?:[\w\-]+/)*)(?P<file_name>{FILE_NAMES})$",
        views.serve_page_file,
        name="news_page_file",
    ),
]
