"""Layout as people see it: reflow at 320 px (WCAG 1.4.10), text spacing (WCAG 1.4.12),
and screenshots of the home page and a city page for a human eye."""

import pytest

from tests.browser.helpers import TEXT_SPACING_CSS, clipped_content, horizontal_overflow, png_size
from tests.browser.pages import LANGUAGES, page_type_params

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", page_type_params())
def test_reflow_at_320_css_pixels_and_text_spacing(page, portal, page_type, language):
    """One page load, two criteria: a phone-sized window is where both bite hardest."""
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(portal.url(page_type, language))
    overflow = horizontal_overflow(page)
    assert overflow["scrollWidth"] <= 320, f"WCAG 1.4.10, scrolls sideways at 320 px: {overflow}"

    page.add_style_tag(content=TEXT_SPACING_CSS)
    # The override is in force: letters are 0.12 em apart in the main heading.
    spacing = page.evaluate(
        """() => { const s = getComputedStyle(document.querySelector('h1'));
                   return parseFloat(s.letterSpacing) / parseFloat(s.fontSize); }"""
    )
    assert spacing == pytest.approx(0.12, abs=0.01)
    assert clipped_content(page) == [], "WCAG 1.4.12, text spacing cuts content off"


@pytest.mark.parametrize("language", ["en", "ko"])
def test_open_language_switcher_fits_at_320_css_pixels(page, portal, language):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(portal.url("home", language))
    page.click(".language-switcher summary")
    box = page.locator(".language-switcher nav").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320, box
    overflow = horizontal_overflow(page)
    assert overflow["scrollWidth"] <= 320, overflow


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("page_type", page_type_params("home", "city"))
def test_screenshot(page, portal, screenshot_dir, page_type, language, width):
    page.set_viewport_size({"width": width, "height": 844 if width == 390 else 800})
    page.goto(portal.url(page_type, language), wait_until="networkidle")
    # Images below the fold load lazily; a full-page screenshot shows them all, and every
    # one must really be there (a broken rendition shows as an empty box).
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach((i) => { i.loading = 'eager'; })"
    )
    page.wait_for_function("[...document.images].every((image) => image.complete)")
    broken = page.evaluate(
        "[...document.images].filter((image) => !image.naturalWidth).map((image) => image.src)"
    )
    assert broken == [], broken
    path = screenshot_dir / f"{page_type.name}-{language}-{width}.png"
    page.screenshot(path=path, full_page=True)
    shot_width, shot_height = png_size(path)
    assert shot_width == width  # nothing wider than the viewport
    assert shot_height >= page.viewport_size["height"]
