"""Issue 7: how queries and page text are folded, parsed and highlighted (no database)."""

import pytest

from search import highlight, text
from search.query import MAX_TERMS, parse


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("Hà Nội", "ha noi"),
        ("Đà Nẵng", "da nang"),
        ("Košice", "kosice"),
        ("Málaga", "malaga"),
        ("Straße", "strasse"),
        ("Αθήνα", "αθηνα"),
        ("Ħal Qormi", "hal qormi"),
        ("Łódź", "lodz"),
        ("Йордан", "йордан"),  # a letter of its own in Bulgarian, kept as unaccent keeps it
        ("서울에서는", "서울에서는"),  # Hangul decomposes into jamo; folding composes it again
        ("ＡＢＣ", "abc"),
    ],
)
def test_folding_matches_postgresql_unaccent_and_lower(original, folded):
    assert text.fold(original) == folded


def test_compact_text_only_for_scripts_written_without_spaces_between_compounds():
    assert text.compact("서울에서는 스마트 시티, Seoul!") == "서울에서는스마트시티seoul"
    assert text.compact("Smart city in Seoul") == ""


def test_spaced_words_let_a_substring_test_find_word_starts():
    assert text.spaced("Hà Nội, the capital") == " ha noi the capital "


@pytest.mark.parametrize(
    "query",
    ["'", '"', "&", "|", "!", ":*", "\\", "%", "_", "\x00", "' OR 1=1 --", "a:* & !b | c\\"],
)
def test_queries_become_words_never_tsquery_syntax(query):
    for term in parse(query).terms:
        assert term.word.isalnum()
        assert term.tsquery in (f"'{term.word}'", f"'{term.word}':*")


def test_parse_drops_lone_letters_next_to_words_and_keeps_ten_words():
    assert [t.word for t in parse("l'Europe des villes").terms] == ["europe", "des", "villes"]
    assert [t.word for t in parse("x").terms] == ["x"]
    many = parse(" ".join(f"word{n}" for n in range(14)))
    assert len(many.terms) == MAX_TERMS and many.dropped == 4


def test_short_words_match_whole_and_longer_ones_as_prefixes():
    terms = {t.word: t for t in parse("ha noi cooperation 서울").terms}
    assert not terms["ha"].prefix
    assert terms["noi"].prefix and terms["cooperation"].prefix
    assert terms["서울"].spaceless and terms["서울"].prefix


def test_highlight_marks_folded_matches_in_the_original_text():
    html = highlight.highlight("Thành phố Hà Nội", parse("ha noi").terms)
    assert html == "Thành phố <mark>Hà</mark> <mark>Nội</mark>"


def test_highlight_marks_korean_compounds_across_the_space():
    html = highlight.highlight("서울에서는 스마트 시티 사업", parse("스마트시티 서울").terms)
    assert html == "<mark>서울</mark>에서는 <mark>스마트 시티</mark> 사업"


def test_highlight_escapes_everything_it_does_not_mark():
    html = highlight.highlight('<b onclick="x">Lisbon</b> & co', parse("lisbon").terms)
    assert html == "&lt;b onclick=&quot;x&quot;&gt;<mark>Lisbon</mark>&lt;/b&gt; &amp; co"


def test_excerpt_is_cut_around_the_first_match():
    body = " ".join(["filler"] * 60) + " the Lisbon docks " + " ".join(["more"] * 80)
    html = highlight.excerpt(body, parse("lisbon").terms)
    assert html.startswith("… ") and html.endswith(" …")
    assert "<mark>Lisbon</mark>" in html
    assert len(html) < highlight.EXCERPT_LENGTH + 40


def test_headline_markers_become_marks_and_the_rest_is_escaped():
    html = highlight.from_headline("a <i>\x01city\x02</i> & \x01cities\x02")
    assert html == "a &lt;i&gt;<mark>city</mark>&lt;/i&gt; &amp; <mark>cities</mark>"
    assert highlight.from_headline("nothing marked") is None
