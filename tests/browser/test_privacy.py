"""No request leaves the site: no CDN, no web font, no tracker, on any page type.

The ``page`` fixture fails any browser test whose page asked another host for anything,
so every page type is watched in six languages; here each page type is loaded in full
(scrolled to the end, so lazy images load) and its requests are checked explicitly.
"""

from urllib.parse import urlsplit

import pytest

from tests.browser.pages import page_type_params

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("page_type", page_type_params())
def test_every_request_stays_on_the_site(page, portal, request_log, page_type):
    page.goto(portal.url(page_type, "en"))
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # lazy images load
    page.wait_for_function("[...document.images].every(image => image.complete)")
    hosts = {urlsplit(url).netloc for url in request_log.requests}
    assert hosts == {portal.netloc}, request_log.requests
    # The recorder saw the page itself and its style sheet, so it records what loads.
    assert any(url.endswith("/static/css/portal.css") for url in request_log.requests)


def test_a_request_to_another_host_is_reported_and_never_arrives(page, portal, request_log):
    """The guard of every browser test works: an off-site image is seen and never loads."""
    page.goto(portal.url("home", "en"))
    outcome = page.evaluate(
        """() => new Promise(resolve => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('failed');
          img.src = 'https://cdn.example.org/tracker.gif';
        })"""
    )
    assert outcome == "failed"
    assert request_log.offsite == ["https://cdn.example.org/tracker.gif"]
    request_log.offsite.clear()  # seen and blocked: this test is not a leak
