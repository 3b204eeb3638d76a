"""Factories for news and events (wagtail-factories / factory_boy).

Pages are created live under the ``parent`` given (``EventPageFactory(parent=index)``).
Events default to a working meeting in Seoul, 09:00–17:30 KST, with a one-day agenda.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

import factory
import wagtail_factories

from news.choices import EventType
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage


class PublishedPageFactory(wagtail_factories.PageFactory):
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        abstract = True


class NewsIndexPageFactory(PublishedPageFactory):
    title = "News"
    slug = "news"
    intro = "News of the programme."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.LazyFunction(timezone.localdate)
    intro = factory.LazyAttribute(lambda o: f"What happened: {o.title}.")

    class Meta:
        model = NewsPage


class EventIndexPageFactory(PublishedPageFactory):
    title = "Events"
    slug = "events"
    intro = "Meetings of the programme."

    class Meta:
        model = EventIndexPage


def agenda_day(day, sessions=(("09:00", "10:30", "Opening"), ("11:00", "12:30", "Site visit"))):
    """Raw StreamField data for one agenda day."""
    return {
        "type": "day",
        "value": {
            "date": day.isoformat(),
            "title": "",
            "sessions": [
                {
                    "start": start,
                    "end": end,
                    "title": title,
                    "speakers": [{"name": "Kim Min-jun", "role": "Deputy Mayor"}],
                    "description": "",
                }
                for start, end, title in sessions
            ],
        },
    }


class EventPageFactory(PublishedPageFactory):
    class Params:
        zone = "Asia/Seoul"
        day = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))

    title = factory.Sequence(lambda n: f"Working meeting {n}")
    event_type = EventType.WORKING_MEETING
    time_zone = factory.SelfAttribute("zone")
    start = factory.LazyAttribute(
        lambda o: datetime.combine(o.day, time(9, 0), tzinfo=ZoneInfo(o.zone))
    )
    end = factory.LazyAttribute(
        lambda o: datetime.combine(o.day, time(17, 30), tzinfo=ZoneInfo(o.zone))
    )
    venue = "City Hall"
    address = "110 Sejong-daero, Jung-gu"
    intro = factory.LazyAttribute(lambda o: f"The delegations meet: {o.title}.")
    agenda = factory.LazyAttribute(lambda o: [agenda_day(o.day)])

    class Meta:
        model = EventPage
