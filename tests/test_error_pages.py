"""Issue 2: error pages are styled, translated and do not need the database."""

from django.test import RequestFactory
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from portal.views import server_error


@pytest.mark.django_db
def test_500_page_renders_translated_without_touching_the_database(django_assert_num_queries):
    request = RequestFactory().get("/fr/anything/")
    with translation.override("fr"), django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "fr"
    assert soup.select_one("a.skip-link")["href"] == "#main"
    assert soup.select_one("main#main h1").get_text(strip=True) == "Une erreur s’est produite"
    assert soup.select_one('link[rel="stylesheet"]')


@pytest.mark.django_db
def test_404_page_in_korean(client):
    response = client.get("/ko/does-not-exist/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "ko"
    assert soup.h1.get_text(strip=True) == "페이지를 찾을 수 없습니다"
