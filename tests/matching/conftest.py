"""A small city network whose right answers are known, built with the cities factories."""

from decimal import Decimal

from django.core.cache import cache
from django.utils.text import slugify

import pytest

from cities.factories import (
    CityIndexPageFactory,
    CityPageFactory,
    CityPartnerFactory,
    PairIndexPageFactory,
    PairPageFactory,
    english_country,
    english_theme,
)
from cities.models import FindPartnerPage


class NetworkBuilder:
    """Cities and pairs under the English home page; ``city()`` takes plain sentences."""

    def __init__(self, home):
        self.home = home
        self.city_index = CityIndexPageFactory(parent=home)
        self.pair_index = PairIndexPageFactory(parent=home)

    def city(
        self,
        title,
        country="DE",
        themes=(),
        goals="",
        offer="",
        sectors=(),
        latitude="50.0",
        longitude="8.0",
    ):
        page = CityPageFactory(
            parent=self.city_index,
            title=title,
            slug=slugify(title),
            country=english_country(country),
            goals="".join(f"<p>{line}</p>" for line in goals.split("\n") if line),
            offer="".join(f"<p>{line}</p>" for line in offer.split("\n") if line),
            latitude=Decimal(latitude),
            longitude=Decimal(longitude),
        )
        page.themes.set([english_theme(slug) for slug in themes])
        for sector in sectors:
            CityPartnerFactory(page=page, locale=page.locale, sector=sector)
        page.save()
        return page

    def pair(self, eu, partner, cycle="2017-2018"):
        return PairPageFactory(
            parent=self.pair_index,
            eu_city=eu,
            partner_city=partner,
            title=f"{eu.title} and {partner.title}",
            slug=f"{eu.slug}-{partner.slug}",
            cycle=cycle,
        )

    def find_partner_page(self):
        page = FindPartnerPage(title="Find a partner", slug="find-a-partner")
        self.home.add_child(instance=page)
        return page


@pytest.fixture
def network(home_page):
    return NetworkBuilder(home_page)


@pytest.fixture(autouse=True)
def fresh_cache():
    # Maps and the network index are cached per content version: start every test clean.
    cache.clear()
    yield
    cache.clear()
