"""Fixtures of the search tests."""

from django.db import connection, transaction

from wagtail.models import Locale

import pytest

from home.models import HomePage

requires_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: text search configurations, stemming and trigram indexes",
)
requires_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="what the SQLite fallback stores and matches"
)


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a test module: its content is built once, then rolled back."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def home_of(language_code):
    return HomePage.objects.get(locale=Locale.objects.get(language_code=language_code))
