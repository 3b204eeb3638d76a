"""``manage.py load_demo``: a real, translated portal from one command, and safe to run again."""

import re

from django.utils import timezone

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from home.demo.content import PAGE_LANGUAGES
from home.demo.content.cities import CITIES
from home.demo.content.cities_eu import EU_CITIES
from home.demo.content.events import COUNTRIES, EXAMPLES, FOLLOW_UP_DATES
from home.demo.content.pairs import PAIRS
from portal.languages import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

HANGUL = re.compile(r"[\uac00-\ud7a3]")
EVENT_COUNT = 2 * len(COUNTRIES) + len(FOLLOW_UP_DATES) + len(EXAMPLES)


def english_demo_pages():
    """Every live English page under the home page, the home page included."""
    home = Page.objects.get(depth=2, locale__language_code="en")
    return [home, *home.get_descendants().live().specific()]


def test_second_run_changes_no_counts(demo):
    assert demo.counts_after_first == demo.counts_after_second
    assert demo.second.created == 0
    assert demo.counts_after_first["cities.citypage:en"] == 32


def test_the_whole_cycle_exists_in_every_language(demo):
    expected = {
        "cities.citypage": 32,
        "cities.pairpage": 16,
        "cities.casestudypage": 5,
        "news.eventpage": EVENT_COUNT,
        "news.newspage": 6,
        "home.standardpage": 4,
    }
    for model, count in expected.items():
        for language in LANGUAGE_CODES:
            assert demo.counts_after_first[f"{model}:{language}"] == count, (model, language)
    # The sixteen pairs of the issue, each joining one partner city and one EU city.
    assert len(PAIRS) == 16
    slugs = {city.slug for city in CITIES + EU_CITIES}
    assert {pair.partner for pair in PAIRS} | {pair.eu for pair in PAIRS} == slugs


def test_every_segment_had_a_written_translation(demo):
    assert demo.first.catalogue.missing == []


def test_themes_and_countries_are_named_in_all_27_languages(demo, locales):
    from cities.models import Country, Theme

    for language in LANGUAGE_CODES:
        assert Theme.objects.filter(locale=locales[language]).count() == 6, language
        assert Country.objects.filter(locale=locales[language]).count() == 33, language
    korea = Country.objects.get(iso_code="KR", locale=locales["ga"])
    assert korea.name == "An Chóiré Theas"
    energy = Theme.objects.get(slug="energy-efficiency", locale=locales["de"])
    assert energy.name == "Energieeffizienz"


@pytest.mark.parametrize("language", ["en", *PAGE_LANGUAGES])
def test_every_demo_page_renders_in_english_korean_vietnamese_and_indonesian(
    demo, client, locales, language
):
    failures = []
    for page in english_demo_pages():
        target = page if language == "en" else page.get_translation(locales[language])
        response = client.get(target.url)
        if response.status_code != 200:
            failures.append((target.url, response.status_code))
    assert failures == []


def test_korean_pages_are_translations_with_hangul_in_their_main_content(demo, client, locales):
    without_hangul = []
    for page in english_demo_pages():
        korean = page.get_translation(locales["ko"])
        assert korean.alias_of_id is None, f"{korean.url} is still an alias"
        main = BeautifulSoup(client.get(korean.url).content, "html.parser").find("main")
        if main is None or not HANGUL.search(main.get_text()):
            without_hangul.append(korean.url)
    assert without_hangul == []


def test_other_languages_stay_synchronised_aliases(demo, locales):
    english_city = Page.objects.get(slug="eindhoven", locale=locales["en"])
    assert english_city.get_translation(locales["pl"]).alias_of_id == english_city.pk
    about = Page.objects.get(slug="about", locale=locales["en"])
    assert about.get_translation(locales["fr"]).alias_of_id is None
    assert about.get_translation(locales["it"]).alias_of_id == about.pk


