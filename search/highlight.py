"""Excerpts with the matched words in ``<mark>``, always escaped.

Nothing typed by a visitor or an editor is ever output as HTML: every piece of text is
escaped, and only the ``<mark>`` elements added here are markup. On PostgreSQL the excerpt
comes from ``ts_headline`` (which knows the language's stemming: ``cities`` marks ``city``),
with control characters as markers that are turned into ``<mark>`` after escaping. Where it
marks nothing (Korean matched as a substring, or SQLite), the words are found here in the
folded text and marked in the original.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import text
from .query import MARK_END, MARK_START

EXCERPT_LENGTH = 240
LEAD_IN = 60
ELLIPSIS = "…"


def _folded_with_positions(original):
    """The folded text, and for each of its characters the index in ``original``."""
    folded, positions = [], []
    for index, char in enumerate(original):
        for folded_char in text.fold_character(char):
            folded.append(folded_char)
            positions.append(index)
    return "".join(folded), positions


def match_spans(original, terms):
    """Sorted, merged (start, end) ranges of ``original`` that the terms match."""
    folded, positions = _folded_with_positions(original)
    spans = []
    for term in terms:
        if term.spaceless:
            # Compact form: only letters and digits, so a compound matches across a space.
            kept = [i for i, char in enumerate(folded) if char.isalnum()]
            compact = "".join(folded[i] for i in kept)
            start = compact.find(term.word)
            while start != -1:
                first, last = kept[start], kept[start + len(term.word) - 1]
                spans.append((positions[first], positions[last] + 1))
                start = compact.find(term.word, start + 1)
        else:
            tail = r"[^\W_]*" if term.prefix else r"(?![^\W_])"
            for found in re.finditer(r"(?<![^\W_])" + re.escape(term.word) + tail, folded):
                spans.append((positions[found.start()], positions[found.end() - 1] + 1))
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _marked(original, spans, start=0, end=None):
    end = len(original) if end is None else end
    pieces, cursor = [], start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        pieces.append(escape(original[cursor:span_start]))
        pieces.append(f"<mark>{escape(original[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(original[cursor:end]))
    return "".join(pieces)


def highlight(original, terms):
    """The whole text, escaped, with matched words marked (titles)."""
    return mark_safe(_marked(original, match_spans(original, terms)))  # noqa: S308 - escaped


def excerpt(original, terms, length=EXCERPT_LENGTH):
    """About ``length`` characters around the first match, escaped and marked."""
    spans = match_spans(original, terms) if terms else []
    start = 0
    if spans and spans[0][0] > LEAD_IN:
        start = original.rfind(" ", 0, spans[0][0] - LEAD_IN) + 1
    end = len(original)
    if end - start > length:
        end = original.rfind(" ", start, start + length)
        if end <= start:
            end = start + length
    html = _marked(original, spans, start, end).strip()
    if start > 0:
        html = f"{ELLIPSIS} {html}"
    if end < len(original):
        html = f"{html} {ELLIPSIS}"
    return mark_safe(html)  # noqa: S308 - every piece of text is escaped in _marked


def from_headline(headline):
    """``ts_headline`` output, escaped, its markers turned into ``<mark>``; None if unmarked."""
    if MARK_START not in headline:
        return None
    pieces = []
    for index, part in enumerate(re.split(f"[{MARK_START}{MARK_END}]", headline)):
        # Markers alternate start, end: odd-numbered parts are the matched words.
        pieces.append(f"<mark>{escape(part)}</mark>" if index % 2 else escape(part))
    return mark_safe("".join(pieces).strip())  # noqa: S308 - every piece of text is escaped
