"""News and the programme calendar.

- ``news.NewsIndexPage`` → ``news.NewsPage``: date, intro, image (+ image_alt), body.
  The index serves ``rss.xml`` and ``atom.xml``.
- ``news.EventIndexPage`` → ``news.EventPage``: event_type, start and end (aware datetimes),
  time_zone (IANA name; empty = the host city's), venue, address, online_url, intro,
  agenda (days → sessions), documents, body. The index serves ``calendar.ics``, each
  event ``event.ics``.

Facts (dates, zones, relations) are synchronised across locales; words are translated.
"""

from .event_index import EventIndexPage
from .events import EventDelegation, EventPage
from .news import NewsIndexPage, NewsPage

__all__ = ["EventDelegation", "EventIndexPage", "EventPage", "NewsIndexPage", "NewsPage"]
