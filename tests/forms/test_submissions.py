"""Issue 10: a submission is stored first, staff are told second, and nothing is lost."""

import logging
import smtplib

from django.core import mail

import pytest
from bs4 import BeautifulSoup

from home.models import FormPageSubmission
from tests.forms.conftest import person_data, settings_values

pytestmark = pytest.mark.django_db


class FailingBackend:
    """A mail server that refuses every message, like an SMTP server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def test_the_form_page_renders_every_field_never_cached(client, interest_form):
    response = client.get(interest_form.url)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    html = BeautifulSoup(response.content, "html.parser")
    form = html.find("form", class_="portal-form")
    assert form["method"] == "post"
    assert form.find("input", {"name": "csrfmiddlewaretoken"})
    for name in ["city", "country", "organisation", "contact_person", "e_mail_address"]:
        field = form.find(id=f"id_{name}")
        assert form.find("label", {"for": f"id_{name}"}), name
        assert field["maxlength"] in {"255", "254"}
    assert form.find("textarea", id="id_goals")["maxlength"] == "5000"
    # In the order the form was built (sort_order), on every database.
    controls = form.select("input:not([type=hidden]), textarea")
    names = list(dict.fromkeys(control["name"] for control in controls))
    assert names == [
        "city", "country", "organisation", "contact_person", "e_mail_address",
        "themes_of_interest", "goals", "government_research_and_business", "privacy_consent",
        "hp_homepage",
    ]  # fmt: skip
    # Themes come from the Theme snippets, grouped under a legend.
    legend = form.find("legend")
    assert "Themes of interest" in legend.text
    assert form.find("input", {"name": "themes_of_interest", "value": "water-management"})
    # The consent box links to the privacy notice, in a new tab so nothing typed is lost.
    consent = form.find("input", {"name": "privacy_consent"})
    assert consent.has_attr("required")
    assert form.find("a", href="/en/privacy/", target="_blank")


def test_a_valid_submission_is_stored_mailed_and_thanked(client, interest_form, valid_interest):
    response = client.post(interest_form.url, person_data(**valid_interest))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "will contact you about the next steps" in response.content.decode()
    submission = FormPageSubmission.objects.get()
    assert submission.page_id == interest_form.pk
    assert submission.language == "en"
    assert submission.email == "min-ji.kim@example.kr"  # lower-cased to find a person later
    assert submission.form_data["city"] == "Busan"
    assert submission.form_data["themes_of_interest"] == ["water-management"]
    assert submission.form_data["privacy_consent"] is True
    # Spam-check fields are not stored.
    assert set(submission.form_data) == {
        "city", "country", "organisation", "contact_person", "e_mail_address",
        "themes_of_interest", "goals", "government_research_and_business", "privacy_consent",
    }  # fmt: skip

    (message,) = mail.outbox
    assert message.to == ["team@example.org"]
    assert message.reply_to == ["Min-ji.Kim@example.kr".lower()]
    assert "City: Busan" in message.body
    assert "Themes of interest: Water management" in message.body  # its name, not its slug
    assert f"/admin/forms/submissions/{interest_form.pk}/" in message.body


def test_a_korean_submission_is_stored_with_the_english_form(
    client, interest_form, korean_interest_form, valid_interest
):
    page = korean_interest_form
    response = client.get(page.url)
    html = BeautifulSoup(response.content, "html.parser")
    # Labels are the translator's; theme names are in Korean where a translation exists.
    assert html.find("label", {"for": "id_city"}).text.strip() == "도시"
    theme = html.find("input", {"name": "themes_of_interest", "value": "water-management"})
    assert theme.parent.text.strip() == "물 관리"
    assert html.find("form", class_="portal-form").find("button").text == "보내기"

    data = person_data(**{**valid_interest, "_page": page, "city": "부산", "goals": "홍수 방지"})
    response = client.post(page.url, data)

    assert response.status_code == 200
    assert "관심 표명" in response.content.decode()
    submission = FormPageSubmission.objects.get()
    # One listing per form: every language's submissions go to the English form.
    assert submission.page_id == interest_form.pk
    assert submission.language == "ko"
    assert submission.form_data["city"] == "부산"
    assert submission.form_data["themes_of_interest"] == ["water-management"]
    # Staff read the e-mail in English, with the English labels.
    assert "City: 부산" in mail.outbox[0].body
    assert "Language: Korean" in mail.outbox[0].body


def test_a_language_may_send_its_answers_to_its_own_team(
    client, interest_form, korean_interest_form, valid_interest
):
    """The "to address" is overridable in the translation editor: a Korean team may get
    the Korean answers by e-mail without access to the submissions in the admin."""
    korean_interest_form.to_address = "korea-desk@example.org"
    korean_interest_form.save_revision().publish()

    data = person_data(**{**valid_interest, "_page": korean_interest_form})
    client.post(korean_interest_form.url, data)
    client.post(interest_form.url, person_data(**valid_interest))

    assert [message.to for message in mail.outbox] == [
        ["korea-desk@example.org"],
        ["team@example.org"],
    ]
    assert FormPageSubmission.objects.filter(page=interest_form).count() == 2


def test_a_mail_server_failure_keeps_the_submission(
    client, interest_form, valid_interest, settings, caplog
):
    settings.EMAIL_BACKEND = "tests.forms.test_submissions.FailingBackend"

    with caplog.at_level(logging.ERROR, logger="home.notifications"):
        response = client.post(interest_form.url, person_data(**valid_interest))

    assert response.status_code == 200
    assert "will contact you about the next steps" in response.content.decode()
    submission = FormPageSubmission.objects.get()
    assert submission.form_data["city"] == "Busan"
    (record,) = caplog.records
    assert f"submission {submission.pk} is stored" in record.getMessage()
    assert "SMTPServerDisconnected" in record.exc_text


def test_without_staff_addresses_nothing_is_mailed(client, interest_form, valid_interest):
    interest_form.to_address = ""
    interest_form.save_revision().publish()

    client.post(interest_form.url, person_data(**valid_interest))

    assert FormPageSubmission.objects.count() == 1
    assert mail.outbox == []


def test_a_form_without_a_privacy_notice_cannot_collect_personal_data(interest_form):
    from django.core.exceptions import ValidationError

    interest_form.privacy_notice = None
    with pytest.raises(ValidationError) as error:
        interest_form.full_clean()
    assert "privacy_notice" in error.value.message_dict


def test_csrf_protection_stays_on(interest_form, valid_interest):
    from django.test import Client

    strict = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    response = strict.post(interest_form.url, person_data(**valid_interest))

    assert response.status_code == 403
    assert FormPageSubmission.objects.count() == 0


def test_mail_goes_to_the_console_in_development_and_smtp_from_the_environment_in_production():
    names = ("EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_USE_TLS")
    assert settings_values("dev", names[:1]) == ["django.core.mail.backends.console.EmailBackend"]
    production = settings_values(
        "production",
        (*names, "EMAIL_HOST_PASSWORD", "DEFAULT_FROM_EMAIL"),
        EMAIL_HOST="smtp.example.eu",
        EMAIL_PORT="2525",
        EMAIL_HOST_USER="portal",
        EMAIL_HOST_PASSWORD="secret",  # noqa: S106
        EMAIL_USE_TLS="false",
        DEFAULT_FROM_EMAIL="portal@example.eu",
    )
    assert production == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example.eu",
        "2525",
        "portal",
        "False",
        "secret",
        "portal@example.eu",
    ]
