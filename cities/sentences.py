"""The sentences of cities' goals and offers: rich text to paragraphs, sentences and terms.

What ``cities.matching`` compares (terms of English sentences) and what
``cities.suggestions`` uses to find the same sentence in a translated page (paragraph and
sentence numbers).
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser


def _word_set(text):
    return frozenset(text.split())


# Function words, and the words every goal and offer is written with ("X wants to learn how…",
# "The city can share its experience of…"), which would otherwise make every city match.
STOP_WORDS = _word_set(
    """
    a about above after again all also am an and any are as at be been being both but by can
    could did do does doing during each few for from further had has have having he her here
    him his how i if in into is it its itself just more most much my no nor not of off on once
    only or other our ours out over own same she should so some such than that the their them
    then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your
    city cities town municipality wants want wanted learn learning share
    sharing shares offer offers experience experiences know knowledge partner partners new
    use using way ways well many several like one two three
    """
)

_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_BLOCK_TAGS = _word_set(
    "p li h1 h2 h3 h4 h5 h6 blockquote div ul ol table tr td th dd dt pre figcaption"
)


def stem(word):
    """A light suffix stripper: emissions → emission, cities → city, sharing/shared → shar.

    Not a full Porter stemmer: it only has to map a word's common English forms onto one
    key, the same way in goals and offers.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is", "ys")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # planning → plann → plan
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]  # share, sharing and shared meet at "shar"
    return word


def terms(text):
    """The content words of a text, lower-cased and stemmed."""
    return [stem(word) for word in _WORD.findall(text.lower()) if word not in STOP_WORDS]


class _BlockText(HTMLParser):
    """The text of each block element (paragraph, list item) of a rich-text field."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self._current = [], []

    def _flush(self):
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS or tag == "br":
            self._flush()

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        self._current.append(data)

    def close(self):
        super().close()
        self._flush()


def paragraphs(html):
    """The paragraphs of rich text as plain text (list items count as paragraphs)."""
    parser = _BlockText()
    parser.feed(html or "")
    parser.close()
    return parser.blocks


def split_sentences(paragraph):
    return [part.strip() for part in _SENTENCE_END.split(paragraph) if part.strip()]


@dataclass(frozen=True)
class SentenceRef:
    """Where a sentence is in a city's English goals or offer, and its text.

    wagtail-localize translates rich text paragraph by paragraph, so the paragraph index finds
    the translated paragraph; the sentence index finds the sentence inside it when the
    translation has as many sentences (``sentences`` records how many the English has).
    """

    field: str  # "goals" or "offer"
    paragraph: int
    sentence: int
    sentences: int
    text: str


def sentence_refs(html, field_name):
    refs = []
    for p_index, paragraph in enumerate(paragraphs(html)):
        parts = split_sentences(paragraph)
        for s_index, text in enumerate(parts):
            refs.append(SentenceRef(field_name, p_index, s_index, len(parts), text))
    return tuple(refs)
