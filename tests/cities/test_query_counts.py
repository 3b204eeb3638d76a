"""Listings and related-page sections take a fixed number of SQL queries.

The same pages are rendered with 5 and with 60 items (cities, pairs, good practices; and a
city with 5 and 60 pairs and good practices), in English and in the Korean tree whose pages
are aliases of the English ones, and must take exactly the same number of queries.
"""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

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

from .conftest import alias_in, module_content

pytestmark = pytest.mark.django_db

PARTNER_COUNTRIES = ["KR", "AU", "ZA", "ID", "VN"]
THEMES = ["energy-efficiency", "smart-city", "green-technologies"]


class GrowingNetwork:
    """An EU hub city paired with a growing number of partner cities, each pair with a good
    practice, mirrored in the Korean tree."""

    def __init__(self):
        self.korean = Locale.objects.get(language_code="ko")
        home = HomePage.objects.get(locale__language_code="en")
        self.city_index = CityIndexPageFactory(parent=home)
        self.pair_index = PairIndexPageFactory(parent=home)
        self.case_study_index = CaseStudyIndexPageFactory(parent=home)
        for index in (self.city_index, self.pair_index, self.case_study_index):
            alias_in(index, self.korean)
        self.hub = self.city(title="Hub", slug="hub", country=english_country("DE"))
        self.first_pair = None
        self.size = 0

    def city(self, **kwargs):
        page = CityPageFactory(parent=self.city_index, **kwargs)
        page.themes.set([english_theme(slug) for slug in THEMES[:2]])
        page.save()
        alias_in(page, self.korean)
        return page

    def grow(self, size):
        while self.size < size:
            self.size += 1
            number = self.size
            partner = self.city(
                title=f"Partner {number:02d}",
                country=english_country(PARTNER_COUNTRIES[number % 5]),
            )
            pair = PairPageFactory(
                parent=self.pair_index,
                eu_city=self.hub,
                partner_city=partner,
                title=f"Pair {number:02d}",
            )
            pair.themes.set([english_theme(slug) for slug in THEMES])
            pair.save()
            alias_in(pair, self.korean)
            self.first_pair = self.first_pair or pair
            case_study = CaseStudyPageFactory(
                parent=self.case_study_index,
                title=f"Practice {number:02d}",
                pair=self.first_pair,
                involves_research=True,
            )
            CaseStudyCityFactory(page=case_study, city=self.hub)
            CaseStudyCityFactory(page=case_study, city=partner)
            case_study.themes.set([english_theme(THEMES[number % 3])])
            case_study.save()
            alias_in(case_study, self.korean)

    def urls(self):
        pair_url = self.first_pair.url
        urls = {
            "city listing": "/en/cities/",
            "city listing, filtered": "/en/cities/?region=partner&theme=smart-city",
            "pair listing": "/en/pairs/",
            "pair listing, filtered": "/en/pairs/?status=active&theme=smart-city",
            "good practice listing": "/en/good-practices/",
            "good practice listing, filtered": "/en/good-practices/?sector=research&year=2018",
            "city page": "/en/cities/hub/",
            "pair page": pair_url,
        }
        urls.update({f"{name} (ko)": url.replace("/en/", "/ko/") for name, url in urls.items()})
        return urls

    def measure(self, client):
        counts, bodies = {}, {}
        for name, url in self.urls().items():
            assert client.get(url).status_code == 200, url  # warm the caches first
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200, url
            counts[name] = len(queries)
            bodies[name] = response.content.decode()
        return counts, bodies


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker):
    with module_content(django_db_blocker):
        client = Client(HTTP_HOST="localhost")
        network = GrowingNetwork()
        network.grow(5)
        small = network.measure(client)
        network.grow(60)
        large = network.measure(client)
        yield {"network": network, "small": small, "large": large}


NAMES = list(
    {
        "city listing": 0,
        "city listing, filtered": 0,
        "pair listing": 0,
        "pair listing, filtered": 0,
        "good practice listing": 0,
        "good practice listing, filtered": 0,
        "city page": 0,
        "pair page": 0,
    }
)
NAMES += [f"{name} (ko)" for name in NAMES]


@pytest.mark.parametrize("name", NAMES)
def test_queries_do_not_grow_with_items(measured, name):
    small_counts, _ = measured["small"]
    large_counts, _ = measured["large"]
    assert small_counts[name] == large_counts[name], (
        f"{name}: {small_counts[name]} queries with 5 items, {large_counts[name]} with 60"
    )


def test_the_large_pages_really_show_many_items(measured):
    _, bodies = measured["large"]
    assert bodies["city listing"].count('class="card card--city"') == 12  # a full page
    assert "61 cities" in bodies["city listing"]
    assert bodies["city page"].count('class="card card--pair"') == 60
    assert bodies["city page"].count('class="card card--case-study"') == 60
    assert bodies["pair page"].count('class="card card--case-study"') == 60
    # The Korean hub page lists the Korean pair pages.
    assert bodies["city page (ko)"].count('href="/ko/pairs/pair-') >= 60


def test_pagination_keeps_the_filters(client, measured):
    response = client.get("/en/cities/", {"region": "partner", "page": "2"})
    html = response.content.decode()
    assert html.count('class="card card--city"') == 12
    assert 'href="?region=partner&amp;page=3"' in html
    assert 'href="?region=partner&amp;page=1" rel="prev"' in html
    assert 'aria-current="page"' in html


def test_last_page_holds_the_rest(client, measured):
    response = client.get("/en/cities/", {"page": "6"})
    assert response.content.decode().count('class="card card--city"') == 1  # 61 = 5 × 12 + 1
    response = client.get("/en/cities/", {"page": "7"})
    html = response.content.decode()
    assert html.count('class="card card--city"') == 1
    assert "There is no page 7, so the last page is shown." in html
