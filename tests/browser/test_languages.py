"""Every script the portal writes in renders with real glyphs, not missing-glyph boxes.

Hangul needs fonts-noto-cjk on Debian; Vietnamese stacks two diacritics on one letter
(ệ, ở); Greek is another script again. The check draws each character found on the page
in the page's own font and compares it with a character no font has (see helpers).
"""

import pytest

from tests.browser.helpers import tofu_characters

pytestmark = pytest.mark.browser

SCRIPTS = {
    "ko": r"\p{Script=Hangul}",
    "vi": r"[^\p{ASCII}]",  # the letters with diacritics; plain ones cannot be tofu
    "el": r"\p{Script=Greek}",
}
HANGUL_FONTS = {"Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic"}


@pytest.mark.parametrize("language", SCRIPTS)
@pytest.mark.parametrize("page_name", ["home", "standard", "404"])
def test_no_tofu(page, portal, page_name, language):
    page.goto(portal.url(page_name, language))
    result = tofu_characters(page, SCRIPTS[language])
    assert len(result["checked"]) >= 5, f"too little {language} text to check: {result}"
    assert result["tofu"] == "", f"rendered as boxes: {result['tofu']}"


def test_every_language_name_in_the_switcher_renders(page, portal):
    page.goto(portal.url("home", "en"))
    page.click(".language-switcher summary")
    result = tofu_characters(page, r"[^\p{ASCII}]", ".language-switcher nav")
    assert "한" in result["checked"] and "ά" in result["checked"] and "ệ" in result["checked"]
    assert result["tofu"] == "", f"rendered as boxes: {result['tofu']}"


def test_the_tofu_check_sees_a_missing_glyph(page, portal):
    """A character no installed font has (a private-use one) is reported as tofu."""
    page.goto(portal.url("home", "en"))
    page.evaluate("document.querySelector('h1').insertAdjacentText('beforeend', '\\u{F0000}')")
    result = tofu_characters(page, r"\p{Co}", "h1")
    assert result == {"checked": "\U000f0000", "tofu": "\U000f0000"}


def test_hangul_uses_a_korean_font_from_the_portal_stack(page, portal):
    """Chromium's own account of the fonts it used (DevTools CSS.getPlatformFontsForNode)."""
    page.goto(portal.url("home", "ko"))
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    # The switcher names the current language in it: 한국어.
    selector = ".language-switcher summary span[lang='ko']"
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    families = {font["familyName"] for font in fonts if font["glyphCount"]}
    assert families & HANGUL_FONTS, fonts
