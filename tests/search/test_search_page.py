"""Issue 7: what a visitor sees on /<language>/search/, on SQLite and on PostgreSQL."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from .conftest import home_of
from .factories import StandardPageFactory, paragraphs

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pages(module_db):
    en, ko, vi = home_of("en"), home_of("ko"), home_of("vi")
    korean, vietnamese = Locale.objects.get(language_code="ko"), vi.locale
    return {
        "hanoi": StandardPageFactory(
            parent=en, title="Hà Nội", intro="Green transport in the capital of Vietnam."
        ),
        "kosice": StandardPageFactory(
            parent=en, title="Košice", body=paragraphs("<p>An old town in eastern Slovakia.</p>")
        ),
        "malaga": StandardPageFactory(
            parent=en, title="Málaga", intro="Port city on the Costa del Sol."
        ),
        "lisbon_title": StandardPageFactory(
            parent=en,
            title="Lisbon waterfront",
            body=paragraphs("<p>Renewal of the river bank, step by step.</p>"),
        ),
        "lisbon_body": StandardPageFactory(
            parent=en,
            title="Harbour stories",
            body=paragraphs(
                "<p>Many ports renewed their docks; one of them is Lisbon, others followed.</p>"
            ),
        ),
        "unsafe": StandardPageFactory(
            parent=en,
            title='Zanzibar <script>alert("title")</script>',
            body=paragraphs("<p>&lt;b&gt;Zanzibar&lt;/b&gt; spice &amp; trade routes.</p>"),
        ),
        "seoul": StandardPageFactory(
            parent=ko,
            locale=korean,
            title="도시 협력 이야기",
            body=paragraphs("<p>서울에서는 시민과 함께 스마트 시티 사업을 추진합니다.</p>"),
        ),
        "hanoi_vi": StandardPageFactory(
            parent=vi,
            locale=vietnamese,
            title="Thành phố Hà Nội",
            intro="Giao thông xanh ở thủ đô.",
        ),
    }


def get(client, language, **params):
    return client.get(f"/{language}/search/", params)


def result_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(" ", strip=True) for h in soup.select(".search-result__title")]


def notices(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(n.get_text(" ", strip=True) for n in soup.select("[role=alert], [role=status]"))


# Language-scoped results --------------------------------------------------------------


def test_results_come_from_the_visitors_language_only(client, pages):
    assert result_titles(get(client, "en", q="Zanzibar")) == [pages["unsafe"].title]
    assert result_titles(get(client, "ko", q="Zanzibar")) == []
    assert result_titles(get(client, "vi", q="Zanzibar")) == []
    assert result_titles(get(client, "en", q="서울")) == []


def test_results_link_to_the_page_in_the_visitors_language(client, pages):
    response = get(client, "vi", q="Hà Nội")
    soup = BeautifulSoup(response.content, "html.parser")
    links = [a["href"] for a in soup.select(".search-result__title a")]
    assert links == [pages["hanoi_vi"].get_url()]
    assert links[0].startswith("/vi/")


# Accents ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "page"),
    [("Ha Noi", "hanoi"), ("ha noi", "hanoi"), ("Kosice", "kosice"), ("Malaga", "malaga")],
)
def test_accents_are_ignored(client, pages, query, page):
    assert pages[page].title in result_titles(get(client, "en", q=query))


def test_words_typed_together_rank_first(client, pages):
    vi = home_of("vi")
    StandardPageFactory(parent=vi, locale=vi.locale, title="Hoa", intro="Hà Lan nổi tiếng về hoa.")
    StandardPageFactory(parent=vi, locale=vi.locale, title="Thủ đô", intro="Thủ đô Hà Nội.")
    # Without accents both intros have "ha" and "noi"; the one with them side by side ranks
    # first (without that, the older page would).
    titles = result_titles(get(client, "vi", q="ha noi"))
    assert titles == [pages["hanoi_vi"].title, "Thủ đô", "Hoa"]


def test_accents_are_ignored_in_vietnamese(client, pages):
    assert result_titles(get(client, "vi", q="thanh pho ha noi")) == [pages["hanoi_vi"].title]
    assert result_titles(get(client, "vi", q="giao thong xanh")) == [pages["hanoi_vi"].title]


# Korean -------------------------------------------------------------------------------


def test_korean_word_finds_it_followed_by_a_particle(client, pages):
    response = get(client, "ko", q="서울")
    assert result_titles(response) == [pages["seoul"].title]
    soup = BeautifulSoup(response.content, "html.parser")
    assert "서울" in soup.select_one(".search-result__excerpt mark").get_text()


def test_korean_compound_finds_it_written_with_a_space(client, pages):
    response = get(client, "ko", q="스마트시티")
    assert result_titles(response) == [pages["seoul"].title]
    marked = BeautifulSoup(response.content, "html.parser").select(".search-result__excerpt mark")
    assert [mark.get_text() for mark in marked] == ["스마트 시티"]


def test_korean_words_spaced_find_the_page_too(client, pages):
    assert result_titles(get(client, "ko", q="스마트 시티 서울")) == [pages["seoul"].title]
    assert result_titles(get(client, "ko", q="부산")) == []


# Ranking and highlighting -------------------------------------------------------------


def test_a_title_match_ranks_above_a_body_match(client, pages):
    assert result_titles(get(client, "en", q="Lisbon")) == [
        pages["lisbon_title"].title,
        pages["lisbon_body"].title,
    ]


def test_matched_words_are_marked_and_everything_else_is_escaped(client, pages):
    response = get(client, "en", q="zanzibar <b>")
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in html
    soup = BeautifulSoup(html, "html.parser")
    result = soup.select_one(".search-result")
    assert result.select_one(".search-result__title mark").get_text() == "Zanzibar"
    excerpt = result.select_one(".search-result__excerpt")
    assert excerpt.find("b") is None  # the page's "<b>" is text, never markup
    assert "spice & trade routes" in excerpt.get_text()
    assert [mark.get_text() for mark in excerpt.select("mark")] == ["Zanzibar"]
    # The query itself is only ever shown escaped.
    assert soup.select_one("#search-q")["value"] == "zanzibar <b>"


def test_result_shows_type_and_date(client, pages):
    response = get(client, "en", q="Kosice")
    soup = BeautifulSoup(response.content, "html.parser")
    meta = soup.select_one(".search-result__meta")
    assert meta.select_one(".search-result__type").get_text() == "Page"
    published = pages["kosice"].first_published_at.date().isoformat()
    assert meta.select_one("time")["datetime"] == published

    korean = BeautifulSoup(get(client, "ko", q="서울").content, "html.parser")
    assert korean.select_one(".search-result__type").get_text() == "페이지"


# Filters ------------------------------------------------------------------------------


def test_type_filter(client, pages):
    # "Vietnam" is in the English home page's introduction and in one standard page.
    everything = result_titles(get(client, "en", q="Vietnam"))
    assert pages["hanoi"].title in everything and "World Cities" in everything
    assert result_titles(get(client, "en", q="Vietnam", type="page")) == [pages["hanoi"].title]
    assert result_titles(get(client, "en", q="Vietnam", type="section")) == ["World Cities"]


def test_type_filter_offers_counts_for_the_current_search(client, pages):
    soup = BeautifulSoup(get(client, "en", q="Vietnam").content, "html.parser")
    options = [option.get_text(strip=True) for option in soup.select("#search-type option")]
    assert options == ["All types", "Section (1)", "Page (1)"]


# Messages -----------------------------------------------------------------------------


def test_empty_query_explains_what_to_do(client, pages):
    response = get(client, "en")
    assert response.status_code == 200
    assert "Type one or more words in the search box" in response.content.decode()
    assert result_titles(response) == []


def test_no_results_says_so_and_suggests(client, pages):
    response = get(client, "de", q="Atlantis")
    assert response.status_code == 200
    assert "Keine Ergebnisse für „Atlantis“" in notices(response)


# Pagination ---------------------------------------------------------------------------


def test_pagination_keeps_the_query_and_filters(client, pages):
    home = home_of("en")
    for number in range(12):
        StandardPageFactory(parent=home, title=f"Wombat survey {number:02d}")
    first = get(client, "en", q="wombat", type="page")
    assert len(result_titles(first)) == 10
    soup = BeautifulSoup(first.content, "html.parser")
    assert soup.select_one("a[rel=next]")["href"] == "?q=wombat&type=page&page=2"
    second = get(client, "en", q="wombat", type="page", page="2")
    assert len(result_titles(second)) == 2
    assert "Page 2 of 2" in second.content.decode()
    beyond = get(client, "en", q="wombat", type="page", page="99")
    assert beyond.status_code == 200 and len(result_titles(beyond)) == 2


def test_the_number_of_queries_does_not_grow_with_the_results(client, pages):
    home = home_of("en")
    for number in range(3):
        StandardPageFactory(parent=home, title=f"Numbat {number}")
    for number in range(12):  # more than a page of results
        StandardPageFactory(parent=home, title=f"Quokka {number}")
    get(client, "en", q="numbat")

    with CaptureQueriesContext(connection) as few:
        assert len(result_titles(get(client, "en", q="numbat"))) == 3
    with CaptureQueriesContext(connection) as many:
        assert len(result_titles(get(client, "en", q="quokka"))) == 10
    assert len(few) == len(many)


# Promotions ---------------------------------------------------------------------------


def test_promotions_are_pinned_per_language(client, pages):
    query = Query.get("Port city")
    SearchPromotion.objects.create(query=query, page=pages["seoul"], description="서울 소개")
    SearchPromotion.objects.create(query=query, page=pages["malaga"], description="About Málaga")

    korean = get(client, "ko", q="port  City")
    promoted = BeautifulSoup(korean.content, "html.parser").select(".search-promotions li")
    assert [li.a.get_text() for li in promoted] == [pages["seoul"].title]
    assert "서울 소개" in promoted[0].get_text()

    english = get(client, "en", q="Port city")
    promoted = BeautifulSoup(english.content, "html.parser").select(".search-promotions li")
    assert [li.a.get_text() for li in promoted] == ["Málaga"]
    # Málaga matches "port city" too, but is not listed a second time under the promotion.
    assert "Málaga" not in result_titles(english)
    assert "Málaga" in result_titles(get(client, "en", q="port city costa"))


# Caching ------------------------------------------------------------------------------


def test_search_is_never_cached(client, pages):
    response = get(client, "en", q="Lisbon")
    assert "no-store" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]


# Bad input ----------------------------------------------------------------------------

BAD_QUERIES = [
    "x" * 10_000,
    "'",
    '"',
    "&",
    "|",
    "!",
    ":*",
    "\\",
    "%",
    "%%_",
    "city\x00hall",
    "\x00",
    "Seoul 서울 Hà Nội Αθήνα София",
    "' OR 1=1 --",
    "lisbon & !porto | (faro:*)",
    "<script>alert(1)</script>",
    "a b c d e f g h i j k l m n",
]


@pytest.mark.parametrize("query", BAD_QUERIES, ids=lambda q: repr(q[:20]))
@pytest.mark.parametrize("language", ["en", "ko"])
def test_bad_queries_get_a_clear_answer(client, pages, query, language):
    response = get(client, language, q=query)
    assert response.status_code in (200, 400)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("h1").get_text() == ("Search" if language == "en" else "검색")
    if response.status_code == 400:
        assert soup.select_one("[role=alert]").get_text(strip=True)


def test_too_long_a_query_is_refused_with_a_message(client, pages):
    response = get(client, "en", q="lisbon " * 1500)
    assert response.status_code == 400
    assert "Your search is too long. Use at most 200 characters." in notices(response)
    # What fits in the box is kept for the visitor to shorten.
    value = BeautifulSoup(response.content, "html.parser").select_one("#search-q")["value"]
    assert value.startswith("lisbon lisbon") and len(value) <= 200


def test_nul_bytes_are_refused_with_a_message(client, pages):
    response = get(client, "fr", q="Lisbon\x00")
    assert response.status_code == 400
    assert "caractères" in notices(response)


def test_punctuation_only_says_there_is_nothing_to_look_for(client, pages):
    response = get(client, "en", q="&|!:*\\%")
    assert response.status_code == 200
    assert "no letters or numbers" in notices(response)


def test_at_most_ten_words_are_used_and_the_visitor_is_told(client, pages):
    response = get(client, "en", q="lisbon one two three four five six seven eight nine ten")
    assert response.status_code == 200
    notice = BeautifulSoup(response.content, "html.parser").select_one(".notice")
    assert "1 word at the end of your search was left out" in notice.get_text()


def test_operators_are_words_not_syntax(client, pages):
    assert result_titles(get(client, "en", q="lisbon & !waterfront | :*")) == [
        pages["lisbon_title"].title
    ]


@pytest.mark.parametrize("page", ["abc", "0", "-1", "1.5e3", "1" * 5000, "\x00", "２"])
def test_a_page_that_is_not_a_number_shows_the_first_page(client, pages, page):
    response = get(client, "en", q="Lisbon", page=page)
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "page number" in notices(response)
    assert result_titles(response)[0] == pages["lisbon_title"].title


@pytest.mark.parametrize("params", [{"type": "spaceship"}, {"theme": "no-such-theme"}])
def test_unknown_filters_are_ignored_with_a_message(client, pages, params):
    response = get(client, "en", q="Lisbon", **params)
    assert response.status_code == 400
    assert "no such" in notices(response)
    assert len(result_titles(response)) == 2
