"""Issue 2: all 27 languages wired end to end."""

import re

import pytest
from bs4 import BeautifulSoup

from portal.languages import LANGUAGE_CODES, NATIVE_NAMES

pytestmark = pytest.mark.django_db


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_language_has_a_home_page_with_lang_alternates_and_switcher(client, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    soup = parse(response)
    assert soup.html["lang"] == code
    alternates = {
        link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')
    }
    assert set(alternates) == {*LANGUAGE_CODES, "x-default"}
    for other in LANGUAGE_CODES:
        assert alternates[other] == f"http://localhost/{other}/"
    assert alternates["x-default"] == "http://localhost/en/"
    assert soup.select_one('link[rel="canonical"]')["href"] == f"http://localhost/{code}/"

    switcher = soup.select(".language-switcher a[hreflang]")
    assert [a["hreflang"] for a in switcher] == list(LANGUAGE_CODES)
    for link in switcher:
        assert link["lang"] == link["hreflang"]
        assert link.get_text(strip=True) == NATIVE_NAMES[link["hreflang"]]
        assert link["href"] == f"/{link['hreflang']}/"
    current = soup.select(".language-switcher a[aria-current]")
    assert [a["hreflang"] for a in current] == [code]
    others = [a for a in switcher if not a.has_attr("aria-current")]
    assert len(others) == 26


def test_switcher_names_languages_in_their_own_words(client):
    soup = parse(client.get("/en/"))
    names = {a["hreflang"]: a.get_text(strip=True) for a in soup.select(".language-switcher a")}
    assert names["ko"] == "한국어"
    assert names["vi"] == "Tiếng Việt"
    assert names["id"] == "Bahasa Indonesia"
    assert names["ga"] == "Gaeilge"
    assert names["mt"] == "Malti"
    assert names["de"] == "Deutsch"


def test_root_redirects_to_the_visitors_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ko-KR,ko;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/ko/"
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("xx", "/en/"), ("", "/en/"), ("de-AT,de;q=0.8,en;q=0.5", "/de/"), ("mt", "/mt/"),
     ("vi-VN", "/vi/"), ("id", "/id/"), ("ga-IE", "/ga/"), ("zz;q=garbage,,;", "/en/")],
)  # fmt: skip
def test_root_redirect_falls_back_to_english(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("path", ["/xx/", "/xx/cities/", "/en-zz/", "/zh/"])
def test_unknown_language_prefix_is_404(client, path):
    response = client.get(path)
    assert response.status_code == 404


def test_unknown_page_is_a_translated_404(client):
    response = client.get("/de/no-such-page/")
    assert response.status_code == 404
    soup = parse(response)
    assert soup.html["lang"] == "de"
    assert soup.h1.get_text(strip=True) == "Seite nicht gefunden"
    assert soup.select_one("main#main")


def test_unprefixed_page_path_redirects_into_a_language(client):
    response = client.get("/about/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == "/fr/about/"


def test_maltese_is_served_in_maltese(client):
    response = client.get("/mt/")
    assert response.status_code == 200
    soup = parse(response)
    assert soup.html["lang"] == "mt"
    # The skip link comes from the portal's own Maltese catalog (Django has none).
    assert soup.select_one(".skip-link").get_text(strip=True) == "Aqbeż għall-kontenut ewlieni"


def test_base_template_landmarks_and_skip_link(client):
    soup = parse(client.get("/en/"))
    skip = soup.select_one("a.skip-link")
    assert skip is soup.body.find("a"), "the skip link is the first link of the page"
    assert skip["href"] == "#main"
    assert soup.select_one("header.site-header")
    assert soup.select_one("main#main")
    assert soup.select_one("footer.site-footer")
    assert soup.select_one('nav[aria-label="Languages"]')
    search = soup.select_one('form[role="search"]')
    assert search.select_one("label[for=site-search-q]")
    assert search["action"] == "/en/search/"


def test_untranslated_alias_marks_its_content_english(client):
    soup = parse(client.get("/ko/"))
    notice = soup.select_one(".notice--untranslated")
    assert notice is not None
    assert re.search("[\uac00-\ud7a3]", notice.get_text()), "the notice is in Korean"
    assert soup.select_one("main .content")["lang"] == "en"

    english = parse(client.get("/en/"))
    assert english.select_one(".notice--untranslated") is None
    assert not english.select_one("main .content").has_attr("lang")


def test_public_pages_may_be_cached_by_shared_caches(client):
    response = client.get("/en/")
    assert "public" in response["Cache-Control"]
    assert "s-maxage=" in response["Cache-Control"]


def test_search_with_a_query_is_never_cached(client):
    response = client.get("/en/search/?q=world")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
