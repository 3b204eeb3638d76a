"""Visitors filter the three listings: good values narrow them, bad values never break them."""

import pytest
from bs4 import BeautifulSoup

from .conftest import build_small_network, module_content

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def network(django_db_setup, django_db_blocker):
    with module_content(django_db_blocker):
        yield build_small_network()


def get(client, url, params=None, status=200):
    response = client.get(url, params or {})
    assert response.status_code == status, (url, params, response.status_code)
    return response, BeautifulSoup(response.content, "html.parser")


def card_titles(soup):
    return [node.get_text(strip=True) for node in soup.select(".card-list > li > h2")]


def result_count(soup):
    return soup.select_one(".result-count").get_text(" ", strip=True)


def notes(soup):
    return [node.get_text(" ", strip=True) for node in soup.select(".listing-status .notice")]


# Cities -------------------------------------------------------------------------------------


def test_city_listing_shows_every_city_with_its_facts(client, network):
    _, soup = get(client, "/en/cities/")
    assert card_titles(soup) == ["Da Nang", "Glasgow", "Hamburg", "Lyon", "Seoul", "Sydney"]
    assert result_count(soup) == "6 cities"
    hamburg = soup.select(".card-list > li")[2].get_text(" ", strip=True)
    assert "Germany" in hamburg and "European Union" in hamburg
    assert "Population: 1,853,935" in hamburg
    assert "Energy efficiency" in hamburg and "Smart city and urban innovation" in hamburg
    glasgow = soup.select(".card-list > li")[1].get_text(" ", strip=True)
    assert "Alliance of cities" in glasgow and "Population" not in glasgow


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "DE"}, ["Hamburg"]),
        ({"region": "partner"}, ["Da Nang", "Seoul", "Sydney"]),
        ({"region": "eu"}, ["Glasgow", "Hamburg", "Lyon"]),
        ({"theme": "energy-efficiency"}, ["Hamburg", "Seoul"]),
        ({"theme": "green-technologies", "region": "partner"}, ["Da Nang"]),
    ],
)
def test_city_filters_narrow_and_combine(client, network, params, expected):
    _, soup = get(client, "/en/cities/", params)
    assert card_titles(soup) == expected
    count = len(expected)
    assert result_count(soup) == f"{count} {'city' if count == 1 else 'cities'}"
    for name, value in params.items():
        # The form shows what was chosen, so the next change keeps it.
        assert soup.select_one(f"select[name={name}] option[selected]")["value"] == value
    assert soup.select_one(".filters a").get_text(strip=True) == "Clear all filters"


def test_city_filter_options_show_only_countries_with_cities(client, network):
    _, soup = get(client, "/en/cities/")
    options = [o.get_text(strip=True) for o in soup.select("select[name=country] option")]
    assert options == [
        "All countries",
        "Australia",
        "France",
        "Germany",
        "South Korea",
        "United Kingdom",
        "Vietnam",
    ]
    labels = {label["for"]: label.get_text(strip=True) for label in soup.select(".filters label")}
    assert labels == {
        "filter-country": "Country",
        "filter-region": "Region",
        "filter-theme": "Theme",
    }


def test_no_match_says_so_and_offers_to_clear(client, network):
    _, soup = get(client, "/en/cities/", {"country": "FR", "region": "partner"})
    assert card_titles(soup) == []
    assert result_count(soup) == "0 cities"
    empty = soup.select_one(".listing-empty")
    assert "Nothing matches these filters." in empty.get_text()
    assert empty.select_one("a")["href"] == "/en/cities/"


def test_a_valid_country_without_cities_is_an_empty_result_not_an_error(client, network):
    _, soup = get(client, "/en/cities/", {"country": "PL"})
    assert card_titles(soup) == [] and notes(soup) == []


