"""RSS 2.0 and Atom feeds of a news index, with Django's syndication framework.

One feed per language: each language's news index serves its own, with the articles of its
tree (translations, or aliases that show English until translated). Query strings are
ignored: a feed is always the latest ``FEED_LENGTH`` articles, whatever a reader appends.
"""

from datetime import UTC, datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from news.models.news import FEED_LENGTH


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    feed_name = "rss"

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return _("%(site)s: %(title)s") % {"site": settings.WAGTAIL_SITE_NAME, "title": index.title}

    def link(self, index):
        return index.get_full_url(self.request)

    def feed_url(self, index):
        return index.full_file_url(self.feed_name, self.request)

    def description(self, index):
        return index.intro or _("News of the %(site)s programme.") % {
            "site": settings.WAGTAIL_SITE_NAME
        }

    subtitle = description

    def author_name(self, index):
        return settings.WAGTAIL_SITE_NAME

    def items(self, index):
        return index.feed_articles(FEED_LENGTH)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        # The article's date is a calendar date; noon UTC keeps it on the same day in every
        # reader's time zone from UTC-11 to UTC+11.
        return datetime.combine(item.date, time(12), tzinfo=UTC)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [theme.name for theme in getattr(item, "display_themes", ())]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    feed_name = "atom"
