"""A keyboard user reaches everything, in order, and always sees where focus is.

From the top of the page: the skip link comes first and shows itself; it moves focus to
the main content. Tabbing on goes through the header (search, language switcher, which
opens with Enter and lists every language), the filters where a page has them, and the
rest of the page: every stop shows a visible focus indicator.
"""

import pytest

from tests.browser.helpers import focus_indicator_problem, focused_element, mark_focusables
from tests.browser.pages import page_type_params

pytestmark = pytest.mark.browser

MAX_TAB_STOPS = 120  # more than any page has; a focus trap would loop forever


@pytest.mark.parametrize("language", ["en", "ko"])
def test_skip_link_is_first_visible_and_moves_focus_to_main(page, portal, language):
    page.goto(portal.url("standard", language))
    unfocused = mark_focusables(page)
    page.keyboard.press("Tab")
    first = focused_element(page)
    assert first is not None and "skip-link" in first["classes"], first
    assert first["href"] == "#main"
    assert first["visible"], "the skip link stays off screen when focused"
    assert focus_indicator_problem(first, unfocused[first["index"]]["style"]) is None

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.evaluate("location.hash") == "#main"
    # The next stop is the first one after the start of the main content (inside it, or
    # the footer when the page's text has no link): the header has been skipped.
    expected = page.evaluate(
        """() => {
          const main = document.getElementById('main');
          const next = [...document.querySelectorAll('[data-focus-index]')].find(
            (el) => main.compareDocumentPosition(el)
                    & (Node.DOCUMENT_POSITION_CONTAINED_BY | Node.DOCUMENT_POSITION_FOLLOWING));
          return next ? next.dataset.focusIndex : null;
        }"""
    )
    page.keyboard.press("Tab")
    after = focused_element(page)
    assert expected is not None and after is not None, after
    assert not after["inHeader"], after
    assert after["index"] == expected, after


@pytest.mark.parametrize("page_type", page_type_params())
def test_tab_order_reaches_everything_with_visible_focus(page, portal, page_type):
    language = "en"  # the order is the same in every language; the skip link test does ko
    page.goto(portal.url(page_type, language))
    unfocused = mark_focusables(page)
    visited, problems = [], []
    switcher_opened = False
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        focused = focused_element(page)
        if focused is None or (visited and focused["index"] == visited[0]["index"]):
            break  # focus left the document, or came round to the first stop again
        visited.append(focused)
        label = f"{focused['tag']} {focused['text'][:30]!r}"
        if not focused["visible"]:
            problems.append(f"{label}: focused but not on screen")
        elif focused["index"] is not None:
            problem = focus_indicator_problem(focused, unfocused[focused["index"]]["style"])
            if problem:
                problems.append(f"{label}: {problem}")
        if focused["tag"] == "summary" and focused["inLanguageSwitcher"] and not switcher_opened:
            page.keyboard.press("Enter")  # open the language list, then tab through it
            switcher_opened = True
    else:
        pytest.fail(f"more than {MAX_TAB_STOPS} tab stops: is focus trapped?")

    assert problems == []
    assert "skip-link" in visited[0]["classes"]
    assert switcher_opened, "the language switcher was not reached by keyboard"
    languages = [stop["lang"] for stop in visited if stop["inLanguageSwitcher"] and stop["lang"]]
    assert len(languages) == 27 and language in languages, languages
    # Everything focusable was reached (the switcher's links only once it was opened).
    reached = {stop["index"] for stop in visited}
    unreached = [unfocused[index]["name"] for index in unfocused if index not in reached]
    assert unreached == [], "not reached by Tab"
    if page_type.filters:
        filters = [stop for stop in visited if stop["inFilters"]]
        expected = page.locator(".filters :is(input, select, button, a[href])").count()
        assert expected and len(filters) == expected, filters
    # In document order: header, then main (filters first there), then footer.
    places = [0 if s["inHeader"] else 1 if s["inMain"] else 2 for s in visited[1:]]
    assert places == sorted(places), [(s["tag"], s["text"][:20]) for s in visited]
