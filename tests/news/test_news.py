"""Issue 4: news articles, their listing, and the RSS and Atom feeds of every language.

The feeds are parsed back as XML and checked element by element, as a feed reader reads
them. Content is built once for the module; the clock is frozen on 20 November 2026.
"""

import json
from datetime import date
from xml.etree import ElementTree

from wagtail.models import Locale

import pytest
import time_machine
import wagtail_factories
from bs4 import BeautifulSoup

from cities.factories import english_theme
from news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.news.conftest import Programme, add_aliases, english_home, make_city

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def newsroom(module_db):
    from cities.factories import CityIndexPageFactory

    home = english_home()
    cities = CityIndexPageFactory(parent=home)
    hamburg = make_city(cities, "Hamburg", "DE", "53.55108", "9.99368")
    seoul = make_city(cities, "Seoul", "KR")
    energy = english_theme("energy-efficiency")
    korean_energy = energy.copy_for_translation(Locale.objects.get(language_code="ko"))
    korean_energy.name = "에너지 효율"
    korean_energy.save()
    index = NewsIndexPageFactory(parent=home, intro="")
    plan = NewsPageFactory(
        parent=index,
        title="Hamburg & Seoul sign their plan",
        slug="hamburg-and-seoul-sign-their-plan",
        date=date(2026, 11, 10),
        intro="The two cities agree on five pilot actions.",
        image=wagtail_factories.ImageFactory(title="Signing"),
        image_alt="The mayors shake hands",
    )
    plan.related_cities.set([hamburg, seoul])
    plan.themes.set([energy])
    plan.save()
    call = NewsPageFactory(
        parent=index,
        title="Call for cities 2027",
        slug="call-for-cities-2027",
        date=date(2026, 10, 1),
        intro="Cities may apply until January.",
    )
    call.themes.set([english_theme("smart-city")])
    call.save()
    visit = NewsPageFactory(
        parent=index,
        title="Field visit in Daegu",
        slug="field-visit-in-daegu",
        date=date(2025, 5, 20),
        intro="Delegates saw the smart-city test beds.",
    )
    for page in [cities, hamburg, seoul, index, plan, call, visit]:
        add_aliases(page)
    return {"index": index, "plan": plan, "call": call, "visit": visit}


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(Programme.NOW, tick=False):
        yield


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def text(node):
    return " ".join(node.get_text(" ", strip=True).split())


# The listing ------------------------------------------------------------------------------


def titles(soup):
    return [text(h) for h in soup.select(".news-card__title")]


def test_the_news_list_is_newest_first(client, newsroom):
    soup = get(client, "/en/news/")
    assert titles(soup) == [
        "Hamburg & Seoul sign their plan",
        "Call for cities 2027",
        "Field visit in Daegu",
    ]
    first = soup.select_one(".news-card")
    assert text(first.select_one("time")) == "Nov. 10, 2026"
    assert text(first.select_one(".badge")) == "Energy efficiency"
    img = first.select_one("img")
    assert img["alt"] == "The mayors shake hands"
    assert img["width"] and img["height"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=energy-efficiency", ["Hamburg & Seoul sign their plan"]),
        ("theme=ENERGY-EFFICIENCY", ["Hamburg & Seoul sign their plan"]),
        ("year=2025", ["Field visit in Daegu"]),
        ("year=2026&theme=smart-city", ["Call for cities 2027"]),
        ("year=2025&theme=energy-efficiency", []),
    ],
)
def test_news_filters_by_theme_and_year(client, newsroom, query, expected):
    soup = get(client, f"/en/news/?{query}")
    assert titles(soup) == expected
    if not expected:
        assert "No news matches these filters." in text(soup)


