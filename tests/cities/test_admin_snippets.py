"""Themes and countries in the admin: listed with columns, filters and search."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def listed_names(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        cell.get_text(" ", strip=True)
        for cell in soup.select("table tbody td.title .title-wrapper")
    }


def test_country_listing_shows_code_and_region_columns(editor_client):
    response = editor_client.get("/admin/snippets/cities/country/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    headings = [th.get_text(" ", strip=True).lower() for th in soup.select("table thead th")]
    assert any("iso code" in heading for heading in headings)
    assert any("programme region" in heading for heading in headings)


def test_country_listing_filters_by_region(editor_client):
    response = editor_client.get("/admin/snippets/cities/country/", {"region": "partner"})
    assert response.status_code == 200
    names = listed_names(response)
    assert {"Australia", "South Korea", "South Africa", "Indonesia", "Vietnam"} <= names
    assert "Germany" not in names


def test_country_listing_searches_by_name(editor_client):
    response = editor_client.get("/admin/snippets/cities/country/", {"q": "Korea"})
    assert response.status_code == 200
    assert listed_names(response) == {"South Korea"}


def test_theme_listing_searches(editor_client):
    response = editor_client.get("/admin/snippets/cities/theme/", {"q": "energy"})
    assert response.status_code == 200
    assert "Energy efficiency" in listed_names(response)
    assert "Green technologies" not in listed_names(response)
