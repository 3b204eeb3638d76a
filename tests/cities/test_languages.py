"""Every page type in English and Korean; related pages and snippets in the visitor's
language; facts kept in sync; numbers formatted for the page's language."""

from django.utils import translation

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

import pytest
from bs4 import BeautifulSoup

from cities.factories import english_theme

from .conftest import alias_in, build_small_network, module_content

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def network(django_db_setup, django_db_blocker):
    with module_content(django_db_blocker):
        network = build_small_network()
        korean = Locale.objects.get(language_code="ko")
        german = Locale.objects.get(language_code="de")
        pages = [
            network["city_index"],
            network["pair_index"],
            network["case_study_index"],
            *network["cities"].values(),
            *network["pairs"].values(),
            *network["case_studies"].values(),
        ]
        for page in pages:
            alias_in(page, korean)
        for page in (
            network["city_index"],
            network["cities"]["hamburg"],
            network["case_study_index"],
            network["case_studies"]["led"],
        ):
            alias_in(page, german)

        # A translator translated one theme and one city into Korean.
        theme = english_theme("energy-efficiency").copy_for_translation(korean)
        theme.name = "에너지 효율"
        theme.save()
        source, _ = TranslationSource.get_or_create_from_instance(network["cities"]["hamburg"])
        korean_hamburg, _ = source.create_or_update_translation(korean, fallback=True)
        korean_hamburg.title = "함부르크"
        korean_hamburg.intro = "함부르크는 독일 북부의 항구 도시입니다."
        korean_hamburg.save_revision().publish()
        network["korean_hamburg"] = korean_hamburg
        network["hamburg_source"] = source
        yield network


def ui(language, message):
    """A message of the cities catalog as visitors in that language read it."""
    with translation.override(language):
        text = translation.gettext(message)
    assert language == "en" or text != message, f"{message!r} is not translated into {language}"
    return text


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


PAGES = [
    ("/cities/", "Filter cities"),
    ("/pairs/", "Filter pairs"),
    ("/good-practices/", "Filter good practices"),
    ("/cities/seoul/", "Key facts"),
    ("/pairs/hamburg-seoul/", "The two cities"),
    ("/good-practices/led-street-lights/", "At a glance"),
]


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(("path", "message"), PAGES)
def test_every_page_type_renders_in_english_and_korean(client, network, language, path, message):
    soup = soup_of(client, f"/{language}{path}")
    assert soup.html["lang"] == language
    assert ui(language, message) in soup.get_text()
    assert len(soup.select("h1")) == 1


def test_untranslated_korean_page_marks_english_text_and_korean_interface(client, network):
    soup = soup_of(client, "/ko/cities/seoul/")
    content = soup.select_one("main .content")
    assert content["lang"] == "en"  # Seoul's page has not been translated yet
    assert soup.select_one(".notice--untranslated")
    facts = soup.select_one("section.facts")
    assert facts["lang"] == "ko"
    assert ui("ko", "Key facts") in facts.get_text()
    assert ui("ko", "Metropolitan municipality") in facts.get_text()


def test_korean_city_links_to_the_korean_pair_page(client, network):
    soup = soup_of(client, "/ko/cities/seoul/")
    pair_links = [a["href"] for a in soup.select("#city-pairs ~ ul .card--pair h3 a")]
    assert pair_links == ["/ko/pairs/hamburg-seoul/"]
    other_city = soup.select_one(".card--pair .pair-cities a")
    # Hamburg is translated: its Korean page and title, with no language mark.
    assert other_city["href"] == "/ko/cities/hamburg/"
    assert other_city.get_text() == "함부르크"
    assert not other_city.has_attr("lang")


def test_korean_pair_page_links_to_korean_cities(client, network):
    soup = soup_of(client, "/ko/pairs/hamburg-seoul/")
    cities = soup.select(".pair-partners .card--city h3")
    assert [(h3.a["href"], h3.get_text(strip=True)) for h3 in cities] == [
        ("/ko/cities/hamburg/", "함부르크"),
        ("/ko/cities/seoul/", "Seoul"),
    ]
    # Seoul's Korean page is still an alias showing English: its title is marked.
    assert cities[1]["lang"] == "en" and not cities[0].has_attr("lang")
    assert soup.select_one(".pair-partners")["lang"] == "ko"


