"""axe-core finds no WCAG 2.1 A or AA violation on any page type, in six languages."""

import pytest

from tests.browser.helpers import AXE_FILE_PATH, axe_violations
from tests.browser.pages import LANGUAGES, page_type_params

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", autouse=True)
def axe_in_every_page(browser_context):
    """axe-core is added to every page of this module's context as it loads."""
    browser_context.add_init_script(path=AXE_FILE_PATH)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", page_type_params())
def test_no_wcag_21_aa_violations(page, portal, page_type, language):
    response = page.goto(portal.url(page_type, language))
    assert response.status == page_type.status
    assert page.get_attribute("html", "lang") == language
    violations, report = axe_violations(page)
    assert violations == [], report


@pytest.mark.parametrize("language", ["en", "ko"])
def test_open_language_switcher_has_no_violations(page, portal, language):
    """The switcher's 27 links, each in its own language, once opened by the visitor."""
    page.goto(portal.url("home", language))
    page.click(".language-switcher summary")
    assert page.is_visible(".language-switcher nav")
    links = page.locator(".language-switcher nav a")
    assert links.count() == 27
    violations, report = axe_violations(page)
    assert violations == [], report