@pytest.mark.parametrize(
    ("params", "bad", "label", "expected"),
    [
        ({"theme": "nonsense"}, "nonsense", "Theme", 6),
        ({"country": "ZZ"}, "ZZ", "Country", 6),
        ({"region": "asia"}, "asia", "Region", 6),
        ({"country": "DE", "theme": "<script>"}, "<script>", "Theme", 1),
    ],
)
def test_city_filters_ignore_bad_values_with_a_note(client, network, params, bad, label, expected):
    response, soup = get(client, "/en/cities/", params)
    assert len(card_titles(soup)) == expected
    assert notes(soup) == [f"“{bad}” is not a valid choice for “{label}”, so it was ignored."]
    assert b"<script>" not in response.content.split(b"</head>")[1]
    # The ignored value is not kept in the form.
    name = next(key for key, value in params.items() if value == bad)
    assert soup.select_one(f"select[name={name}] option[selected]") is None


# Pairs --------------------------------------------------------------------------------------


def test_pair_listing_shows_both_cities_status_and_cycle(client, network):
    _, soup = get(client, "/en/pairs/")
    assert card_titles(soup) == ["Glasgow and Da Nang", "Hamburg and Seoul", "Lyon and Sydney"]
    card = soup.select(".card-list > li")[1]
    links = [a["href"] for a in card.select(".pair-cities a")]
    assert links == ["/en/cities/hamburg/", "/en/cities/seoul/"]
    text = card.get_text(" ", strip=True)
    assert "Active" in text and "Cycle 2017–2018" in text and "South Korea" in text


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "KR"}, ["Hamburg and Seoul"]),
        ({"cycle": "2017-2018"}, ["Glasgow and Da Nang", "Hamburg and Seoul"]),
        ({"status": "proposed"}, ["Lyon and Sydney"]),
        ({"theme": "energy-efficiency", "status": "active"}, ["Hamburg and Seoul"]),
        ({"theme": "energy-efficiency", "status": "completed"}, []),
    ],
)
def test_pair_filters(client, network, params, expected):
    _, soup = get(client, "/en/pairs/", params)
    assert card_titles(soup) == expected


def test_pair_country_filter_offers_partner_countries_only(client, network):
    _, soup = get(client, "/en/pairs/")
    options = [o["value"] for o in soup.select("select[name=country] option") if o["value"]]
    assert options == ["AU", "KR", "VN"]
    cycles = [o.get_text() for o in soup.select("select[name=cycle] option") if o["value"]]
    assert cycles == ["2017–2018", "2019–2020"]


@pytest.mark.parametrize(
    "params",
    [{"status": "bogus"}, {"cycle": "1999-2000"}, {"country": "DE"}, {"theme": "x" * 5000}],
)
def test_pair_filters_ignore_bad_values(client, network, params):
    _, soup = get(client, "/en/pairs/", params)
    assert len(card_titles(soup)) == 3
    assert len(notes(soup)) == 1


# Good practices -----------------------------------------------------------------------------


def test_case_study_listing_newest_first(client, network):
    _, soup = get(client, "/en/good-practices/")
    assert card_titles(soup) == ["Electric trams", "LED street lights"]
    assert result_count(soup) == "2 good practices"
    led = soup.select(".card-list > li")[1].get_text(" ", strip=True)
    assert "2018" in led and "Hamburg" in led and "Seoul" in led and "Government" in led


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "energy-efficiency"}, ["LED street lights"]),
        ({"country": "KR"}, ["LED street lights"]),
        ({"sector": "research"}, ["Electric trams"]),
        ({"year": "2018"}, ["LED street lights"]),
        ({"year": "2018", "sector": "business"}, []),
    ],
)
def test_case_study_filters(client, network, params, expected):
    _, soup = get(client, "/en/good-practices/", params)
    assert card_titles(soup) == expected


@pytest.mark.parametrize(
    ("params", "bad"),
    [({"year": "abc"}, "abc"), ({"year": "-1"}, "-1"), ({"sector": "church"}, "church")],
)
def test_case_study_filters_ignore_bad_values(client, network, params, bad):
    _, soup = get(client, "/en/good-practices/", params)
    assert len(card_titles(soup)) == 2
    assert bad in notes(soup)[0]