def test_translated_korean_city_page_is_korean_throughout(client, network):
    soup = soup_of(client, "/ko/cities/hamburg/")
    assert not soup.select_one(".notice--untranslated")
    assert not soup.select_one("main .content").has_attr("lang")
    assert soup.h1.get_text() == "함부르크"
    pair = soup.select_one(".card--pair h3")
    assert pair.a["href"] == "/ko/pairs/hamburg-seoul/" and pair["lang"] == "en"
    themes = [(li.get_text(), li.get("lang")) for li in soup.select(".facts .tags li")]
    assert themes == [("Smart city and urban innovation", "en"), ("에너지 효율", None)]


def test_korean_listing_shows_translated_theme_names(client, network):
    soup = soup_of(client, "/ko/cities/")
    options = {
        o["value"]: (o.get_text(), o.get("lang")) for o in soup.select("#filter-theme option")
    }
    assert options["energy-efficiency"] == ("에너지 효율", None)
    assert options["green-technologies"] == ("Green technologies", "en")
    assert ui("ko", "All themes") == options[""][0]
    titles = [h2.get_text(strip=True) for h2 in soup.select(".card-list h2")]
    assert "함부르크" in titles and "Seoul" in titles


def test_korean_filter_by_theme_finds_pages_of_either_language(client, network):
    soup = soup_of(client, "/ko/cities/?theme=energy-efficiency")
    titles = sorted(h2.get_text(strip=True) for h2 in soup.select(".card-list h2"))
    assert titles == ["Seoul", "함부르크"]
    links = sorted(a["href"] for a in soup.select(".card-list h2 a"))
    assert links == ["/ko/cities/hamburg/", "/ko/cities/seoul/"]


def test_korean_bad_filter_note_is_in_korean(client, network):
    soup = soup_of(client, "/ko/cities/?theme=nonsense")
    note = soup.select_one(".listing-status .notice").get_text()
    with translation.override("ko"):
        expected = translation.gettext(
            "“%(value)s” is not a valid choice for “%(filter)s”, so it was ignored."
        ) % {"value": "nonsense", "filter": translation.gettext("Theme")}
    assert note == expected and "nonsense" in note


@pytest.mark.parametrize(
    ("language", "population", "figure"),
    [("en", "1,853,935", "1,234,567.5"), ("de", "1.853.935", "1.234.567,5")],
)
def test_numbers_are_formatted_for_the_language(client, network, language, population, figure):
    city = soup_of(client, f"/{language}/cities/hamburg/")
    assert population in city.select_one(".facts").get_text()
    listing = soup_of(client, f"/{language}/cities/")
    assert population in listing.get_text()
    case_study = soup_of(client, f"/{language}/good-practices/led-street-lights/")
    assert case_study.select_one(".key-figure__value").get_text(strip=True) == f"{figure} kWh"
    # A year is a name, not a quantity: never 2,018 or 2.018.
    years = [dd.get_text(strip=True) for dd in case_study.select("dd") if "018" in dd.get_text()]
    assert years == ["2018"]
    practices = soup_of(client, f"/{language}/good-practices/").select_one(".card-list").get_text()
    assert "2018" in practices and "2.018" not in practices and "2,018" not in practices


def test_facts_stay_in_sync_when_the_english_page_changes(network):
    hamburg = network["cities"]["hamburg"]
    korean_hamburg = network["korean_hamburg"]
    assert korean_hamburg.population == hamburg.population
    assert korean_hamburg.country_id == hamburg.country_id
    assert set(korean_hamburg.themes.all()) == set(hamburg.themes.all())
    hamburg.population = 1_900_000
    hamburg.save_revision().publish()
    network["hamburg_source"].update_from_db()
    network["hamburg_source"].create_or_update_translation(korean_hamburg.locale, fallback=True)
    korean_hamburg.refresh_from_db()
    assert korean_hamburg.population == 1_900_000
