"""Issue 7: the index follows pages as they are published, unpublished, moved, deleted,
aliased and translated; and a full rebuild writes the same rows."""

import json
from io import StringIO

from django.core.management import call_command

from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.operations import translate_object
from wagtail_localize.synctree import create_aliases_for_new_page

import pytest
from bs4 import BeautifulSoup

from cities.factories import CityIndexPageFactory, CityPageFactory, english_country
from search.models import PageIndexEntry
from search.page_types import indexed_models

from .conftest import home_of
from .factories import StandardPageFactory, paragraphs

pytestmark = pytest.mark.django_db


def entry(page):
    return PageIndexEntry.objects.filter(page_id=page.pk).first()


def found(client, language, query):
    """The titles of the results of a search, as a visitor reads them."""
    response = client.get(f"/{language}/search/", {"q": query})
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(" ", strip=True) for h in soup.select(".search-result__title")]


def test_publishing_indexes_the_page_text_by_weight(home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="Tram lines",
        intro="Electric trams for the old town.",
        body=paragraphs(
            "<p>The <b>new</b> depot opens in <i>May</i>.</p>", "<ul><li>Two</li></ul>"
        ),
    )
    row = entry(page)
    assert row.locale.language_code == "en"
    assert row.page_type == "home.standardpage"
    assert (row.title, row.intro) == ("Tram lines", "Electric trams for the old town.")
    assert row.body == "The new depot opens in May. Two"  # rich text as plain text
    assert row.content_language == "en" and row.ts_config == "search_en"
    assert row.date == page.first_published_at.date()


def test_choice_blocks_are_settings_not_words(home_page):
    body = json.dumps(
        [
            {"type": "heading", "value": {"text": "Flood defences", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Dykes and pumps.</p>"},
        ]
    )
    page = StandardPageFactory(parent=home_page, title="Water", body=body)
    assert entry(page).body == "Flood defences Dykes and pumps."  # no "Level 2"


def test_translated_related_objects_give_their_translated_names(home_page):
    korean = Locale.objects.get(language_code="ko")
    south_korea = english_country("KR")
    translation = south_korea.copy_for_translation(korean)
    translation.name = "대한민국"
    translation.save()
    english_index = CityIndexPageFactory(parent=home_page)
    english_city = CityPageFactory(parent=english_index, title="Suwon", country=south_korea)
    english_city.save_revision().publish()
    korean_index = CityIndexPageFactory(parent=home_of("ko"), locale=korean, slug="cities-ko")
    korean_city = CityPageFactory(
        parent=korean_index, locale=korean, title="수원", country=south_korea
    )
    korean_city.save_revision().publish()

    assert "South Korea" in entry(english_city).body
    assert "대한민국" in entry(korean_city).body and "South Korea" not in entry(korean_city).body


def test_a_draft_is_not_indexed_until_published(home_page, client):
    page = StandardPageFactory(parent=home_page, title="Cable car plans", publish=False)
    assert entry(page) is None
    page.save_revision().publish()
    assert "Cable car plans" in found(client, "en", "cable car")


def test_publishing_again_replaces_the_text(home_page, client):
    page = StandardPageFactory(parent=home_page, title="Ferry timetable")
    page.title = "Ferry routes"
    page.save_revision().publish()
    assert entry(page).title == "Ferry routes"
    assert PageIndexEntry.objects.filter(page_id=page.pk).count() == 1
    assert "Ferry routes" not in found(client, "en", "timetable")


def test_unpublishing_removes_the_page(home_page, client):
    page = StandardPageFactory(parent=home_page, title="Bicycle lanes")
    assert "Bicycle lanes" in found(client, "en", "bicycle")
    page.unpublish()
    assert entry(page) is None
    assert "Bicycle lanes" not in found(client, "en", "bicycle")


def test_deleting_removes_the_page_and_its_children(home_page):
    parent = StandardPageFactory(parent=home_page, title="Harbour district")
    child = StandardPageFactory(parent=parent, title="Harbour museum")
    parent.delete()
    assert entry(parent) is None and entry(child) is None


def test_private_pages_are_not_found_and_moving_out_makes_them_public(home_page, client):
    private = StandardPageFactory(parent=home_page, title="Members area")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    page = StandardPageFactory(parent=private, title="Budget of the tramway")
    assert "Budget of the tramway" not in found(client, "en", "tramway budget")

    page.move(home_page, pos="last-child")
    assert entry(Page.objects.get(pk=page.pk)) is not None
    assert "Budget of the tramway" in found(client, "en", "tramway budget")


def test_aliases_are_indexed_in_their_language_with_the_english_text(home_page, client):
    page = StandardPageFactory(parent=home_page, title="Rainwater gardens")
    create_aliases_for_new_page(page)

    korean = Locale.objects.get(language_code="ko")
    alias = Page.objects.get(alias_of=page, locale=korean)
    row = entry(alias)
    assert row.locale == korean
    assert (row.title, row.content_language, row.ts_config) == (
        "Rainwater gardens",
        "en",
        "search_en",
    )
    assert PageIndexEntry.objects.filter(page__alias_of=page).count() == 26

    response = client.get("/ko/search/", {"q": "rainwater"})
    title = BeautifulSoup(response.content, "html.parser").select_one(".search-result__title")
    assert title.a["href"] == alias.get_url()
    assert title["lang"] == "en"  # the English title is marked as English on a Korean page


def test_publishing_the_source_updates_its_aliases(home_page, client):
    page = StandardPageFactory(parent=home_page, title="Solar roofs")
    create_aliases_for_new_page(page)
    page.title = "Solar roofs and batteries"
    page.save_revision().publish()

    alias_rows = PageIndexEntry.objects.filter(page__alias_of=page)
    assert set(alias_rows.values_list("title", flat=True)) == {"Solar roofs and batteries"}
    assert "Solar roofs and batteries" in found(client, "sv", "batteries")


def test_a_translated_page_is_indexed_in_its_own_language(
    home_page, client, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home_page, title="Heat pumps")
    create_aliases_for_new_page(page)
    german = Locale.objects.get(language_code="de")
    # wagtail-localize converts the alias into a page of its own and publishes it on commit.
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(page, [german])

    translation = Page.objects.get(translation_key=page.translation_key, locale=german)
    assert translation.alias_of_id is None
    row = entry(translation)
    assert (row.content_language, row.ts_config) == ("de", "search_de")
    assert "Heat pumps" in found(client, "de", "heat pumps")


def test_rebuild_writes_every_live_portal_page_once(home_page):
    StandardPageFactory(parent=home_page, title="Night buses")
    StandardPageFactory(parent=home_page, title="Draft page", publish=False)
    before = sorted(PageIndexEntry.objects.values_list("page_id", "title", "body"))
    PageIndexEntry.objects.all().delete()

    out = StringIO()
    call_command("rebuild_search_index", stdout=out)

    live = Page.objects.live().type(*indexed_models())
    assert PageIndexEntry.objects.count() == live.count()
    assert sorted(PageIndexEntry.objects.values_list("page_id", "title", "body")) == before
    assert f"Search index: {live.count()} pages" in out.getvalue()

    call_command("rebuild_search_index", stdout=StringIO())  # again: the same rows, no more
    assert PageIndexEntry.objects.count() == live.count()


def test_home_pages_of_every_language_are_indexed():
    rows = PageIndexEntry.objects.filter(page_type="home.homepage")
    assert rows.count() == 27
    assert set(rows.values_list("content_language", flat=True)) == {"en"}
    assert home_of("ko").pk in set(rows.values_list("page_id", flat=True))
