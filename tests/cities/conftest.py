"""Fixtures of the city network's tests: the three index pages under the English home page,
and helpers to build cities and pairs with the seeded countries and themes."""

from contextlib import contextmanager
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import transaction

import pytest

from cities.factories import (
    CaseStudyCityFactory,
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    CityIndexPageFactory,
    CityPageFactory,
    PairIndexPageFactory,
    PairPageFactory,
    english_country,
    english_theme,
)
from home.models import HomePage
from translations.groups import STAFF_GROUP_NAME


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
    """A logged-in member of the communication staff: no superuser rights, only what the
    portal's "Communication staff" group grants (``translations.groups``)."""
    user = django_user_model.objects.create_user(
        username="editor",
        email="editor@example.org",
        password="pass",  # noqa: S106
    )
    user.groups.set([Group.objects.get(name=STAFF_GROUP_NAME)])
    assert not user.is_superuser
    client.force_login(user)
    return client


@contextmanager
def module_content(django_db_blocker):
    """Build content once for a whole test module, and roll it back afterwards.

    Each test still runs in its own savepoint (pytest-django's ``db``), nested inside.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def build_small_network():
    """Six cities, three pairs and two good practices under the English home page."""
    home = HomePage.objects.get(locale__language_code="en")
    city_index = CityIndexPageFactory(parent=home)
    pair_index = PairIndexPageFactory(parent=home)
    case_study_index = CaseStudyIndexPageFactory(parent=home)

    def city(title, code, themes, **kwargs):
        page = CityPageFactory(
            parent=city_index,
            title=title,
            slug=title.lower().replace(" ", "-"),
            country=english_country(code),
            **kwargs,
        )
        page.themes.set([english_theme(slug) for slug in themes])
        page.save()
        return page

    cities = {
        "hamburg": city("Hamburg", "DE", ["energy-efficiency", "smart-city"], population=1_853_935),
        "lyon": city("Lyon", "FR", ["green-technologies"], population=522_250),
        "seoul": city(
            "Seoul", "KR", ["energy-efficiency"], population=9_411_000, kind="metropolitan"
        ),
        "sydney": city("Sydney", "AU", ["low-carbon-development"], population=5_450_000),
        "da-nang": city("Da Nang", "VN", ["green-technologies"], population=1_220_000),
        "glasgow": city("Glasgow", "GB", [], population=None, kind="alliance"),
    }

    def pair(eu, partner, cycle, status, themes):
        page = PairPageFactory(
            parent=pair_index,
            eu_city=cities[eu],
            partner_city=cities[partner],
            title=f"{cities[eu].title} and {cities[partner].title}",
            slug=f"{eu}-{partner}",
            cycle=cycle,
            status=status,
        )
        page.themes.set([english_theme(slug) for slug in themes])
        page.save()
        return page

    pairs = {
        "hamburg-seoul": pair("hamburg", "seoul", "2017-2018", "active", ["energy-efficiency"]),
        "lyon-sydney": pair("lyon", "sydney", "2019-2020", "proposed", ["low-carbon-development"]),
        "glasgow-da-nang": pair("glasgow", "da-nang", "2017-2018", "completed", []),
    }

    def case_study(title, year, city_keys, pair_key, themes, **sectors):
        sectors.setdefault("involves_government", False)
        page = CaseStudyPageFactory(
            parent=case_study_index,
            title=title,
            slug=title.lower().replace(" ", "-"),
            year=year,
            pair=pairs[pair_key] if pair_key else None,
            results=[("key_figure", {"value": "1234567.50", "unit": "kWh", "label": "saved"})],
            **sectors,
        )
        for key in city_keys:
            CaseStudyCityFactory(page=page, city=cities[key])
        page.themes.set([english_theme(slug) for slug in themes])
        page.save()
        return page

    case_studies = {
        "led": case_study(
            "LED street lights",
            2018,
            ["hamburg", "seoul"],
            "hamburg-seoul",
            ["energy-efficiency"],
            involves_government=True,
        ),
        "tram": case_study(
            "Electric trams",
            2019,
            ["lyon"],
            None,
            ["green-technologies"],
            involves_business=True,
            involves_research=True,
        ),
    }
    return {
        "city_index": city_index,
        "pair_index": pair_index,
        "case_study_index": case_study_index,
        "cities": cities,
        "pairs": pairs,
        "case_studies": case_studies,
    }


def alias_in(page, locale):
    """The page's alias in another language tree, under its parent's alias there.

    What wagtail-localize's synchronisation does for all 26 languages, for one language only:
    tests that need a Korean tree stay fast.
    """
    parent = page.get_parent().get_translation(locale)
    return page.create_alias(
        parent=parent, update_locale=locale, reset_translation_key=False
    ).specific