@pytest.mark.parametrize(
    ("query", "ignored"),
    [
        ("year=abc", "Year: abc"),
        ("year=2019", "Year: 2019"),
        ("theme=nope", "Theme: nope"),
        ("theme=%22%3E%3Cscript%3E", 'Theme: "><script>'),
    ],
)
def test_bad_news_filters_never_fail(client, newsroom, query, ignored):
    response = client.get(f"/en/news/?{query}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(titles(soup)) == 3
    notice = soup.select_one(".notice[role=status]")
    assert (notice is None) == (ignored is None)
    if ignored:
        assert ignored in text(notice)
    assert b'"><script>' not in response.content


@pytest.mark.parametrize("page", ["0", "-5", "abc", "²", "%00"])
def test_a_news_page_number_that_cannot_exist_is_a_404(client, newsroom, page):
    assert client.get(f"/en/news/?page={page}").status_code == 404


def test_a_news_page_past_the_end_shows_the_last_page_and_says_so(client, newsroom):
    response = client.get("/en/news/?page=100&year=abc")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(titles(soup)) == 3
    notices = [text(p) for p in soup.select(".notice[role=status]")]
    assert "There is no page 100, so the last page is shown." in notices
    assert any("Year: abc" in notice for notice in notices)


def test_the_news_list_in_korean_shows_korean_dates_and_theme_names(client, newsroom):
    soup = get(client, "/ko/news/")
    first = soup.select_one(".news-card")
    assert text(first.select_one("time")) == "2026년 11월 10일"
    assert text(first.select_one(".badge")) == "에너지 효율"
    assert first.select_one(".news-card__title")["lang"] == "en"
    assert text(soup.select_one("#news-list-heading")) == "최신 소식"
    themes = [text(o) for o in soup.select("#news-theme option")]
    assert "에너지 효율" in themes


def test_the_news_list_in_vietnamese(client, newsroom):
    soup = get(client, "/vi/news/")
    assert text(soup.select_one(".news-card time")) == "Ngày 10 tháng 11 năm 2026"
    assert text(soup.select_one("[role=status]")) == "3 bài viết"


# An article ---------------------------------------------------------------------------------


def test_an_article_in_korean_links_related_cities_and_themes_in_korean(client, newsroom):
    soup = get(client, "/ko/news/hamburg-and-seoul-sign-their-plan/")
    related = soup.select_one(".news-article__related")
    assert "에너지 효율" in text(related)
    assert [a["href"] for a in related.select("a")] == ["/ko/cities/hamburg/", "/ko/cities/seoul/"]
    assert text(soup.select_one(".news-article time")) == "2026년 11월 10일"


def test_an_article_carries_news_article_json_ld(client, newsroom):
    soup = get(client, "/en/news/hamburg-and-seoul-sign-their-plan/")
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Hamburg & Seoul sign their plan"
    assert data["datePublished"] == "2026-11-10"
    assert data["inLanguage"] == "en"
    assert data["url"] == "http://localhost/en/news/hamburg-and-seoul-sign-their-plan/"
    assert data["publisher"]["name"] == "World Cities"
    assert data["image"][0].startswith("http://localhost/")
    assert data["image"][0].endswith(".jpg")
    assert data["about"] == [{"@type": "Thing", "name": "Energy efficiency"}]


# Feeds ----------------------------------------------------------------------------------------


def parse(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == f"{content_type}; charset=utf-8"
    return ElementTree.fromstring(response.content)  # noqa: S314 (our own output)


def test_the_rss_feed_lists_the_newest_articles(client, newsroom):
    rss = parse(client, "/en/news/rss.xml", "application/rss+xml")
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("title") == "World Cities: News"
    assert channel.findtext("link") == "http://localhost/en/news/"
    assert channel.findtext("language") == "en"
    assert channel.findtext("description") == "News of the World Cities programme."
    assert channel.find(f"{ATOM}link").get("href") == "http://localhost/en/news/rss.xml"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Hamburg & Seoul sign their plan",
        "Call for cities 2027",
        "Field visit in Daegu",
    ]
    first = items[0]
    url = "http://localhost/en/news/hamburg-and-seoul-sign-their-plan/"
    assert first.findtext("link") == url
    assert first.findtext("guid") == url
    assert first.findtext("description") == "The two cities agree on five pilot actions."
    assert first.findtext("pubDate") == "Tue, 10 Nov 2026 12:00:00 +0000"
    assert [c.text for c in first.findall("category")] == ["Energy efficiency"]


def test_the_atom_feed_has_ids_dates_and_an_author(client, newsroom):
    feed = parse(client, "/en/news/atom.xml", "application/atom+xml")
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}title") == "World Cities: News"
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links == {
        "alternate": "http://localhost/en/news/",
        "self": "http://localhost/en/news/atom.xml",
    }
    assert feed.find(f"{ATOM}author").findtext(f"{ATOM}name") == "World Cities"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    first = entries[0]
    assert first.findtext(f"{ATOM}title") == "Hamburg & Seoul sign their plan"
    assert first.findtext(f"{ATOM}id") == (
        "http://localhost/en/news/hamburg-and-seoul-sign-their-plan/"
    )
    assert first.findtext(f"{ATOM}published") == "2026-11-10T12:00:00+00:00"
    assert first.findtext(f"{ATOM}updated")
    assert first.find(f"{ATOM}category").get("term") == "Energy efficiency"


def test_each_language_has_its_own_feeds(client, newsroom):
    rss = parse(client, "/ko/news/rss.xml", "application/rss+xml")
    channel = rss.find("channel")
    assert channel.findtext("language") == "ko"
    assert channel.findtext("description") == "World Cities 프로그램 소식."
    first = channel.find("item")
    assert first.findtext("link") == "http://localhost/ko/news/hamburg-and-seoul-sign-their-plan/"
    assert [c.text for c in first.findall("category")] == ["에너지 효율"]
    atom = parse(client, "/vi/news/atom.xml", "application/atom+xml")
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "vi"


@pytest.mark.parametrize(
    "query",
    ["?page=0", "?page=abc&year=abc", "?theme=%3Cscript%3E", "?%ff%fe=%00", "?a=" + "b" * 5000],
)
def test_a_feed_with_a_bad_query_string_is_still_the_feed(client, newsroom, query):
    rss = parse(client, f"/en/news/rss.xml{query}", "application/rss+xml")
    assert len(rss.find("channel").findall("item")) == 3
    atom = parse(client, f"/en/news/atom.xml{query}", "application/atom+xml")
    assert len(atom.findall(f"{ATOM}entry")) == 3


def test_every_page_links_its_languages_feeds_in_its_head(client, newsroom):
    for url, language in [("/en/", "en"), ("/ko/", "ko"), ("/vi/news/field-visit-in-daegu/", "vi")]:
        head = get(client, url).head
        rss = head.select_one('link[rel=alternate][type="application/rss+xml"]')
        atom = head.select_one('link[rel=alternate][type="application/atom+xml"]')
        assert rss["href"] == f"/{language}/news/rss.xml", url
        assert atom["href"] == f"/{language}/news/atom.xml", url
        assert rss["title"]


def test_the_feed_links_cost_one_query_per_request(rf, newsroom, django_assert_num_queries):
    from django.template import Context, Template
    from django.utils import translation

    from wagtail.models import Site

    request = rf.get("/ko/")
    request._wagtail_site = Site.objects.get(is_default_site=True)
    template = Template("{% load news_tags %}{% news_feed_links %}{% news_feed_links %}")
    newsroom["index"].get_url(request)  # warm Wagtail's own per-request site cache
    with translation.override("ko"), django_assert_num_queries(1):
        html = template.render(Context({"request": request}))
    assert html.count('href="/ko/news/rss.xml"') == 2