# Pages of results ---------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["-1", "0", "000", "abc", "1.5", "2e3", "²", "١"])
@pytest.mark.parametrize("url", ["/en/cities/", "/en/pairs/", "/en/good-practices/"])
def test_page_numbers_that_cannot_exist_are_404(client, network, url, page):
    get(client, url, {"page": page}, status=404)


def test_page_past_the_end_shows_the_last_page_with_a_note(client, network):
    _, soup = get(client, "/en/cities/", {"page": "999"})
    assert len(card_titles(soup)) == 6
    assert notes(soup) == ["There is no page 999, so the last page is shown."]


def test_a_huge_page_number_is_past_the_end_not_an_error(client, network):
    _, soup = get(client, "/en/cities/", {"page": "9" * 5000})
    assert len(card_titles(soup)) == 6
    assert notes(soup) == ["There is no page 999999999999…, so the last page is shown."]
    _, soup = get(client, "/en/cities/", {"page": "0001"})
    assert len(card_titles(soup)) == 6 and notes(soup) == []


def test_filters_are_plain_get_forms(client, network):
    _, soup = get(client, "/en/cities/")
    form = soup.select_one("form.listing-filters")
    assert form["method"] == "get" and form["action"] == "/en/cities/"
    assert form.select_one("button[type=submit]")
    for select in form.select("select"):
        assert soup.select_one(f"label[for={select['id']}]")


# The bad values, on every listing -----------------------------------------------------

LISTINGS = {
    # url: how many items the small network shows there, all on one page
    "/en/cities/": 6,
    "/en/pairs/": 3,
    "/en/good-practices/": 2,
}


@pytest.mark.parametrize("url", list(LISTINGS))
def test_every_listing_ignores_an_unknown_theme_with_a_note(client, network, url):
    _, soup = get(client, url, {"theme": "nonsense"})
    assert len(card_titles(soup)) == LISTINGS[url]
    assert notes(soup) == ["“nonsense” is not a valid choice for “Theme”, so it was ignored."]


@pytest.mark.parametrize("url", list(LISTINGS))
def test_every_listing_shows_its_last_page_for_page_999(client, network, url):
    _, soup = get(client, url, {"page": "999"})
    assert len(card_titles(soup)) == LISTINGS[url]
    assert notes(soup) == ["There is no page 999, so the last page is shown."]


@pytest.mark.parametrize("url", list(LISTINGS))
def test_every_listing_answers_page_minus_one_with_a_404(client, network, url):
    get(client, url, {"page": "-1"}, status=404)
    get(client, url, {"theme": "energy-efficiency", "page": "-1"}, status=404)


@pytest.mark.parametrize("url", list(LISTINGS))
def test_every_listing_survives_year_abc(client, network, url):
    _, soup = get(client, url, {"year": "abc"})
    assert len(card_titles(soup)) == LISTINGS[url]
    if url == "/en/good-practices/":
        assert notes(soup) == ["“abc” is not a valid choice for “Year”, so it was ignored."]
    else:
        # Cities and pairs have no year filter: like any parameter a listing does not read
        # (a tracking tag, say), it changes nothing and needs no note.
        assert notes(soup) == []


@pytest.mark.parametrize("url", list(LISTINGS))
def test_every_listing_takes_all_the_bad_values_at_once(client, network, url):
    _, soup = get(client, url, {"theme": "nonsense", "year": "abc", "page": "999"})
    assert len(card_titles(soup)) == LISTINGS[url]
    assert "“nonsense” is not a valid choice for “Theme”, so it was ignored." in notes(soup)
    assert "There is no page 999, so the last page is shown." in notes(soup)
    # The ignored value does not leak into the pagination links or the form.
    assert "nonsense" not in str(soup.select_one("form.listing-filters"))
