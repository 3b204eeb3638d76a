"""Issue 10: bad input gets a clear, translated message, and nothing typed is lost.

Each case posts one bad answer among good ones, in English and in Korean, and checks what a
visitor sees: the error summary at the top (focusable, a link to the field), the message
beside the field (tied to it with aria-describedby), aria-invalid, the typed values kept,
and nothing stored.
"""

from urllib.parse import urlencode

from django.test import Client

import pytest
from bs4 import BeautifulSoup

from home.models import FormPageSubmission
from tests.forms.conftest import person_data

pytestmark = pytest.mark.django_db

LONG_CITY = "B" * 256

CASES = {
    # case: (field name, bad value, anchor id, English message, Korean message)
    "too long": (
        "city",
        LONG_CITY,
        "id_city",
        "Shorten this to 255 characters or fewer.",
        "255자 이내로 줄여 주세요.",
    ),
    "too long text": (
        "goals",
        "x" * 5001,
        "id_goals",
        "Shorten this to 5000 characters or fewer.",
        "5000자 이내로 줄여 주세요.",
    ),
    "wrong e-mail": (
        "e_mail_address",
        "min-ji at example",
        "id_e_mail_address",
        "Enter an e-mail address in the form name@example.org.",
        "name@example.org 형식의 이메일 주소를 입력하세요.",
    ),
    "missing consent": (
        "privacy_consent",
        None,
        "id_privacy_consent",
        "Tick this box to agree to the privacy notice.",
        "개인정보 처리방침에 동의하려면 이 상자를 선택하세요.",
    ),
    "unknown theme": (
        "themes_of_interest",
        ["water-management", "time-travel"],
        "id_themes_of_interest_0",
        "Choose one of the themes in the list.",
        "목록에 있는 주제 중에서 선택하세요.",
    ),
    "missing theme": (
        "themes_of_interest",
        None,
        "id_themes_of_interest_0",
        "Choose at least one theme.",
        "주제를 하나 이상 선택하세요.",
    ),
    "missing city": ("city", "", "id_city", "Fill in this field.", "이 항목을 입력하세요."),
}


@pytest.fixture(params=["en", "ko"])
def language_form(request, interest_form):
    if request.param == "en":
        return "en", interest_form
    return "ko", request.getfixturevalue("korean_interest_form")


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_explained_and_nothing_typed_is_lost(
    client, language_form, valid_interest, case
):
    language, page = language_form
    name, value, anchor, english, korean = CASES[case]
    data = person_data(**{**valid_interest, "_page": page})
    if value is None:
        del data[name]
    else:
        data[name] = value

    response = client.post(page.url, data)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert FormPageSubmission.objects.count() == 0
    message = english if language == "en" else korean
    html = BeautifulSoup(response.content, "html.parser")
    assert html.title.text.startswith("Error:" if language == "en" else "오류:")

    # The summary: first in the content, focused on load, one link per error to the field.
    summary = html.find(class_="error-summary")
    assert summary["tabindex"] == "-1"
    assert summary.has_attr("autofocus")
    heading = summary.find("h2")
    assert heading.text == ("There is a problem" if language == "en" else "문제가 있습니다")
    assert summary["aria-labelledby"] == heading["id"]
    (link,) = summary.find_all("a")
    assert link["href"] == f"#{anchor}"
    assert message in link.text
    assert html.find(id=anchor) is not None

    # Beside the field, tied to it for screen readers.
    error = html.find(id=f"id_{name}_error")
    assert message in error.text
    field = html.find(id=anchor)
    if field.name == "input" and field["type"] == "checkbox" and name != "privacy_consent":
        fieldset = field.find_parent("fieldset")
        assert f"id_{name}_error" in fieldset["aria-describedby"]
    else:
        assert f"id_{name}_error" in field["aria-describedby"].split()
    assert field["aria-invalid"] == "true"

    # Everything typed is still there.
    assert html.find("input", {"name": "organisation"})["value"] == "Busan Metropolitan City"
    assert html.find("textarea", {"name": "government_research_and_business"}).text.strip() == (
        "A city agency, a university and a port company."
    )
    if name == "city" and value:
        assert html.find("input", {"name": "city"})["value"] == LONG_CITY
    if name == "e_mail_address":
        assert html.find("input", {"name": "e_mail_address"})["value"] == "min-ji at example"
    if case == "unknown theme":
        assert html.find("input", {"value": "water-management"}).has_attr("checked")
    if name != "privacy_consent":
        assert html.find("input", {"name": "privacy_consent"}).has_attr("checked")


