"""Issue 4: listings, feeds and calendars take a fixed number of SQL queries.

Each is measured with 5 and with 60 items (built once for the module, under two indexes)
and must take the same number of queries. The first request of each pair warms caches
(image renditions are created on first view), as a visitor would find them.
"""

from datetime import date, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
import time_machine
import wagtail_factories

from cities.factories import CityIndexPageFactory, english_theme
from news.choices import EventType
from news.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from news.models.events import EventDelegation
from news.related_events import events_for
from tests.news.conftest import Programme, english_home, make_city

pytestmark = pytest.mark.django_db

SIZES = (5, 60)
TYPES = [choice for choice, _ in EventType.choices]


@pytest.fixture(scope="module")
def content(module_db):
    home = english_home()
    cities = CityIndexPageFactory(parent=home)
    partner = make_city(cities, "Busan", "KR", "35.17960", "129.07560")
    built = {"partner": partner}
    themes = [english_theme("energy-efficiency"), english_theme("smart-city")]
    for size in SIZES:
        host = make_city(cities, f"Host {size}", "DE", "50.11000", "8.68000")
        events = EventIndexPageFactory(parent=home, title=f"Events {size}", slug=f"events-{size}")
        news = NewsIndexPageFactory(parent=home, title=f"News {size}", slug=f"news-{size}")
        for n in range(size):
            event = EventPageFactory(
                parent=events,
                title=f"Event {n}",
                slug=f"event-{n}",
                event_type=TYPES[n % len(TYPES)],
                host_city=host if n % 2 else partner,
                time_zone="",
                zone="Europe/Berlin" if n % 2 else "Asia/Seoul",
                day=date(2026, 1, 5) + timedelta(days=9 * n),
            )
            EventDelegation.objects.create(page=event, city=partner)
            EventDelegation.objects.create(page=event, city=host)
            article = NewsPageFactory(
                parent=news,
                title=f"Article {n}",
                slug=f"article-{n}",
                date=date(2026, 11, 1) - timedelta(days=5 * n),
                image=wagtail_factories.ImageFactory(title=f"Image {n}"),
                image_alt=f"Picture {n}",
            )
            article.themes.set(themes[: 1 + n % 2])
            article.related_cities.set([host])
            article.save()
        built[size] = {"host": host, "events": events, "news": news}
    return built


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(Programme.NOW, tick=False):
        yield


def count_queries(client, url):
    assert client.get(url).status_code == 200, url  # warm caches and renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response


@pytest.mark.parametrize(
    "path",
    [
        "/en/{events}/",
        "/en/{events}/?type=working-meeting&country=DE",
        "/en/{events}/?year=2026&page=2",
        "/en/{events}/calendar.ics",
        "/en/{events}/event-1/",
        "/en/{events}/event-1/event.ics",
        "/en/{news}/",
        "/en/{news}/?theme=energy-efficiency&year=2026",
        "/en/{news}/rss.xml",
        "/en/{news}/atom.xml",
        "/en/{news}/article-1/",
    ],
)
def test_the_same_number_of_queries_for_5_and_60_items(client, content, path):
    counts = {}
    for size in SIZES:
        url = path.format(events=f"events-{size}", news=f"news-{size}")
        counts[size], response = count_queries(client, url)
    assert counts[5] == counts[60], counts
    assert counts[60] <= 30, counts  # and a small number at that


def test_the_big_listing_really_shows_a_full_page_and_the_feeds_their_maximum(client, content):
    _, response = count_queries(client, "/en/events-60/")
    assert response.content.count(b'class="card event-card') == 12
    _, response = count_queries(client, "/en/news-60/rss.xml")
    assert response.content.count(b"<item>") == 20
    _, response = count_queries(client, "/en/events-60/calendar.ics")
    assert response.content.count(b"BEGIN:VEVENT") == 60


@pytest.mark.parametrize("size", SIZES)
def test_the_events_of_a_city_take_one_query(content, size):
    host = content[size]["host"]
    with CaptureQueriesContext(connection) as queries:
        events = events_for(host)
    assert len(queries) == 1
    assert len(events["upcoming"]) + len(events["past"]) == size  # hosts or sends a delegation


def test_the_events_of_a_partner_city_with_many_events_take_one_query(content):
    with CaptureQueriesContext(connection) as queries:
        events = events_for(content["partner"])
    assert len(queries) == 1
    # Busan sends a delegation to all 65 events and hosts half of them: each comes once.
    assert len(events["upcoming"]) + len(events["past"]) == 65


def test_a_city_page_with_many_events_takes_the_same_number_of_queries(client, content):
    counts = {}
    for size in SIZES:
        counts[size], response = count_queries(client, f"/en/cities/host-{size}/")
        assert response.content.count(b'class="related-event"') == size
    assert counts[5] == counts[60], counts


@pytest.mark.parametrize(
    ("index", "cards"),
    [("events-60", ".event-list .event-card__title"), ("news-60", ".news-card__title")],
)
def test_paging_through_a_listing_shows_every_item_once(client, content, index, cards):
    from bs4 import BeautifulSoup

    seen = []
    for number in range(1, 6):
        response = client.get(f"/en/{index}/?page={number}")
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        page = [card.get_text(strip=True) for card in soup.select(cards)]
        assert len(page) == 12, (number, page)
        assert soup.select_one(".pagination [aria-current=page]").get_text(strip=True) == (
            f"Page {number} of 5"
        )
        seen += page
    assert len(set(seen)) == 60
    if index.startswith("news"):  # newest first, straight across page boundaries
        assert seen == [f"Article {n}" for n in range(60)]
    else:  # upcoming soonest first, then past latest first (the clock: 20 November 2026)
        assert seen == [f"Event {n}" for n in [*range(36, 60), *range(35, -1, -1)]]