def test_status_board_counts_what_the_command_translated(demo, locales):
    status = pytest.importorskip("translations.status")
    english_pages = english_demo_pages()
    extra = {"home", "about", "accessibility-statement"}
    board = status.StatusBoard(locales["en"], [locales[c] for c in ("ko", "vi", "id", "fr", "it")])
    summary = board.summary()
    for language in PAGE_LANGUAGES:
        pages = summary[locales[language].pk]["page"]
        assert pages[status.UP_TO_DATE] == len(english_pages), language
        assert pages[status.NOT_TRANSLATED] == 0, language
        assert summary[locales[language].pk]["snippet"][status.UP_TO_DATE] >= 6 + 33
    french = summary[locales["fr"].pk]["page"]
    assert french[status.UP_TO_DATE] == len(extra)
    assert french[status.NOT_TRANSLATED] == len(english_pages) - len(extra)
    italian = summary[locales["it"].pk]["page"]
    assert italian[status.UP_TO_DATE] == 0
    assert summary[locales["it"].pk]["snippet"][status.UP_TO_DATE] >= 6 + 33


def test_images_are_drawn_with_alt_text_in_each_language(demo, locales):
    from cities.models import CityPage

    for city in CityPage.objects.filter(locale__in=[locales[c] for c in ("en", "ko")]):
        assert city.hero_image_id is not None
        assert city.hero_image.collection.name == "Demo images"
        assert city.hero_image_alt
    korean = CityPage.objects.get(slug="busan", locale=locales["ko"])
    assert korean.hero_image_alt == "부산의 도시 스카이라인을 추상적으로 그린 그림"


def test_example_events_are_upcoming_and_say_they_are_examples(demo, locales):
    from news.models import EventPage

    examples = EventPage.objects.filter(locale=locales["en"], slug__startswith="example-")
    assert examples.count() == len(EXAMPLES)
    for event in examples:
        assert event.start > timezone.now()
        assert event.title.startswith("Example:")
        assert "not a real event" in event.intro


def test_programme_schedule_and_delegations(demo, locales):
    from news.models import EventPage

    events = EventPage.objects.filter(locale=locales["en"])
    working = events.filter(event_type="working-meeting")
    assert working.count() == 5
    assert all(e.start.year == 2017 and 3 <= e.start.month <= 5 for e in working)
    follow_ups = events.filter(event_type="follow-up")
    assert follow_ups.count() == 16
    assert all(e.start.year == 2017 and e.start.month in (10, 11) for e in follow_ups)
    closing = events.filter(event_type="closing")
    assert all(e.start.year == 2018 and e.start.month <= 3 for e in closing)
    seoul = working.get(slug="working-meeting-kr-2017")
    assert seoul.time_zone == "Asia/Seoul"
    assert len(seoul.agenda) >= 3


def test_translated_agendas_are_in_the_page_language(demo, client, locales):
    from news.models import EventPage

    event = EventPage.objects.get(slug="working-meeting-kr-2017", locale=locales["vi"])
    main = BeautifulSoup(client.get(event.url).content, "html.parser").find("main").get_text()
    assert "Chào mừng và giới thiệu" in main
    assert "Welcome and introductions" not in main
    korean = EventPage.objects.get(slug="follow-up-meeting-tampere-2017", locale=locales["ko"])
    titles = [session["title"] for day in korean.agenda for session in day.value["sessions"]]
    assert "탐페레 현장 방문" in titles


def test_about_page_says_it_is_demonstration_content_and_the_statement_has_its_parts(
    demo, client, locales
):
    about = Page.objects.get(slug="about", locale=locales["en"])
    assert "demonstration content" in client.get(about.url).content.decode()
    statement = Page.objects.get(slug="accessibility-statement", locale=locales["en"])
    html = client.get(statement.url).content.decode()
    for heading in (
        "Compliance status",
        "Non-accessible content",
        "Preparation of this statement",
        "Feedback and contact information",
        "Enforcement procedure",
    ):
        assert heading in html
    footer = Page.objects.filter(locale=locales["en"], standardpage__show_in_footer=True)
    assert set(footer.values_list("slug", flat=True)) == {
        "accessibility-statement",
        "privacy-notice",
        "legal-notice",
    }
