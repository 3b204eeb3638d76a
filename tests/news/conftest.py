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
