"""Fixtures of the news and events tests.

Content that several tests only read is built once per module (``module_db``): inside a
transaction that is rolled back when the module ends, so no other test module sees it.
Each test still runs in its own savepoint (pytest-django's ``db``), so what a test writes
disappears after it.
"""

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import transaction

from wagtail.models import Locale

import pytest

from cities.factories import CityIndexPageFactory, CityPageFactory, english_country
from home.models import HomePage

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def english_home():
    return HomePage.objects.get(locale__language_code="en")


def add_aliases(page, language_codes=("ko", "vi")):
    """The page's aliases in a few languages, as wagtail-localize's synchronisation makes
    them (all 26 would cost half a second a page)."""
    for code in language_codes:
        page.copy_for_translation(Locale.objects.get(language_code=code), alias=True)


def make_city(index, title, iso_code, latitude="37.56650", longitude="126.97800"):
    return CityPageFactory(
        parent=index,
        title=title,
        slug=title.lower().replace(" ", "-"),
        country=english_country(iso_code),
        latitude=Decimal(latitude),
        longitude=Decimal(longitude),
    )


def seoul_time(year, month, day, hour=9, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=SEOUL)


@pytest.fixture
def city_index(home_page):
    return CityIndexPageFactory(parent=home_page)


@pytest.fixture
def seoul(city_index):
    return make_city(city_index, "Seoul", "KR")


@pytest.fixture
def hamburg(city_index):
    return make_city(city_index, "Hamburg", "DE", "53.55108", "9.99368")


class Programme:
    """A small programme calendar, in English with Korean and Vietnamese aliases.

    Clock frozen at ``NOW`` (20 November 2026): three events to come, two past.
    """

    NOW = datetime(2026, 11, 20, 12, 0, tzinfo=ZoneInfo("UTC"))


@pytest.fixture(scope="module")
def programme(module_db):
    from datetime import date

    from cities.factories import PairIndexPageFactory, PairPageFactory
    from news.factories import EventIndexPageFactory, EventPageFactory, agenda_day
    from news.models.events import EventDelegation

    home = english_home()
    p = Programme()
    p.city_index = CityIndexPageFactory(parent=home)
    p.seoul = make_city(p.city_index, "Seoul", "KR")
    p.hamburg = make_city(p.city_index, "Hamburg", "DE", "53.55108", "9.99368")
    p.pair_index = PairIndexPageFactory(parent=home)
    p.pair = PairPageFactory(
        parent=p.pair_index, title="Hamburg and Seoul", eu_city=p.hamburg, partner_city=p.seoul
    )
    p.index = EventIndexPageFactory(parent=home)
    p.seoul_meeting = EventPageFactory(
        parent=p.index,
        title="Working meeting in Seoul",
        slug="working-meeting-in-seoul",
        host_city=p.seoul,
        time_zone="",
        day=date(2026, 11, 27),
        venue="Seoul City Hall",
        agenda=[
            agenda_day(date(2026, 11, 27)),
            agenda_day(date(2026, 11, 28), [("10:00", "12:00", "Field visit to Magok")]),
        ],
    )
    p.seoul_meeting.pairs.set([p.pair])
    EventDelegation.objects.create(page=p.seoul_meeting, city=p.hamburg)
    EventDelegation.objects.create(page=p.seoul_meeting, city=p.seoul, delegates=2)
    p.seoul_meeting.save()
    p.webinar = EventPageFactory(
        parent=p.index,
        title="Webinar on energy efficiency",
        slug="webinar-on-energy-efficiency",
        event_type="webinar",
        zone="Europe/Brussels",
        day=date(2026, 12, 5),
        venue="",
        address="",
        online_url="https://meet.example.org/energy",
    )
    p.follow_up = EventPageFactory(
        parent=p.index,
        title="Follow-up meeting in Hamburg",
        slug="follow-up-meeting-in-hamburg",
        event_type="follow-up",
        host_city=p.hamburg,
        time_zone="",
        start=datetime(2027, 3, 10, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        end=datetime(2027, 3, 11, 15, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        venue="Hamburg City Hall",
        address="Rathausmarkt 1",
    )
    p.selection = EventPageFactory(
        parent=p.index,
        title="Selection of the 2026 cities",
        slug="selection-of-the-2026-cities",
        event_type="selection",
        zone="Europe/Brussels",
        day=date(2026, 6, 15),
    )
    p.closing = EventPageFactory(
        parent=p.index,
        title="Closing meeting in Seoul",
        slug="closing-meeting-in-seoul",
        event_type="closing",
        host_city=p.seoul,
        time_zone="",
        day=date(2026, 2, 10),
    )
    events = [p.seoul_meeting, p.webinar, p.follow_up, p.selection, p.closing]
    for page in [p.city_index, p.seoul, p.hamburg, p.pair_index, p.pair, p.index, *events]:
        add_aliases(page)
    return p
