"""Issue 10: forms translate through wagtail-localize like every page."""

from django.core import mail

from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.synctree import create_aliases_for_new_page

import pytest
from bs4 import BeautifulSoup

from home.models import FormPage, FormPageSubmission
from tests.forms.conftest import person_data

pytestmark = pytest.mark.django_db

KOREAN = {
    "Contact the programme": "프로그램 문의",
    "Your name": "이름",
    "E-mail address": "이메일 주소",
    "We only use it to answer you.": "답변을 드리는 데에만 사용합니다.",
    "Organisation": "소속 기관",
    "Subject": "제목",
    "Message": "메시지",
}


def test_labels_and_help_texts_are_offered_to_translators_not_field_names(contact_form):
    source, _ = TranslationSource.get_or_create_from_instance(contact_form)
    entries = {(entry.msgctxt, entry.msgid) for entry in source.export_po()}

    texts = {msgid for _, msgid in entries}
    assert {"Your name", "E-mail address", "We only use it to answer you.", "Message"} <= texts
    contexts = {context for context, _ in entries}
    assert any(context.startswith("form_fields.") for context in contexts)
    # The machine names (the keys of stored answers) and field types are not words.
    assert not any(context.endswith((".clean_name", ".field_type")) for context in contexts)
    assert "your_name" not in texts and "singleline" not in texts


def test_a_translated_form_keeps_field_names_and_shows_korean(
    client, contact_form, korean, django_capture_on_commit_callbacks
):
    source, _ = TranslationSource.get_or_create_from_instance(contact_form)
    translation = Translation.objects.create(source=source, target_locale=korean)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = KOREAN.get(entry.msgid, entry.msgid)
    assert translation.import_po(po) == []
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes then
        translation.save_target(publish=True)

    page = FormPage.objects.get(translation_key=contact_form.translation_key, locale=korean)
    fields = list(page.form_fields.all())
    assert [f.clean_name for f in fields] == [f.clean_name for f in contact_form.form_fields.all()]
    assert [f.label for f in fields][:2] == ["이름", "이메일 주소"]
    assert {f.locale_id for f in fields} == {korean.pk}

    response = client.get(page.url)
    html = BeautifulSoup(response.content, "html.parser")
    assert html.find("h1").text == "프로그램 문의"
    assert html.find("label", {"for": "id_your_name"}).text.strip() == "이름"

    data = {
        "_page": page,
        "your_name": "김민지",
        "e_mail_address": "minji@example.kr",
        "subject": "방문",
        "message": "안녕하세요",
        "privacy_consent": "on",
    }
    client.post(page.url, person_data(**data))
    submission = FormPageSubmission.objects.get()
    assert submission.page_id == contact_form.pk
    assert submission.form_data["your_name"] == "김민지"
    assert "Your name: 김민지" in mail.outbox[0].body


def test_an_untranslated_alias_serves_the_form_in_english_with_korean_controls(
    client, contact_form
):
    create_aliases_for_new_page(contact_form)
    alias = FormPage.objects.get(alias_of=contact_form, locale__language_code="ko")
    assert {f.locale_id for f in alias.form_fields.all()} == {alias.locale_id}

    response = client.get(alias.url)

    html = BeautifulSoup(response.content, "html.parser")
    content = html.find(class_="content")
    assert content["lang"] == "en"
    assert html.find("label", {"for": "id_your_name"}).text.strip() == "Your name"
    button = html.find("form", class_="portal-form").find("button")
    assert (button.text, button["lang"]) == ("보내기", "ko")

    data = {
        "_page": alias,
        "your_name": "Kim",
        "e_mail_address": "",
        "subject": "Visit",
        "message": "Hello",
        "privacy_consent": "on",
    }
    response = client.post(alias.url, person_data(**data))
    error = BeautifulSoup(response.content, "html.parser").find(id="id_e_mail_address_error")
    assert (error.text.strip(), error["lang"]) == ("오류: 이 항목을 입력하세요.", "ko")

    data["e_mail_address"] = "kim@example.kr"
    client.post(alias.url, person_data(**data))
    submission = FormPageSubmission.objects.get()
    assert (submission.page_id, submission.language) == (contact_form.pk, "ko")
