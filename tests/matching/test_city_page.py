""" "Cities with similar priorities" on a city page, and its query count."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from cities.partner_scores import rescore_all

pytestmark = pytest.mark.django_db


def similar_section(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find("section", attrs={"aria-labelledby": "city-similar"})


def test_a_city_page_lists_its_five_best_partners_from_the_other_region(network, client):
    hamburg = network.city(
        "Hamburg",
        "DE",
        ["energy-efficiency", "smart-city"],
        goals="Hamburg wants to learn about flood protection.",
        offer="Hamburg can share district heating networks.",
        sectors=["research"],
    )
    network.city("Vienna", "AT", ["energy-efficiency", "smart-city"], goals="Flood protection.")
    partners = [
        network.city(f"Partner {n}", "KR", ["smart-city"], offer=f"Offer {n}.") for n in range(5)
    ]
    best = network.city(
        "Jakarta",
        "ID",
        ["energy-efficiency"],
        offer="Jakarta built flood protection walls.",
        goals="Jakarta wants district heating networks.",
        sectors=["research", "business"],
    )
    network.pair(hamburg, partners[0])
    rescore_all()

    section = similar_section(client.get(hamburg.url))
    assert section.h2.get_text() == "Cities with similar priorities"
    items = section.find_all("li", class_="suggestion")
    names = [item.h3.get_text(strip=True) for item in items]
    assert len(names) == 5
    assert names[0] == "Jakarta"
    assert "Vienna" not in names  # never a city of the same region

    first = items[0]
    assert first.h3.a["href"] == best.url
    reasons = first.find("dl").get_text(" ", strip=True)
    assert "Energy efficiency" in reasons
    assert "Hamburg wants to learn:" in reasons and "flood protection" in reasons
    assert "Jakarta can share:" in reasons and "flood protection walls" in reasons
    assert "Jakarta wants to learn:" in reasons and "Hamburg can share:" in reasons
    assert "Research" in reasons  # both involve research
    assert first.find("q", lang=True) is None  # English page, English text: no lang mark

    # The existing pair is marked, not hidden.
    paired = [item for item in items if item.find(class_="suggestion__paired")]
    assert [item.h3.get_text(strip=True) for item in paired] == ["Partner 0"]
    assert "Already a pair in the 2017–2018 cycle" in paired[0].get_text()


def test_a_city_without_scores_shows_no_empty_section(network, client):
    hamburg = network.city("Hamburg", "DE")
    assert similar_section(client.get(hamburg.url)) is None


def test_the_find_partner_link_preselects_the_city(network, client):
    hamburg = network.city("Hamburg", "DE", ["smart-city"])
    network.city("Seoul", "KR", ["smart-city"])
    find = network.find_partner_page()
    rescore_all()
    link = similar_section(client.get(hamburg.url)).find("a", string=lambda s: s and "More" in s)
    assert link["href"] == f"{find.url}?city={hamburg.pk}"


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_a_city_page_takes_the_same_number_of_queries_with_5_or_60_cities(network, client):
    hamburg = network.city("Hamburg", "DE", ["smart-city"], goals="Learn about heat pumps.")
    for n in range(4):
        network.city(f"Seoul {n}", "KR", ["smart-city"], offer="Seoul builds heat pumps.")
    rescore_all()
    count_queries(client, hamburg.url)  # warm what every page loads once per process
    few = count_queries(client, hamburg.url)
    for n in range(55):
        region = "KR" if n % 2 else "FR"
        network.city(f"City {n}", region, ["smart-city"], offer="Heat pumps for homes.")
    rescore_all()
    count_queries(client, hamburg.url)
    many = count_queries(client, hamburg.url)
    assert few == many


def test_only_pairs_of_the_current_cycle_are_marked(network, client):
    # The current cycle is the latest cycle of any published pair (here 2019-2020).
    hamburg = network.city("Hamburg", "DE", ["smart-city"])
    lyon = network.city("Lyon", "FR", ["smart-city"])
    seoul = network.city("Seoul", "KR", ["smart-city"])
    sydney = network.city("Sydney", "AU", ["smart-city"])
    network.pair(hamburg, seoul, cycle="2017-2018")
    network.pair(lyon, sydney, cycle="2019-2020")
    rescore_all()
    items = similar_section(client.get(hamburg.url)).find_all("li", class_="suggestion")
    assert [item.h3.get_text(strip=True) for item in items] == ["Seoul", "Sydney"]
    # An earlier cycle's partner is still suggested, and not marked as a current pair.
    assert all(item.find(class_="suggestion__paired") is None for item in items)
    items = similar_section(client.get(lyon.url)).find_all("li", class_="suggestion")
    paired = [item for item in items if item.find(class_="suggestion__paired")]
    assert [item.h3.get_text(strip=True) for item in paired] == ["Sydney"]
    assert "Already a pair in the 2019–2020 cycle" in paired[0].get_text()
