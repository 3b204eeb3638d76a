"""Issue 7 with the portal's real page types: cities, news and events in the results, their
translated type labels and dates, the theme filter, and suggestions when nothing is found."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_localize.synctree import create_aliases_for_new_page

import pytest
from bs4 import BeautifulSoup

from cities.factories import CityIndexPageFactory, CityPageFactory, english_theme
from news.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from search.models import PageIndexEntry

from .conftest import home_of

pytestmark = pytest.mark.django_db


def published(page, themes=()):
    """Publish a factory-made page the way an editor does (which is what indexes it)."""
    if themes:
        page.themes.set(themes)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture(scope="module")
def pages(module_db):
    home = home_of("en")
    city_index = published(CityIndexPageFactory(parent=home))
    news_index = published(NewsIndexPageFactory(parent=home))
    event_index = published(EventIndexPageFactory(parent=home))
    energy, smart = english_theme("energy-efficiency"), english_theme("smart-city")
    gwangju = published(
        CityPageFactory(parent=city_index, title="Gwangju", intro="Gwangju renews its harbour."),
        themes=[energy],
    )
    create_aliases_for_new_page(gwangju)
    return {
        "city_index": city_index,
        "gwangju": gwangju,
        "tampere": published(
            CityPageFactory(parent=city_index, title="Tampere", intro="Tampere harbour data."),
            themes=[smart],
        ),
        "news": published(
            NewsPageFactory(
                parent=news_index,
                title="Harbour festival",
                date=dt.date(2024, 5, 17),
                intro="A festival in the harbour.",
            ),
            themes=[energy, smart],
        ),
        "event": published(
            EventPageFactory(
                parent=event_index,
                title="Harbour workshop",
                # Half past midnight in Seoul is the previous day in UTC.
                start=dt.datetime(2025, 3, 4, 0, 30, tzinfo=ZoneInfo("Asia/Seoul")),
                end=dt.datetime(2025, 3, 4, 17, 0, tzinfo=ZoneInfo("Asia/Seoul")),
            )
        ),
    }


def results(client, language, **params):
    response = client.get(f"/{language}/search/", params)
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (
            item.select_one(".search-result__type").get_text(strip=True),
            item.select_one(".search-result__title").get_text(" ", strip=True),
            (item.select_one("time") or {}).get("datetime"),
        )
        for item in soup.select(".search-result")
    ]


def test_every_page_type_is_found_with_its_label_and_date(client, pages):
    found = results(client, "en", q="harbour")
    assert ("City", "Gwangju", pages["gwangju"].first_published_at.date().isoformat()) in found
    assert ("News", "Harbour festival", "2024-05-17") in found
    assert ("Event", "Harbour workshop", "2025-03-04") in found  # the day at the venue


def test_type_labels_are_translated(client, pages):
    assert results(client, "ko", q="Gwangju")[0][0] == "도시"
    assert results(client, "de", q="Gwangju")[0][0] == "Stadt"
    # Words other apps translate differently keep the search page's meaning (msgctxt).
    soup = BeautifulSoup(client.get("/de/search/", {"q": "Gwangju"}).content, "html.parser")
    assert soup.h1.get_text() == "Suche"
    assert soup.select_one("#search-type option").get_text() == "Alle Seitenarten"


def test_type_filter_with_real_page_types(client, pages):
    assert {title for _, title, _ in results(client, "en", q="harbour", type="city")} == {
        "Gwangju",
        "Tampere",
    }
    assert [title for _, title, _ in results(client, "en", q="harbour", type="event")] == [
        "Harbour workshop"
    ]


def test_theme_filter(client, pages):
    energy = [
        title for _, title, _ in results(client, "en", q="harbour", theme="energy-efficiency")
    ]
    assert energy == ["Harbour festival", "Gwangju"]
    smart = [title for _, title, _ in results(client, "en", q="harbour", theme="smart-city")]
    assert smart == ["Harbour festival", "Tampere"]


def test_theme_filter_finds_aliases_in_other_languages(client, pages):
    # The Korean alias points at the English theme; the filter matches it by translation key.
    found = results(client, "ko", q="harbour", theme="energy-efficiency")
    assert [(kind, title) for kind, title, _ in found] == [("도시", "Gwangju")]


def test_a_theme_without_words_lists_its_pages_newest_first(client, pages):
    response = client.get("/en/search/", {"theme": "smart-city"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [h.get_text(strip=True) for h in soup.select(".search-result__title")]
    assert set(titles) == {"Harbour festival", "Tampere"}
    assert "Theme: Smart city and urban innovation" in soup.select_one("[role=status]").get_text()


def test_theme_options_and_suggestions_when_nothing_is_found(client, pages):
    response = client.get("/en/search/", {"q": "Atlantis"})
    soup = BeautifulSoup(response.content, "html.parser")
    options = [option["value"] for option in soup.select("#search-theme option")]
    assert options[0] == "" and "energy-efficiency" in options and len(options) == 7
    suggestions = soup.select_one(".search-suggestions")
    links = {a.get_text(strip=True): a["href"] for a in suggestions.select("a")}
    assert links["All cities"] == pages["city_index"].get_url()
    assert links["Pages about Energy efficiency"] == "/en/search/?theme=energy-efficiency"


def test_index_rows_of_real_page_types(pages):
    city = PageIndexEntry.objects.get(page_id=pages["gwangju"].pk)
    assert city.page_type == "cities.citypage"
    assert "Germany" in city.body  # the country's name, through RelatedFields
    assert "Learn about smart mobility." in city.body  # rich text as plain text
    assert city.intro == "Gwangju renews its harbour."
    assert set(city.themes.values_list("theme_key", flat=True)) == {
        str(english_theme("energy-efficiency").translation_key)
    }


def test_queries_do_not_grow_with_results_of_mixed_types(client, pages):
    index = pages["city_index"]
    for number in range(12):
        published(CityPageFactory(parent=index, title=f"Lagoon city {number}"))
    client.get("/en/search/", {"q": "harbour"})
    with CaptureQueriesContext(connection) as few:
        assert len(results(client, "en", q="Tampere")) == 1
    with CaptureQueriesContext(connection) as many:
        assert len(results(client, "en", q="lagoon")) == 10
    assert len(few) == len(many)
