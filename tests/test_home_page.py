"""The home page: key figures, featured pairs, upcoming events, latest news and the map,
from the visitor's language tree, in a fixed number of queries."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from cities.factories import (
    CityIndexPageFactory,
    CityPageFactory,
    PairIndexPageFactory,
    PairPageFactory,
    english_country,
)
from news.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


def build_network(home, size):
    cities = CityIndexPageFactory(parent=home)
    pairs = PairIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    korea, germany = english_country("KR"), english_country("DE")
    for n in range(size):
        eu = CityPageFactory(parent=cities, title=f"Eurocity {n}", country=germany)
        partner = CityPageFactory(parent=cities, title=f"Partnercity {n}", country=korea)
        PairPageFactory(parent=pairs, eu_city=eu, partner_city=partner)
        EventPageFactory(
            parent=events, host_city=partner, day=timezone.localdate() + datetime.timedelta(n + 1)
        )
        NewsPageFactory(parent=news, title=f"News {n}", date=datetime.date(2026, 1, 1 + n % 28))


def queries_for(client, url):
    # Warm the per-process caches (site root paths, the drawn map) so that both sizes are
    # measured in the same state.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_home_page_shows_figures_pairs_events_news_and_map(client, home_page):
    build_network(home_page, 5)
    _, response = queries_for(client, "/en/")
    soup = BeautifulSoup(response.content, "html.parser")

    figures = {
        div.dt.get_text(strip=True): div.dd.get_text(strip=True)
        for div in soup.select(".key-figures dl > div")
    }
    assert figures == {"Cities": "10", "Countries": "2", "City pairs": "5", "Good practices": "0"}
    assert len(soup.select('[aria-labelledby="pairs-heading"] li')) == 4
    events = soup.select('[aria-labelledby="events-heading"] li h3')
    assert [e.get_text(strip=True) for e in events][0].startswith("Working meeting")
    assert len(events) == 3
    assert len(soup.select('[aria-labelledby="news-heading"] li')) == 3
    assert soup.select_one("svg"), "the cities map is drawn on the home page"


def test_home_page_sections_are_in_the_visitors_language(client, home_page):
    from wagtail.models import Locale

    from cities.models import CityPage

    build_network(home_page, 1)
    german = Locale.objects.get(language_code="de")
    for city in CityPage.objects.filter(locale__language_code="en"):
        city.copy_for_translation(german, copy_parents=True, alias=True)
    soup = BeautifulSoup(client.get("/de/").content, "html.parser")
    heading = soup.select_one("#key-figures-heading")
    # The home page is an alias (English text) but its chrome speaks German.
    assert heading.find_parent("section")["lang"] == "de"
    assert heading.get_text(strip=True) == "Das Programm in Zahlen"


def test_home_page_queries_do_not_grow_with_the_network(client, home_page):
    build_network(home_page, 3)
    small, _ = queries_for(client, "/en/")
    build_network_more(home_page, 30)
    large, _ = queries_for(client, "/en/")
    assert large == small


def build_network_more(home, size):
    """More cities, pairs, events and news under the indexes the first call made."""
    from cities.models import CityIndexPage, PairIndexPage
    from news.models import EventIndexPage, NewsIndexPage

    cities = CityIndexPage.objects.child_of(home).get()
    pairs = PairIndexPage.objects.child_of(home).get()
    events = EventIndexPage.objects.child_of(home).get()
    news = NewsIndexPage.objects.child_of(home).get()
    korea, germany = english_country("KR"), english_country("DE")
    for n in range(size):
        eu = CityPageFactory(parent=cities, title=f"More EU {n}", country=germany)
        partner = CityPageFactory(parent=cities, title=f"More partner {n}", country=korea)
        PairPageFactory(parent=pairs, eu_city=eu, partner_city=partner)
        EventPageFactory(parent=events, host_city=partner)
        NewsPageFactory(parent=news, title=f"More news {n}")


def test_empty_home_page_shows_no_empty_sections(client):
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert soup.select_one(".key-figures") is None
    assert soup.select_one("#events-heading") is None


def test_every_page_names_an_icon_the_site_serves_itself(client, home_page):
    """Browsers ask for an icon; the portal names its own (no /favicon.ico 404 in the logs,
    nothing fetched from elsewhere)."""
    soup = BeautifulSoup(client.get("/ko/").content, "html.parser")
    icon = soup.find("link", rel="icon")
    assert icon["href"].startswith("/static/") and icon["href"].endswith(".svg")
    response = client.get(icon["href"])
    assert response.status_code == 200
    assert b"<svg" in b"".join(response.streaming_content)
