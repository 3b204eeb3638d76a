"""Issue 10 in a real browser: the error state of a Korean form, checked by axe-core and
by keyboard (Debian's Chromium through Playwright).

No live server: Playwright's request routing hands every request to Django's test client
in this process, so the test runs on the suite's own database (a live server would need a
transactional database, which empties the shared skeleton for the tests after it). A
request to any other host is aborted and fails the test.
"""

import os
import shutil
from urllib.parse import urlsplit

from django.db import connections
from django.test import Client

import pytest

from home.models import FormPageSubmission
from tests.browser.chromium import CHROMIUM_ARGS

pytestmark = [pytest.mark.django_db, pytest.mark.browser]

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def flag(name):
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="module", autouse=True)
def chromium():
    """One Chromium for the module, started before any test opens its transaction.

    While Playwright's event loop runs, Django (asgiref's Local) hands this thread a
    connection of its own; started first, every test's transaction, fixtures and requests
    use that one connection, which is closed before the loop stops."""
    # The same switches as tests/browser: CI runs the browser half once, and requires it.
    if flag("PORTAL_SKIP_BROWSER"):
        pytest.skip("PORTAL_SKIP_BROWSER=1")
    if shutil.which("chromium") is None:
        message = "Debian's chromium is not on PATH (apt-get install -y chromium)"
        if flag("PORTAL_REQUIRE_BROWSER"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api")
    pytest.importorskip("axe_playwright_python")
    # Playwright's sync API runs an event loop in this thread; Django then refuses database
    # access unless told it is safe (it is: everything happens in this one thread).
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_api.sync_playwright().start()
    browser = playwright.chromium.launch(
        executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()
    connections["default"].close()
    playwright.stop()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def page(chromium):
    """A browser tab whose requests Django's test client answers."""
    django = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    database = connections["default"]  # the test's connection, inside its transaction
    foreign = []

    def answer(route, request):
        # Playwright calls back in its event loop's context, where Django would open a
        # second connection (and find the tables locked by the test's transaction).
        connections["default"] = database
        url = urlsplit(request.url)
        if url.hostname != "localhost":
            foreign.append(request.url)
            return route.abort()
        path = url.path + (f"?{url.query}" if url.query else "")
        if request.method == "POST":
            response = django.post(
                path, request.post_data_buffer, content_type=request.headers["content-type"]
            )
        else:
            response = django.get(path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        headers = {key: value for key, value in response.items() if key != "Content-Length"}
        return route.fulfill(status=response.status_code, headers=headers, body=body)

    context = chromium.new_context()
    tab = context.new_page()
    tab.route("**/*", answer)
    yield tab
    context.close()
    assert foreign == [], f"requests left the site: {foreign}"


def axe_violations(tab):
    from axe_playwright_python.base import AXE_FILE_PATH

    tab.evaluate(AXE_FILE_PATH.read_text())
    results = tab.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]},
    )
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in results["violations"]]


def active(tab):
    return tab.evaluate(
        "() => ({id: document.activeElement.id, cls: document.activeElement.className,"
        " name: document.activeElement.getAttribute('name')})"
    )


def test_korean_errors_are_announced_linked_and_pass_axe(page, korean_interest_form, settings):
    settings.FORM_MINIMUM_FILL_SECONDS = 0  # the robot check is tested elsewhere
    url = f"http://localhost{korean_interest_form.url}"
    page.goto(url)
    assert axe_violations(page) == []

    page.fill("#id_city", "부산")
    page.fill("#id_e_mail_address", "minji at example")
    page.click("form.portal-form button[type=submit]")
    page.wait_for_selector(".error-summary")

    # The summary has focus on arrival; the title says there is an error.
    assert "error-summary" in active(page)["cls"]
    assert page.title().startswith("오류:")
    assert page.locator(".error-summary h2").inner_text() == "문제가 있습니다"
    assert page.locator("#id_city").input_value() == "부산"  # what was typed is kept
    assert axe_violations(page) == []

    # Tab reaches the first link of the summary; following it puts focus in the field.
    page.keyboard.press("Tab")
    first_link = page.locator(".error-summary a").first
    assert first_link.evaluate("a => a === document.activeElement")
    assert first_link.get_attribute("href") == "#id_country"
    page.keyboard.press("Enter")
    assert active(page)["id"] == "id_country"
    assert FormPageSubmission.objects.count() == 0


def test_the_keyboard_never_reaches_the_honeypot(page, interest_form):
    page.goto(f"http://localhost{interest_form.url}")
    page.focus("#id_city")
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.append(active(page)["name"])
    assert "hp_homepage" not in reached
    assert "privacy_consent" in reached
    # Off-screen, and hidden from the accessibility tree.
    box = page.locator("#id_hp_homepage").bounding_box()
    assert box is None or box["x"] + box["width"] <= 0
    tree = page.locator("body").aria_snapshot()
    assert "Leave this field empty" not in tree
    assert "Contact person" in tree  # the snapshot does hold the visible fields
