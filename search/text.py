"""How text is folded for matching, the same way for indexed pages and for queries.

Folding is what makes ``Ha Noi`` find ``Hà Nội`` and ``Kosice`` find ``Košice`` on every
database: Unicode compatibility forms are unified, case is folded, and accents are dropped
the way PostgreSQL's ``unaccent`` drops them (so that both databases agree, and so that the
highlighter finds in the original text what the database matched).

Korean is written with spaces, but compounds appear both spaced and unspaced (``스마트 시티``
and ``스마트시티``) and particles stick to the word they follow (``서울에서는``). Words of such
scripts are matched as substrings of the *compact* text (folded, with every space and
punctuation mark removed), which answers both cases.
"""

import re
import unicodedata

# Letters that have no decomposition but that unaccent folds all the same.
_EXTRA_FOLDS = str.maketrans(
    {
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ł": "l",
        "ŀ": "l",
        "þ": "th",
        "ŧ": "t",
        "ß": "ss",
    }
)
# Letters a decomposition would strip but that unaccent keeps: Cyrillic short i is its own
# letter in Bulgarian, not an accented и.
_KEEP = frozenset("йЙ")

# Scripts whose words are matched as substrings of the compact text: Hangul (syllables and
# jamo), kana, CJK ideographs and Thai.
SPACELESS_SCRIPT = re.compile(
    "[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff]"
)
# A word: letters and digits (underscores and punctuation separate words).
WORD = re.compile(r"[^\W_]+")
# Control characters never reach the index: NUL cannot be stored in PostgreSQL text, and
# \x01/\x02 mark highlighted words in PostgreSQL's ts_headline output.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def fold_character(char):
    """One character folded: compatibility form, lower case, no accents."""
    if char in _KEEP:
        return char.casefold()
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Hangul syllables decompose into jamo: compose them again.
    return unicodedata.normalize("NFC", kept).casefold().translate(_EXTRA_FOLDS)


def fold(text):
    """Text folded for matching (see ``fold_character``)."""
    text = unicodedata.normalize("NFC", text)
    return "".join(fold_character(char) for char in text)


def words(text):
    """The folded words of a text."""
    return WORD.findall(fold(text))


def spaced(text):
    """Folded words joined by single spaces, with a space at each end.

    ``" " + word`` then finds a word that starts with ``word`` and ``" " + word + " "`` the
    word itself, with a plain substring test (SQLite's LIKE, Python's ``in``).
    """
    found = words(text)
    return f" {' '.join(found)} " if found else ""


def compact(text):
    """The folded text without spaces or punctuation, for scripts written without spaces.

    Empty when the text has no character of such a script: the column then costs nothing
    on pages that no Korean search can match anyway.
    """
    folded_words = words(text)
    if not any(SPACELESS_SCRIPT.search(word) for word in folded_words):
        return ""
    return "".join(folded_words)


def is_spaceless(word):
    return SPACELESS_SCRIPT.search(word) is not None


def clean(text):
    """Text safe to store and to display: composed, no control characters, single spaces."""
    return " ".join(unicodedata.normalize("NFC", CONTROL_CHARACTERS.sub(" ", text)).split())
