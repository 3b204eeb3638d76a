"""Issue 10: robots are refused quietly, people over the limit are told so (HTTP 429)."""

import time

from django.core import mail
from django.core.cache.backends.base import BaseCache

import pytest
from bs4 import BeautifulSoup

from home.models import FormPageSubmission
from home.spam import HONEYPOT_FIELD_NAME, STARTED_FIELD_NAME, started_token
from tests.forms.conftest import person_data, settings_values

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


# When the cache cannot count ---------------------------------------------------------------


class UnreachableCache(BaseCache):
    """Like Django's Redis backend with Redis down: every call raises."""

    def __init__(self, location, params):
        super().__init__(params)

    def add(self, *args, **kwargs):
        raise ConnectionError("Error 111 connecting to redis:6379. Connection refused.")

    incr = get = set = delete = clear = add


class QuietlyFailingCache(BaseCache):
    """Like the memcached backends with the server down: calls fail without raising."""

    def __init__(self, location, params):
        super().__init__(params)

    def add(self, *args, **kwargs):
        return False

    def incr(self, *args, **kwargs):
        raise ValueError("Key not found")  # what python-memcached says for a lost key

    def get(self, key, default=None, version=None):
        return default


@pytest.fixture(params=[UnreachableCache, QuietlyFailingCache], ids=["raises", "quiet"])
def cache_down(request, settings):
    """The rate limit's cache is down (the rest of the site keeps its own cache)."""
    backend = f"{__name__}.{request.param.__name__}"
    settings.CACHES = {**settings.CACHES, "ratelimit": {"BACKEND": backend}}
    settings.RATELIMIT_USE_CACHE = "ratelimit"


def test_with_the_cache_down_forms_stay_open_and_the_failure_is_logged(
    client, interest_form, valid_interest, settings, cache_down, caplog
):
    settings.RATELIMIT_FAIL_OPEN = True  # production's default

    for _ in range(3):
        response = client.post(interest_form.url, person_data(**valid_interest))
        assert response.status_code == 200
        assert THANK_YOU in response.content.decode()

    assert FormPageSubmission.objects.count() == 3
    if settings.CACHES["ratelimit"]["BACKEND"].endswith("UnreachableCache"):
        assert "could not count this submission; letting it through" in caplog.text


def test_fail_open_off_refuses_every_submission_while_the_cache_is_down(
    client, interest_form, valid_interest, settings, cache_down
):
    settings.RATELIMIT_FAIL_OPEN = False

    response = client.post(interest_form.url, person_data(**{**valid_interest, "city": "Ulsan"}))

    assert response.status_code == 429  # never a 500
    html = BeautifulSoup(response.content, "html.parser")
    assert "too many times" in html.find(class_="error-summary").text
    assert html.find("input", {"name": "city"})["value"] == "Ulsan"
    assert FormPageSubmission.objects.count() == 0


# Behind a reverse proxy --------------------------------------------------------------------

PROXY = "10.0.0.2"  # every connection comes from the proxy


@pytest.fixture
def behind_a_proxy(settings):
    settings.RATELIMIT_IP_META_KEY = "home.spam.client_ip"
    settings.RATELIMIT_CLIENT_IP_HEADER = "X-Forwarded-For"
    settings.RATELIMIT_PROXY_COUNT = 1
    settings.FORM_SUBMISSION_RATE_LIMIT = "2/h"


def post_via_proxy(client, page, data, forwarded_for):
    return client.post(
        page.url, person_data(**data), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for
    )


def test_behind_a_proxy_each_visitor_has_their_own_count(
    client, interest_form, valid_interest, behind_a_proxy
):
    for _ in range(2):
        assert (
            post_via_proxy(client, interest_form, valid_interest, "203.0.113.5").status_code == 200
        )
    assert post_via_proxy(client, interest_form, valid_interest, "203.0.113.5").status_code == 429

    # Another visitor through the same proxy is not held back by the first one.
    assert post_via_proxy(client, interest_form, valid_interest, "198.51.100.9").status_code == 200
    assert FormPageSubmission.objects.count() == 3


def test_a_forged_forwarded_address_does_not_escape_the_limit(
    client, interest_form, valid_interest, behind_a_proxy
):
    for _ in range(2):
        post_via_proxy(client, interest_form, valid_interest, "203.0.113.5")

    # The visitor sends X-Forwarded-For themselves; the proxy appends the real address.
    forged = post_via_proxy(client, interest_form, valid_interest, "192.0.2.1, 203.0.113.5")

    assert forged.status_code == 429


@pytest.mark.parametrize("header", ["", "not-an-address", "203.0.113.5:443"])
def test_without_a_usable_forwarded_address_the_connection_is_counted(
    client, interest_form, valid_interest, behind_a_proxy, caplog, header
):
    response = post_via_proxy(client, interest_form, valid_interest, header)

    assert response.status_code == 200  # never a 500
    assert FormPageSubmission.objects.count() == 1
    assert "no client address in X-Forwarded-For" in caplog.text


def test_x_real_ip_names_the_visitor_too(client, interest_form, valid_interest, settings):
    settings.RATELIMIT_IP_META_KEY = "home.spam.client_ip"
    settings.RATELIMIT_CLIENT_IP_HEADER = "X-Real-IP"
    settings.FORM_SUBMISSION_RATE_LIMIT = "1/h"

    def post(address):
        data = person_data(**valid_interest)
        return client.post(interest_form.url, data, REMOTE_ADDR=PROXY, HTTP_X_REAL_IP=address)

    assert post("2001:db8::1").status_code == 200
    assert post("2001:db8::1").status_code == 429
    assert post("203.0.113.5").status_code == 200


def test_production_keeps_forms_open_when_the_cache_is_down_and_reads_the_proxy_header():
    names = (
        "RATELIMIT_FAIL_OPEN",
        "RATELIMIT_IP_META_KEY",
        "RATELIMIT_CLIENT_IP_HEADER",
        "RATELIMIT_PROXY_COUNT",
    )
    assert settings_values("production", names) == ["True", "None", "", "1"]
    assert settings_values(
        "production",
        names,
        RATELIMIT_FAIL_OPEN="false",
        RATELIMIT_CLIENT_IP_HEADER="X-Forwarded-For",
        RATELIMIT_PROXY_COUNT="2",
    ) == ["False", "home.spam.client_ip", "X-Forwarded-For", "2"]
