"""Files that pages serve beside their HTML: feeds (``rss.xml``) and calendars (``.ics``).

They are routes of the page (``RoutablePageMixin``), so they follow the page everywhere:
its language, its privacy settings, a move in the tree. Wagtail's own URL pattern accepts
no dot in a path, so ``news/urls.py`` hands addresses that end in one of these file names
to Wagtail's page routing; the routes are declared with the trailing slash that routing adds.
"""

from portal.caching import allow_shared_caching


class PageFilesMixin:
    def file_url(self, name, request=None):
        """The address of a route of this page, as visitors use it: /en/events/calendar.ics."""
        url = self.get_url(request)
        if url is None:
            return None
        return url + self.reverse_subpage(name).rstrip("/")

    def full_file_url(self, name, request=None):
        url = self.get_full_url(request)
        if url is None:
            return None
        return url + self.reverse_subpage(name).rstrip("/")

    def cacheable(self, request, response):
        """Let shared caches keep a public file as briefly as a public page (PortalPage)."""
        return allow_shared_caching(request, response)
