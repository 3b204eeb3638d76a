"""The find-a-partner page: both forms, ranked and paginated results, bad input, queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from cities.partner_scores import rescore_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def small(network):
    cities = {
        "hamburg": network.city(
            "Hamburg",
            "DE",
            ["energy-efficiency"],
            goals="Hamburg wants to learn about flood protection.",
            offer="Hamburg builds heat pumps for schools.",
        ),
        "lyon": network.city("Lyon", "FR", ["smart-city"], offer="Lyon runs open data platforms."),
        "seoul": network.city(
            "Seoul", "KR", ["energy-efficiency"], offer="Seoul knows flood protection."
        ),
        "sydney": network.city("Sydney", "AU", ["smart-city"]),
    }
    page = network.find_partner_page()
    rescore_all()
    return page, cities


def get(client, page, query=""):
    response = client.get(f"{page.url}{query}")
    return response, BeautifulSoup(response.content, "html.parser")


def names(soup):
    return [li.h3.get_text(strip=True) for li in soup.select("li.suggestion")]


def notes(soup):
    return [p.get_text(" ", strip=True) for p in soup.select(".listing-status .notice")]


def test_the_page_offers_both_forms_and_no_results_before_a_choice(client, small):
    page, cities = small
    response, soup = get(client, page)
    assert response.status_code == 200
    forms = soup.select("form[method=get]")
    assert len(forms) == 3  # the site search, then the page's two forms
    city_select = soup.find("select", id="find-city")
    assert soup.find("label", attrs={"for": "find-city"})
    groups = [group["label"] for group in city_select.find_all("optgroup")]
    assert groups == ["European Union", "Partner countries"]
    assert city_select.find("option", string="Seoul (South Korea)")["value"] == str(
        cities["seoul"].pk
    )
    assert soup.find("input", attrs={"name": "theme", "value": "energy-efficiency"})
    assert soup.find("textarea", attrs={"name": "goals"})
    assert soup.find("section", class_="suggestions") is None


def test_picking_a_city_lists_ranked_partners_with_reasons(client, small):
    page, cities = small
    response, soup = get(client, page, f"?city={cities['hamburg'].pk}")
    assert response.status_code == 200
    assert soup.find("h2", id="find-results").get_text() == "Partners suggested for Hamburg"
    assert names(soup) == ["Seoul"]  # Sydney shares nothing with Hamburg; Lyon is EU
    text = soup.select_one("li.suggestion dl").get_text(" ", strip=True)
    assert "Energy efficiency" in text and "Seoul knows flood protection." in text
    assert soup.find("select", id="find-city").find("option", selected=True).get_text() == (
        "Hamburg (Germany)"
    )


def test_describing_a_city_scores_it_against_the_other_region(client, small):
    page, _cities = small
    query = "?region=partner&theme=smart-city&goals=We+want+open+data+platforms."
    response, soup = get(client, page, query)
    assert names(soup) == ["Lyon"]  # Hamburg shares neither a theme nor words with it
    first = soup.select_one("li.suggestion dl").get_text(" ", strip=True)
    assert "Your goals:" in first and "Lyon runs open data platforms." in first
    assert "Smart city" in first
    assert soup.find("input", attrs={"value": "smart-city"}).has_attr("checked")
    assert soup.find("textarea").get_text() == "We want open data platforms."
    # Without a region, cities of both regions are suggested.
    _response, soup = get(client, page, "?theme=energy-efficiency&goals=Heat+pumps+for+schools.")
    assert names(soup) == ["Hamburg", "Seoul"]
    first = soup.select_one("li.suggestion dl").get_text(" ", strip=True)
    assert "Your goals: Heat pumps for schools." in first
    assert "Hamburg can share: Hamburg builds heat pumps for schools." in first


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("?city=999999", "“999999” is not a valid choice for “City of the network”"),
        ("?city=abc", "“abc” is not a valid choice for “City of the network”"),
        ("?city=-1", "“-1” is not a valid choice"),
        ("?region=mars&theme=smart-city", "“mars” is not a valid choice for “Where is your city?”"),
        ("?theme=nonsense&theme=smart-city", "“nonsense” is not a valid choice for “Themes"),
        ("?city={hamburg}&theme=smart-city", "the description of your city was not used"),
    ],
)
def test_bad_input_is_dropped_with_a_visible_note(client, small, query, note):
    page, cities = small
    response, soup = get(client, page, query.format(hamburg=cities["hamburg"].pk))
    assert response.status_code == 200
    assert any(note in text for text in notes(soup)), notes(soup)


def test_a_huge_text_is_cut_with_a_note(client, small):
    page, _cities = small
    goals = "open data platforms " * 5000
    response, soup = get(client, page, f"?goals={goals.replace(' ', '+')}")
    assert response.status_code == 200
    assert any("longer than 500 characters" in text for text in notes(soup))
    assert len(soup.find("textarea").get_text()) <= 500
    assert names(soup)[0] == "Lyon"


@pytest.mark.parametrize("number", ["abc", "-1", "0", "1.5"])
def test_a_page_number_that_cannot_exist_is_a_404(client, small, number):
    page, cities = small
    response = client.get(f"{page.url}?city={cities['hamburg'].pk}&page={number}")
    assert response.status_code == 404


def test_a_page_number_past_the_end_shows_the_last_page(client, small):
    page, cities = small
    response, soup = get(client, page, f"?city={cities['hamburg'].pk}&page=99")
    assert response.status_code == 200
    assert any("There is no page 99" in text for text in notes(soup))
    assert names(soup) == ["Seoul"]


def test_results_are_paginated_and_pages_keep_the_query(client, network):
    hamburg = network.city("Hamburg", "DE", ["smart-city"])
    for n in range(12):
        network.city(f"Partner {n:02}", "KR", ["smart-city"])
    page = network.find_partner_page()
    rescore_all()
    _response, soup = get(client, page, f"?city={hamburg.pk}")
    assert len(names(soup)) == 10
    assert "12 suggestions" in soup.select_one(".result-count").get_text()
    next_link = soup.find("a", rel="next")
    assert next_link["href"] == f"?city={hamburg.pk}&page=2"
    _response, soup = get(client, page, next_link["href"])
    assert len(names(soup)) == 2
    assert soup.select_one("ol.card-list")["start"] == "11"


def queries_for(client, url):
    """Queries of the first request after a change (it builds the network index), then of the
    next one (which finds it built)."""
    counts = []
    for _request in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(queries))
    return counts


def test_the_page_takes_the_same_number_of_queries_with_5_or_60_cities(client, network):
    hamburg = network.city("Hamburg", "DE", ["smart-city"], goals="Learn about heat pumps.")
    for n in range(4):
        network.city(f"Seoul {n}", "KR", ["smart-city"], offer="Seoul builds heat pumps.")
    page = network.find_partner_page()
    rescore_all()
    by_city = f"{page.url}?city={hamburg.pk}"
    by_text = f"{page.url}?region=eu&theme=smart-city&goals=heat+pumps"
    client.get(page.url)  # what every page loads once per process
    few = queries_for(client, by_city), queries_for(client, by_text)
    for n in range(55):
        network.city(f"City {n}", "KR" if n % 2 else "FR", ["smart-city"], offer="Heat pumps.")
    rescore_all()  # a new content version: the network index is built again
    many = queries_for(client, by_city), queries_for(client, by_text)
    assert few == many


# The bad values, as on the listings ---------------------------------------------------


def test_an_unknown_theme_alone_is_noted_and_asks_for_a_choice(client, small):
    page, _cities = small
    response, soup = get(client, page, "?theme=nonsense")
    assert response.status_code == 200
    assert notes(soup) == [
        "“nonsense” is not a valid choice for “Themes your city works on”, so it was ignored."
    ]
    assert names(soup) == []
    assert "Choose a city, or describe your city, to see suggestions." in soup.get_text()


@pytest.mark.parametrize("mode", ["city", "description"])
def test_page_999_shows_the_last_page_in_either_form(client, small, mode):
    page, cities = small
    query = (
        f"?city={cities['hamburg'].pk}"
        if mode == "city"
        else "?region=partner&theme=energy-efficiency&goals=flood+protection"
    )
    response, soup = get(client, page, f"{query}&page=999")
    assert response.status_code == 200
    assert notes(soup) == ["There is no page 999, so the last page is shown."]
    # A partner-country city described by a visitor is matched with the EU's cities.
    assert names(soup) == (["Seoul"] if mode == "city" else ["Hamburg"])


def test_page_minus_one_is_a_404_in_the_description_form_too(client, small):
    page, _cities = small
    response = client.get(f"{page.url}?region=partner&theme=smart-city&page=-1")
    assert response.status_code == 404


def test_a_page_number_without_a_question_shows_the_empty_form(client, small):
    # No question asked, so there is no list whose page could be missing: the form is shown.
    page, _cities = small
    for number in ("-1", "999"):
        response, soup = get(client, page, f"?page={number}")
        assert response.status_code == 200
        assert soup.find("section", class_="suggestions") is None


def test_a_parameter_the_page_does_not_read_changes_nothing(client, small):
    page, cities = small
    response, soup = get(client, page, f"?city={cities['hamburg'].pk}&year=abc")
    assert response.status_code == 200
    assert names(soup) == ["Seoul"] and notes(soup) == []
