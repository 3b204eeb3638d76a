"""Fixtures of the city network's tests: the three index pages under the English home page,
and helpers to build cities and pairs with the seeded countries and themes."""

from decimal import Decimal

import pytest

from cities.factories import (
    CaseStudyIndexPageFactory,
    CityIndexPageFactory,
    CityPageFactory,
    PairIndexPageFactory,
    english_country,
)


@pytest.fixture
def city_index(home_page):
    return CityIndexPageFactory(parent=home_page)


@pytest.fixture
def pair_index(home_page):
    return PairIndexPageFactory(parent=home_page)


@pytest.fixture
def case_study_index(home_page):
    return CaseStudyIndexPageFactory(parent=home_page)


@pytest.fixture
def hamburg(city_index):
    return CityPageFactory(
        parent=city_index,
        title="Hamburg",
        slug="hamburg",
        country=english_country("DE"),
        population=1_853_935,
        latitude=Decimal("53.55108"),
        longitude=Decimal("9.99368"),
    )


@pytest.fixture
def seoul(city_index):
    return CityPageFactory(
        parent=city_index,
        title="Seoul",
        slug="seoul",
        country=english_country("KR"),
        population=9_411_000,
        latitude=Decimal("37.56650"),
        longitude=Decimal("126.97800"),
    )


@pytest.fixture
def editor_client(client, django_user_model):
    """A logged-in administrator, as communication staff use the admin."""
    user = django_user_model.objects.create_superuser(
        username="editor", email="editor@example.org", password="pass"
    )
    client.force_login(user)
    return client
