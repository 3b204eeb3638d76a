"""The view behind ``news/urls.py``: a page file is a route of its page."""

from wagtail.views import serve


def serve_page_file(request, page_path, file_name):
    # RoutablePageMixin matches sub-paths with a trailing slash ("rss.xml/").
    return serve(request, f"{page_path}{file_name}/")
