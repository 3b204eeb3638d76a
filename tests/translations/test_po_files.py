"""Issue 5, PO round trip: download a translation's PO file through wagtail-localize's view,
translate it offline, upload it, publish, and the page shows it; a bad upload changes nothing
and says why."""

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import StringTranslation

import polib
import pytest

from .conftest import publish_english_page

pytestmark = pytest.mark.django_db

KOREAN = {
    "Urban cooperation": "도시 협력",
    "Cities learn together.": "도시들이 함께 배웁니다.",
}


@pytest.fixture
def translation(home_page, korean, staff_user, start_translation):
    page = publish_english_page(
        home_page, "Urban cooperation", intro="Cities learn together.", aliases=("ko",)
    )
    return start_translation(page, korean, user=staff_user)


@pytest.fixture
def translator(korean_translator, login):
    return login(korean_translator)


def messages_of(response):
    return [
        (message.level_tag, str(message).strip()) for message in get_messages(response.wsgi_request)
    ]


def download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    assert response["Content-Disposition"].endswith("-ko.po")
    return polib.pofile(response.content.decode())


def upload(client, translation, content, name="translated.po"):
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile(name, content, "text/x-gettext-translation"), "next": edit_url},
    )


def test_po_round_trip_through_the_views(
    client, translation, translator, django_capture_on_commit_callbacks
):
    po = download(translator, translation)
    assert {entry.msgid for entry in po} >= set(KOREAN)
    for entry in po:  # translated offline
        entry.msgstr = KOREAN.get(entry.msgid, entry.msgstr)

    response = upload(translator, translation, str(po).encode())

    korean_page = translation.get_target_instance()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[korean_page.pk])
    assert ("success", "Imported 2 translated strings from the PO file. Publish the "
            "translation to show them on the site.") in messages_of(response)  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        published = translator.post(
            reverse("wagtailadmin_pages:edit", args=[korean_page.pk]), {"action": "publish"}
        )
    assert published.status_code == 302
    page = client.get("/ko/urban-cooperation/").content.decode()
    assert "도시 협력" in page
    assert "도시들이 함께 배웁니다." in page


BAD_UPLOADS = [
    (b"this is not a PO file\n", "The file is not a valid PO file: syntax error on line 1."),
    (
        b'msgid "Urban cooperation"\nthis line is garbage\n',
        "The file is not a valid PO file: syntax error on line 2.",
    ),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "it is not UTF-8 text"),
    (b"", "The file is empty."),
    (
        b'msgid "Urban cooperation"\nmsgstr "\xeb\x8f\x84\xec\x8b\x9c"\n',
        "The file has no X-WagtailLocalize-TranslationID header",
    ),
]


@pytest.mark.parametrize(("content", "reason"), BAD_UPLOADS)
def test_malformed_po_upload_says_why_and_changes_nothing(translation, translator, content, reason):
    before = StringTranslation.objects.count()

    response = upload(translator, translation, content)

    assert response.status_code == 302
    errors = [text for level, text in messages_of(response) if level == "error"]
    assert len(errors) == 1
    assert reason in errors[0]
    assert errors[0].endswith("Nothing was imported.")
    assert StringTranslation.objects.count() == before


def test_po_file_of_another_translation_is_refused(
    home_page, korean, translation, translator, staff_user, start_translation
):
    other_page = publish_english_page(home_page, "Field visits", aliases=("ko",))
    other = start_translation(other_page, korean, user=staff_user)
    po = download(translator, other)
    for entry in po:
        entry.msgstr = "현장 방문"

    response = upload(translator, translation, str(po).encode())

    assert ("error", "This PO file belongs to another translation (another page, snippet or "
            "language). Nothing was imported.") in messages_of(response)  # fmt: skip
    assert not StringTranslation.objects.filter(data="현장 방문").exists()


def test_upload_without_a_file_or_with_no_translations(translation, translator):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    no_file = translator.post(url, {})
    assert no_file.status_code == 302
    assert any("No file was uploaded" in text for _, text in messages_of(no_file))

    untranslated = upload(translator, translation, str(download(translator, translation)).encode())
    assert ("warning", "The PO file has no translated strings. Nothing was imported.") in (
        messages_of(untranslated)
    )


def test_strings_that_no_longer_match_are_skipped_with_a_warning(translation, translator):
    po = download(translator, translation)
    for entry in po:
        entry.msgstr = KOREAN.get(entry.msgid, "")
    po.append(
        polib.POEntry(msgid="A sentence the page never had.", msgstr="없는 문장", msgctxt="intro")
    )

    response = upload(translator, translation, str(po).encode())

    kinds = dict(messages_of(response))
    assert kinds["success"].startswith("Imported 2 translated strings")
    assert kinds["warning"].startswith("1 string of the file no longer match")
    assert not StringTranslation.objects.filter(data="없는 문장").exists()


def test_upload_is_post_only_and_unknown_translations_are_404(translation, translator):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    assert translator.get(url).status_code == 405
    missing = reverse("wagtail_localize:upload_pofile", args=[translation.pk + 1000])
    # (The language middleware turns an admin 404 into a redirect to /en/admin/…, a 404 too.)
    assert translator.post(missing, {}, follow=True).status_code == 404
