"""Issue 5, trees in sync: every English page exists at once in all 26 other languages, at the
same slug, showing English (marked as such) until it is translated; a new language gets the
whole tree in one step."""

import re

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from home.forms_demo import build_contact_form
from home.models import FormPage, StandardPage
from portal.languages import TRANSLATION_LANGUAGE_CODES

from .conftest import publish_english_page, republish, translate_strings

pytestmark = pytest.mark.django_db

HANGUL = re.compile("[\uac00-\ud7a3]")


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def aliases_of(page):
    return Page.objects.filter(alias_of=page).select_related("locale")


def assert_synchronised(page):
    aliases = list(aliases_of(page))
    assert sorted(alias.locale.language_code for alias in aliases) == sorted(
        TRANSLATION_LANGUAGE_CODES
    )
    for alias in aliases:
        assert alias.slug == page.slug
        assert alias.translation_key == page.translation_key
        assert alias.live
        parent = alias.get_parent()
        assert parent.locale_id == alias.locale_id
        assert parent.translation_key == page.get_parent().translation_key


def test_page_published_through_the_admin_appears_in_all_26_languages(home_page, staff_user, login):
    client = login(staff_user)
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk])
    data = nested_form_data(
        {
            "title": "Partnership programme",
            "slug": "partnership-programme",
            "intro": "How cities are paired.",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )

    response = client.post(url, data)

    assert response.status_code == 302
    page = StandardPage.objects.get(locale=home_page.locale, slug="partnership-programme")
    assert page.live
    assert_synchronised(page)
    korean = client.get("/ko/partnership-programme/")
    assert korean.status_code == 200
    assert "How cities are paired." in korean.content.decode()


def test_page_created_in_code_gets_its_aliases_from_create_aliases_for_new_page(home_page):
    page = publish_english_page(home_page, "Programme calendar")

    assert_synchronised(page)
    child = publish_english_page(page, "Working meetings")
    assert_synchronised(child)
    # The Vietnamese child hangs under the Vietnamese alias of its parent, at the same slugs.
    assert Page.objects.get(
        translation_key=child.translation_key, locale__language_code="vi"
    ).url_path.endswith("/programme-calendar/working-meetings/")


def test_a_new_language_gets_the_whole_tree_and_its_translators_in_one_step(
    settings, home_page, admin_user, login
):
    about = publish_english_page(home_page, "About the programme", aliases=False)
    publish_english_page(about, "Working groups", aliases=False)  # a level deeper
    privacy = publish_english_page(home_page, "Privacy notice", aliases=False)
    form = build_contact_form(home_page, privacy_notice=privacy)  # a form, with its fields
    english_pages = Page.objects.filter(locale=home_page.locale, depth__gte=2).count()
    settings.LANGUAGES = [*settings.LANGUAGES, ("ja", "Japanese")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    client = login(admin_user)
    english_locale = home_page.locale

    response = client.post(
        reverse("wagtaillocales:add"),
        {
            "language_code": "ja",
            "component-wagtail_localize_localesynchronization-enabled": "on",
            "component-wagtail_localize_localesynchronization-sync_from": english_locale.pk,
        },
    )

    assert response.status_code == 302
    japanese = Locale.objects.get(language_code="ja")
    assert Page.objects.filter(locale=japanese).count() == english_pages
    assert Page.objects.filter(locale=japanese, alias_of__isnull=True).count() == 0
    # Every page at its English address, of its own type: the form keeps its fields.
    english_tree = Page.objects.filter(locale=home_page.locale, depth__gte=2)
    english_paths = english_tree.values_list("url_path", flat=True)
    japanese_root = Page.objects.get(locale=japanese, depth=2).url_path
    japanese_paths = Page.objects.filter(locale=japanese).values_list("url_path", flat=True)
    english_root = home_page.url_path
    assert sorted(p.removeprefix(japanese_root) for p in japanese_paths) == sorted(
        p.removeprefix(english_root) for p in english_paths
    )
    japanese_form = FormPage.objects.get(locale=japanese, translation_key=form.translation_key)
    assert [f.clean_name for f in japanese_form.get_form_fields()] == [
        f.clean_name for f in form.get_form_fields()
    ]
    group = Group.objects.get(name="Translators: Japanese")
    assert group.page_permissions.filter(page__locale=japanese, page__depth=2).count() == 3


def test_alias_shows_english_marked_as_english_with_a_notice_in_the_visitors_language(
    client, korean_alias
):
    soup = parse(client.get("/ko/urban-cooperation/"))

    assert soup.html["lang"] == "ko"
    notice = soup.select_one(".notice--untranslated")
    assert notice is not None and HANGUL.search(notice.get_text())
    content = soup.select_one("main .content")
    assert content["lang"] == "en"
    assert "Cities learn together." in content.get_text()
    # The chrome around the content stays Korean.
    assert HANGUL.search(soup.select_one(".skip-link").get_text())


def test_translated_page_drops_the_notice_and_carries_its_own_language(
    client, english_page, korean, start_translation, publish_translation
):
    translation = start_translation(english_page, korean)
    translate_strings(
        translation,
        {
            "Urban cooperation": "도시 협력",
            "Cities learn together.": "도시들이 함께 배웁니다.",
        },
    )
    publish_translation(translation)

    soup = parse(client.get("/ko/urban-cooperation/"))

    assert soup.html["lang"] == "ko"
    assert soup.select_one(".notice--untranslated") is None
    content = soup.select_one("main .content")
    assert content.get("lang", "ko") == "ko"
    assert content.h1.get_text(strip=True) == "도시 협력"
    assert "도시들이 함께 배웁니다." in content.get_text()
    # The translation keeps the English slug: URLs stay English in every language.
    assert Page.objects.get(translation_key=english_page.translation_key, locale=korean).slug == (
        "urban-cooperation"
    )


def test_english_page_has_neither_notice_nor_a_foreign_lang(client, english_page):
    soup = parse(client.get("/en/urban-cooperation/"))

    assert soup.select_one(".notice--untranslated") is None
    assert soup.select_one("main .content").get("lang", "en") == "en"


def test_renaming_an_english_page_moves_its_aliases_and_their_children(client, home_page):
    page = publish_english_page(home_page, "Study tours")
    child = publish_english_page(page, "Seoul visit")

    republish(page, slug="study-visits")

    assert set(aliases_of(page).values_list("slug", flat=True)) == {"study-visits"}
    korean_child = Page.objects.get(
        translation_key=child.translation_key, locale__language_code="ko"
    )
    assert korean_child.url_path.endswith("/study-visits/seoul-visit/")
    assert client.get("/ko/study-visits/seoul-visit/").status_code == 200
    assert client.get("/ko/study-tours/").status_code == 404
