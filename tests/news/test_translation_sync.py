"""Issue 4: a translated event keeps the English event's facts; only its words differ.

wagtail-localize copies synchronised fields (dates, time zone, type, host city, pairs,
delegations) into every translation, again each time the source is updated; the words
(title, intro, venue, agenda) are what translators translate.
"""

from datetime import UTC, datetime

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

import pytest
import time_machine
from bs4 import BeautifulSoup

from cities.factories import PairIndexPageFactory, PairPageFactory
from news.factories import EventIndexPageFactory, EventPageFactory
from news.models import EventPage
from news.models.events import EventDelegation
from tests.news.conftest import add_aliases, seoul_time

pytestmark = pytest.mark.django_db


@pytest.fixture
def korean_translation(home_page, city_index, seoul, hamburg):
    pairs = PairIndexPageFactory(parent=home_page)
    pair = PairPageFactory(
        parent=pairs, title="Hamburg and Seoul", eu_city=hamburg, partner_city=seoul
    )
    index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(
        parent=index,
        title="Working meeting in Seoul",
        slug="working-meeting-in-seoul",
        host_city=seoul,
        time_zone="",
        start=seoul_time(2026, 11, 27, 9),
        end=seoul_time(2026, 11, 27, 17, 30),
    )
    event.pairs.set([pair])
    EventDelegation.objects.create(page=event, city=hamburg)
    event.save()
    for page in (city_index, seoul, hamburg, pairs, pair, index):
        add_aliases(page, ["ko"])
    korean = Locale.objects.get(language_code="ko")
    source, _ = TranslationSource.get_or_create_from_instance(event)
    translated, _ = source.create_or_update_translation(korean, fallback=True)
    return event, source, translated, korean


def test_a_new_translation_copies_every_fact(korean_translation, hamburg, seoul):
    event, _, translated, _ = korean_translation
    translated = EventPage.objects.get(pk=translated.pk)
    assert translated.alias_of_id is None
    assert (translated.start, translated.end) == (event.start, event.end)
    assert (translated.event_type, translated.time_zone) == (event.event_type, "")
    assert translated.host_city_id == seoul.pk
    assert translated.zone_name == "Asia/Seoul"
    assert list(translated.pairs.values_list("pk", flat=True)) == [event.pairs.get().pk]
    assert [(d.city_id, d.delegates) for d in translated.delegations.all()] == [(hamburg.pk, 5)]


def test_facts_changed_in_english_reach_the_translation(korean_translation, seoul, city_index):
    from tests.news.conftest import make_city

    event, source, translated, korean = korean_translation
    busan = make_city(city_index, "Busan", "KR", "35.17960", "129.07560")
    hamburg_busan = PairPageFactory(
        parent=event.pairs.get().get_parent(),
        title="Hamburg and Busan",
        eu_city=event.pairs.get().eu_city,
        partner_city=busan,
    )
    event.start = seoul_time(2026, 11, 28, 10)
    event.end = seoul_time(2026, 11, 28, 16)
    event.event_type = "field-visit"
    event.delegations.all().delete()
    EventDelegation.objects.create(page=event, city=seoul, delegates=3)
    # Another pair instead. (Emptying a ParentalManyToManyField does not reach existing
    # translations: wagtail-localize copies it only when it has values, upstream #820.)
    event.pairs.set([hamburg_busan])
    event.save()

    source.update_from_db()
    source.create_or_update_translation(korean, fallback=True)

    translated = EventPage.objects.get(pk=translated.pk)
    assert translated.start == datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
    assert translated.event_type == "field-visit"
    assert [(d.city_id, d.delegates) for d in translated.delegations.all()] == [(seoul.pk, 3)]
    assert list(translated.pairs.all()) == [hamburg_busan]


def test_the_translated_page_is_korean_throughout(client, korean_translation):
    _, _, translated, _ = korean_translation
    translated.title = "서울 실무 회의"
    translated.save_revision().publish()
    with time_machine.travel("2026-11-20T12:00:00Z", tick=False):
        response = client.get("/ko/events/working-meeting-in-seoul/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "서울 실무 회의"
    assert soup.select_one("div.content").get("lang") is None  # no English region any more
    assert soup.select_one(".notice--untranslated") is None
    assert "2026년 11월 27일 금요일 09:00" in soup.select_one(".event-facts").get_text(" ")
