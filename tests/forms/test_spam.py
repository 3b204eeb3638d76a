"""Issue 10: robots are refused quietly, people over the limit are told so (HTTP 429)."""

import time

from django.core import mail

import pytest
from bs4 import BeautifulSoup

from home.models import FormPageSubmission
from home.spam import HONEYPOT_FIELD_NAME, STARTED_FIELD_NAME, started_token
from tests.forms.conftest import person_data

pytestmark = pytest.mark.django_db

THANK_YOU = "will contact you about the next steps"


def assert_refused_quietly(response):
    """The robot sees the ordinary thank-you page; nothing is stored or mailed."""
    assert response.status_code == 200
    assert THANK_YOU in response.content.decode()
    assert FormPageSubmission.objects.count() == 0
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client, interest_form):
    html = BeautifulSoup(client.get(interest_form.url).content, "html.parser")
    trap = html.find("input", {"name": HONEYPOT_FIELD_NAME})

    assert trap["tabindex"] == "-1"  # not reachable with the keyboard
    assert trap["autocomplete"] == "off"  # no browser fills it in for a person
    container = trap.find_parent("div")
    assert container["aria-hidden"] == "true"
    assert "form-trap" in container["class"]  # off-screen in home/css/forms.css
    assert container.find("label", {"for": trap["id"]}).text == "Leave this field empty"


def test_a_filled_honeypot_is_refused_quietly(client, interest_form, valid_interest):
    data = person_data(**valid_interest, **{HONEYPOT_FIELD_NAME: "https://cheap-pills.example"})

    assert_refused_quietly(client.post(interest_form.url, data))


def test_a_submission_faster_than_a_person_is_refused_quietly(
    client, interest_form, valid_interest
):
    data = person_data(**valid_interest)
    data[STARTED_FIELD_NAME] = started_token(interest_form.pk, time.time() - 1)

    assert_refused_quietly(client.post(interest_form.url, data))


@pytest.mark.parametrize(
    "stamp",
    ["", "not-a-signed-value", "eyJwYWdlIjoxLCJhdCI6MH0:1abcde:forgedsignature"],
    ids=["missing", "garbage", "forged"],
)
def test_a_missing_or_forged_time_stamp_is_refused_quietly(
    client, interest_form, valid_interest, stamp
):
    data = person_data(**valid_interest)
    data[STARTED_FIELD_NAME] = stamp

    assert_refused_quietly(client.post(interest_form.url, data))


def test_a_time_stamp_from_another_form_is_refused_quietly(
    client, interest_form, contact_form, valid_interest
):
    data = person_data(**valid_interest)
    data[STARTED_FIELD_NAME] = started_token(contact_form.pk, time.time() - 60)

    assert_refused_quietly(client.post(interest_form.url, data))


def test_the_time_stamp_is_signed_into_the_form(client, interest_form):
    html = BeautifulSoup(client.get(interest_form.url).content, "html.parser")
    stamp = html.find("input", {"name": STARTED_FIELD_NAME})

    assert stamp["type"] == "hidden"
    assert ":" in stamp["value"]  # value:timestamp:signature from django.core.signing


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "You have sent this form too many times in a short time."),
        ("ko", "짧은 시간에 이 양식을 너무 여러 번 보냈습니다."),
    ],
)
def test_the_eleventh_submission_in_an_hour_gets_a_429(
    client, interest_form, korean_interest_form, valid_interest, settings, language, message
):
    settings.FORM_SUBMISSION_RATE_LIMIT = "10/h"
    page = interest_form if language == "en" else korean_interest_form
    for _ in range(10):
        response = client.post(page.url, person_data(**{**valid_interest, "_page": page}))
        assert response.status_code == 200
    assert FormPageSubmission.objects.count() == 10

    data = person_data(**{**valid_interest, "_page": page, "city": "Ulsan"})
    response = client.post(page.url, data)

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "no-store" in response["Cache-Control"]
    html = BeautifulSoup(response.content, "html.parser")
    summary = html.find(class_="error-summary")
    assert message in summary.text
    # What the person typed is still there for the next try.
    assert html.find("input", {"name": "city"})["value"] == "Ulsan"
    assert html.find("input", {"value": "water-management"}).has_attr("checked")
    assert FormPageSubmission.objects.count() == 10


def test_the_limit_is_per_address(client, interest_form, valid_interest, settings):
    settings.FORM_SUBMISSION_RATE_LIMIT = "2/h"
    for _ in range(2):
        client.post(interest_form.url, person_data(**valid_interest))
    assert client.post(interest_form.url, person_data(**valid_interest)).status_code == 429

    other = client.post(
        interest_form.url, person_data(**valid_interest), REMOTE_ADDR="198.51.100.7"
    )

    assert other.status_code == 200
    assert FormPageSubmission.objects.count() == 3