def test_several_errors_are_listed_in_the_order_of_the_fields(
    client, interest_form, valid_interest
):
    data = person_data(**valid_interest)
    data.update(city="", e_mail_address="nope")
    del data["privacy_consent"]

    html = BeautifulSoup(client.post(interest_form.url, data).content, "html.parser")

    links = [a["href"] for a in html.find(class_="error-summary").find_all("a")]
    assert links == ["#id_city", "#id_e_mail_address", "#id_privacy_consent"]


def test_a_field_over_the_upload_limit_brings_the_form_back_with_a_413(
    client, interest_form, valid_interest, settings
):
    """A multipart body (the test client's default) is refused by Django's parser."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    data = person_data(**valid_interest)
    data["goals"] = "x" * 200_000

    response = client.post(interest_form.url, data)

    assert response.status_code == 413
    assert "no-store" in response["Cache-Control"]
    html = BeautifulSoup(response.content, "html.parser")
    summary = html.find(class_="error-summary")
    assert "What you sent is too large. Please shorten your text" in summary.text
    assert html.find("form", class_="portal-form").find("input", {"name": "city"})
    assert FormPageSubmission.objects.count() == 0


def test_a_huge_body_gets_the_413_before_csrf_reads_it(
    korean_interest_form, valid_interest, settings
):
    """As a browser sends it, CSRF token and all: Django alone would answer a bare 400."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    browser = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    page = korean_interest_form
    html = BeautifulSoup(browser.get(page.url).content, "html.parser")
    token = html.find("input", {"name": "csrfmiddlewaretoken"})["value"]
    data = person_data(**{**valid_interest, "_page": page, "goals": "x" * 200_000})
    data["csrfmiddlewaretoken"] = token

    response = browser.post(
        page.url, urlencode(data, doseq=True), content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 413
    assert "no-store" in response["Cache-Control"]
    html = BeautifulSoup(response.content, "html.parser")
    assert "보낸 내용이 너무 큽니다. 글을 줄여서 양식을 다시 보내 주세요." in html.text
    assert html.find("main").find("a", href=page.url).text == "양식으로 돌아가기"
    assert FormPageSubmission.objects.count() == 0


def test_the_same_form_within_the_limit_passes_csrf_and_is_stored(
    korean_interest_form, valid_interest
):
    browser = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    page = korean_interest_form
    html = BeautifulSoup(browser.get(page.url).content, "html.parser")
    data = person_data(**{**valid_interest, "_page": page})
    data["csrfmiddlewaretoken"] = html.find("input", {"name": "csrfmiddlewaretoken"})["value"]

    response = browser.post(
        page.url, urlencode(data, doseq=True), content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert FormPageSubmission.objects.get().language == "ko"


def test_too_many_fields_is_a_clear_413_not_a_500(client, interest_form, valid_interest, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 50
    data = person_data(**valid_interest)
    data.update({f"junk{i}": "x" for i in range(100)})

    response = client.post(interest_form.url, data)

    assert response.status_code == 413
    html = BeautifulSoup(response.content, "html.parser")
    assert "What you sent is too large" in html.find(class_="error-summary").text
    assert FormPageSubmission.objects.count() == 0


def test_optional_fields_say_so(client, contact_form):
    html = BeautifulSoup(client.get(contact_form.url).content, "html.parser")

    assert "(optional)" in html.find("label", {"for": "id_organisation"}).text
    assert "(optional)" not in html.find("label", {"for": "id_subject"}).text
