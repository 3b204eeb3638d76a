"""Fixtures shared by the whole suite.

The test database gets the portal's skeleton once per run (27 locales, a home page in
each, English as the synchronisation source), exactly as ``setup_portal`` builds it, so
every test starts from what a newcomer's first run has.
"""

from django.core.cache import cache
from django.test import Client

from wagtail.models import Locale

import pytest

from home.models import HomePage
from home.setup import ensure_portal_structure


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        ensure_portal_structure()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache. Wagtail caches the sites' root paths (which
    build every ``page.url``), and the portal caches feeds and the map: a value left by a
    test whose transaction was rolled back would point at rows that no longer exist."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def korean(db):
    return Locale.objects.get(language_code="ko")


@pytest.fixture
def home_page(english):
    """The English home page: the parent of every section's index."""
    return HomePage.objects.get(locale=english)


@pytest.fixture
def client():
    # The default site answers for "localhost"; any host in ALLOWED_HOSTS works.
    return Client(HTTP_HOST="localhost")
