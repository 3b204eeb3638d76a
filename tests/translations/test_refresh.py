"""Issue 5: publishing English again refreshes the translation sources by itself; published
translations change only when a translator publishes them."""

from django.urls import reverse

from wagtail_localize.models import StringSegment, TranslationSource

import pytest

from translations.refresh import refresh_translation_source

from .conftest import republish, translate_strings

pytestmark = pytest.mark.django_db


def source_strings(source):
    return set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))


@pytest.fixture
def korean_translation(english_page, korean, start_translation, publish_translation):
    translation = start_translation(english_page, korean)
    translate_strings(
        translation,
        {"Urban cooperation": "도시 협력", "Cities learn together.": "도시들이 함께 배웁니다."},
    )
    publish_translation(translation)
    return translation


def test_publishing_changed_english_refreshes_the_source_without_a_sync(
    client, english_page, korean_translation
):
    source = korean_translation.source
    before = source.last_updated_at

    republish(english_page, intro="Cities learn together, and share what works.")

    source.refresh_from_db()
    assert source.last_updated_at > before
    strings = source_strings(source)
    assert "Cities learn together, and share what works." in strings
    assert "Cities learn together." not in strings
    # The published Korean page is untouched until a translator publishes it.
    korean_page = client.get("/ko/urban-cooperation/").content.decode()
    assert "도시들이 함께 배웁니다." in korean_page
    assert "share what works" not in korean_page


def test_translator_sees_the_new_segment_and_publishing_brings_it_to_the_page(
    client,
    english_page,
    korean_translation,
    korean_translator,
    login,
    django_capture_on_commit_callbacks,
):
    republish(english_page, intro="Cities learn together, and share what works.")
    translate_strings(
        korean_translation,
        {"Cities learn together, and share what works.": "도시들은 함께 배우고 성과를 나눕니다."},
    )
    editor = login(korean_translator)
    korean_page = korean_translation.get_target_instance()

    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[korean_page.pk]))
    assert edit.status_code == 200
    assert "Cities learn together, and share what works." in edit.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        published = editor.post(
            reverse("wagtailadmin_pages:edit", args=[korean_page.pk]), {"action": "publish"}
        )

    assert published.status_code == 302
    assert (
        "도시들은 함께 배우고 성과를 나눕니다."
        in client.get("/ko/urban-cooperation/").content.decode()
    )


def test_republishing_unchanged_english_leaves_the_source_alone(english_page, korean_translation):
    source = korean_translation.source
    before = (source.last_updated_at, source.content_json)

    republish(english_page)  # a new revision, new timestamps, the same words

    source.refresh_from_db()
    assert (source.last_updated_at, source.content_json) == before


def test_pages_never_submitted_for_translation_get_no_source(english_page):
    republish(english_page, intro="Something new.")

    assert not TranslationSource.objects.filter(object_id=english_page.translation_key).exists()
    assert refresh_translation_source(english_page) is None


def test_saving_an_english_theme_refreshes_its_source(theme_model, korean, start_translation):
    theme = theme_model.objects.create(
        name="Water management", slug="water-management", description="Rivers and floods."
    )
    translation = start_translation(theme, korean)

    theme.description = "Rivers, floods and droughts."
    theme.save()

    assert "Rivers, floods and droughts." in source_strings(translation.source)
    korean_theme = translation.get_target_instance()
    assert korean_theme.description == "Rivers and floods."  # until a translator publishes
