"""What the browser tests measure in the page, as small JavaScript functions.

Each helper returns plain data (lists of problems, style snapshots) so that a failing
assertion prints what is wrong and where, not just ``False``.
"""

import struct

from axe_playwright_python.base import AXE_FILE_PATH, AxeResults

WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# The WCAG 1.4.12 text-spacing bookmarklet (Steve Faulkner's), as a style sheet.
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""

AXE_SCRIPT = AXE_FILE_PATH.read_text()


def axe_violations(page):
    """axe-core's WCAG 2.1 A and AA violations on the page, with a readable report.

    axe-core is injected unless the context already adds it to every page (an init script:
    sending its 500 kB once per module rather than once per test)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    response = page.evaluate(
        "options => axe.run(document, options)",
        {
            "runOnly": {"type": "tag", "values": WCAG_21_AA_TAGS},
            "resultTypes": ["violations"],
        },
    )
    return response["violations"], AxeResults(response).generate_report()


# Styles that show focus. An element shows focus when, focused, its outline or box-shadow
# differs from the same element unfocused and is actually drawn.
_STYLE_OF_JS = """
const styleOf = (el) => {
  const s = getComputedStyle(el);
  return {outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth,
          outlineColor: s.outlineColor, boxShadow: s.boxShadow};
};
"""


def mark_focusables(page):
    """Number every element a keyboard user should reach with Tab and record its focus
    styles while unfocused: {index: {"style": …, "name": …}}. Elements not rendered are left
    out, and so are the contents of closed <details> (reached through their summary), except
    the language switcher's links, which the keyboard walk opens.
    """
    return page.evaluate(
        "() => {"
        + _STYLE_OF_JS
        + """
          const candidates = document.querySelectorAll(
            'a[href], button, input, select, textarea, summary, [tabindex]');
          const found = {};
          let i = 0;
          for (const el of candidates) {
            if (el.tabIndex < 0 || el.disabled) continue;
            // Only the language switcher is opened by the walk; the contents of other closed
            // <details> (such as the map's list of cities) wait behind their summary.
            const inClosedDetails = !!el.closest('details:not([open]) > :not(summary)');
            if (inClosedDetails && !el.closest('.language-switcher')) continue;
            if (!inClosedDetails && !el.checkVisibility({visibilityProperty: true})) continue;
            el.dataset.focusIndex = String(i);
            found[i] = {style: styleOf(el), name: el.outerHTML.slice(0, 120)};
            i += 1;
          }
          return found;
        }"""
    )


def focused_element(page):
    """What has focus now: identity, place, visibility and focus styles."""
    return page.evaluate(
        "() => {"
        + _STYLE_OF_JS
        + """
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const r = el.getBoundingClientRect();
          return {
            index: el.dataset.focusIndex ?? null,
            tag: el.tagName.toLowerCase(), id: el.id,
            classes: typeof el.className === 'string' ? el.className : '',
            href: el.getAttribute('href'), lang: el.getAttribute('lang'),
            text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim(),
            inMain: !!el.closest('main'), inHeader: !!el.closest('header'),
            inLanguageSwitcher: !!el.closest('.language-switcher'),
            inFilters: !!el.closest('.filters'),
            visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                     && r.top < innerHeight && r.left < innerWidth,
            style: styleOf(el),
          };
        }"""
    )


def _px(value):
    return float(value.removesuffix("px") or 0)


def focus_indicator_problem(focused, unfocused_style):
    """None if the focused element shows a visible focus indicator, else why not."""
    style = focused["style"]
    outline = style["outlineStyle"] != "none" and _px(style["outlineWidth"]) >= 1
    outline_changed = (style["outlineStyle"], style["outlineWidth"], style["outlineColor"]) != (
        unfocused_style["outlineStyle"],
        unfocused_style["outlineWidth"],
        unfocused_style["outlineColor"],
    )
    shadow = style["boxShadow"] != "none" and style["boxShadow"] != unfocused_style["boxShadow"]
    if (outline and outline_changed) or shadow:
        return None
    return f"no visible focus indicator: focused {style}, unfocused {unfocused_style}"


def horizontal_overflow(page):
    """The document's scroll width and the elements that stick out to the right."""
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          const culprits = [];
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width && r.right > width + 1) {
              culprits.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
                            + ' right=' + Math.round(r.right));
            }
          }
          return {scrollWidth: document.documentElement.scrollWidth,
                  culprits: culprits.slice(0, 10)};
        }"""
    )


def clipped_content(page):
    """Elements whose overflow is hidden and whose content no longer fits (cut text)."""
    return page.evaluate(
        """() => {
          const problems = [];
          for (const el of document.body.querySelectorAll('*')) {
            const s = getComputedStyle(el);
            if (s.display === 'none' || s.visibility === 'hidden') continue;
            // The visually-hidden pattern clips to 1 px on purpose: screen readers read it.
            if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
            const hidesY = ['hidden', 'clip'].includes(s.overflowY);
            const hidesX = ['hidden', 'clip'].includes(s.overflowX)
                           || s.textOverflow === 'ellipsis';
            const name = el.tagName.toLowerCase() + (el.className ? '.' + el.className : '');
            if (hidesY && el.scrollHeight > el.clientHeight + 1)
              problems.push(`${name}: ${el.scrollHeight}px of content in ${el.clientHeight}px`);
            if (hidesX && el.scrollWidth > el.clientWidth + 1)
              problems.push(`${name}: ${el.scrollWidth}px of content in ${el.clientWidth}px wide`);
          }
          return problems;
        }"""
    )


def tofu_characters(page, pattern, selector="body"):
    """The characters of ``pattern`` (a JS regex source, Unicode) in the visible text of
    ``selector`` that render as the missing-glyph box, and all the characters checked.

    Each character is drawn on a canvas in the font of the element it appears in and
    compared pixel by pixel with a character no font has (U+10FFFF): a character that
    draws the same as that box is tofu.
    """
    return page.evaluate(
        """([pattern, selector]) => {
          const re = new RegExp(pattern, 'u');
          const walker = document.createTreeWalker(
            document.querySelector(selector), NodeFilter.SHOW_TEXT);
          const fonts = new Map();  // character -> font of the element it is in
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const el = node.parentElement;
            if (!el || !el.getClientRects().length) continue;  // not rendered
            const s = getComputedStyle(el);
            const font = `${s.fontStyle} ${s.fontWeight} 32px ${s.fontFamily}`;
            for (const ch of node.data) if (re.test(ch) && !fonts.has(ch)) fonts.set(ch, font);
          }
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 48;
          const ctx = canvas.getContext('2d', {willReadFrequently: true});
          const draw = (ch, font) => {
            ctx.clearRect(0, 0, 48, 48);
            ctx.font = font;
            ctx.fillText(ch, 4, 36);
            return ctx.getImageData(0, 0, 48, 48).data.join(',');
          };
          const missing = String.fromCodePoint(0x10FFFF);
          const tofu = [];
          for (const [ch, font] of fonts) if (draw(ch, font) === draw(missing, font)) tofu.push(ch);
          return {checked: [...fonts.keys()].join(''), tofu: tofu.join('')};
        }""",
        [pattern, selector],
    )


def png_size(path):
    """(width, height) of a PNG file, read from its header."""
    with open(path, "rb") as file:
        header = file.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])
