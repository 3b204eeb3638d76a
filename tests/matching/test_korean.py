"""Reasons and the map in the visitor's language: a Korean visitor's view."""

import re

from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from cities.factories import english_country, english_theme
from cities.partner_scores import rescore_all

pytestmark = pytest.mark.django_db


def translated(instance, locale, **fields):
    is_page = hasattr(instance, "save_revision")
    options = {"copy_parents": True} if is_page else {}
    copy = instance.copy_for_translation(locale, **options)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    if is_page:
        copy.save_revision().publish()
    return copy


@pytest.fixture
def korean_network(network, korean):
    seoul = network.city(
        "Seoul",
        "KR",
        ["energy-efficiency"],
        goals="Seoul wants to learn about flood protection. It also wants cleaner air.",
        offer="Seoul builds heat pumps for schools.",
        latitude="37.57",
        longitude="126.98",
    )
    hamburg = network.city(
        "Hamburg",
        "DE",
        ["energy-efficiency"],
        goals="Hamburg wants heat pumps for schools.",
        offer="Hamburg knows flood protection.",
        latitude="53.55",
        longitude="9.99",
    )
    network.pair(hamburg, seoul)
    translated(english_theme("energy-efficiency"), korean, name="에너지 효율")
    translated(english_country("KR"), korean, name="대한민국")
    korean_seoul = translated(
        seoul,
        korean,
        title="서울",
        goals="<p>서울은 홍수 방어를 배우고자 합니다. 더 깨끗한 공기도 원합니다.</p>",
        offer="<p>서울은 학교용 히트펌프를 만듭니다.</p>",
    )
    rescore_all()
    return {"seoul": seoul, "hamburg": hamburg, "korean_seoul": korean_seoul}


def test_reasons_are_shown_in_korean_where_translations_exist(client, korean_network):
    page = korean_network["korean_seoul"]
    assert page.url.startswith("/ko/")
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "city-similar"})
    assert section.h2.get_text() == "우선순위가 비슷한 도시"
    (item,) = section.select("li.suggestion")
    assert item.h3.get_text(strip=True) == "Hamburg"
    assert item.h3["lang"] == "en"  # the Hamburg page has no Korean translation
    assert "일치도: 100점 만점에" in item.get_text()
    assert "이미 짝을 이룬 도시" in item.get_text()  # already a pair this cycle

    reasons = item.find("dl")
    assert "나눌 수 있는 것과 맞는 목표" in [dt.get_text() for dt in reasons.find_all("dt")]
    assert reasons.find("li", string="에너지 효율") is not None  # the Korean theme name
    text = reasons.get_text(" ", strip=True)
    # Seoul's goal, from its Korean page: the matching sentence of the translated paragraph.
    assert "서울이(가) 배우고 싶은 것:" in text
    goal = reasons.find("q", string="서울은 홍수 방어를 배우고자 합니다.")
    assert goal is not None and not goal.has_attr("lang")
    # Hamburg's offer has no Korean translation: English, marked as such.
    assert "Hamburg이(가) 나눌 수 있는 것:" in text
    offer = reasons.find("q", string="Hamburg knows flood protection.")
    assert offer["lang"] == "en"


def test_the_map_speaks_korean(client, korean_network, korean):
    from home.models import HomePage

    home = HomePage.objects.get(locale=korean)
    response = client.get(home.url)
    html = response.content.decode()
    svg = re.search(r'<svg class="cities-map__svg".*?</svg>', html, re.S).group(0)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find(id="cities-map-heading").get_text() == "지도로 보는 네트워크"
    # The home page is an untranslated alias (its content is marked English); the map's own
    # words are Korean and say so.
    assert soup.select_one("figure.cities-map")["lang"] == "ko"
    assert 'aria-label="서울, 대한민국"' in svg
    assert f'href="{korean_network["korean_seoul"].url}"' in svg
    listing = soup.select_one(".cities-map__text")
    assert listing.summary.get_text() == "지도의 도시와 짝을 목록으로 보기"
    hamburg = listing.find("a", string="Hamburg")
    assert hamburg["lang"] == "en"


def test_find_a_partner_speaks_korean(client, network, korean_network, korean):
    page = translated(network.find_partner_page(), korean, title="파트너 찾기")
    hamburg = korean_network["hamburg"]
    response = client.get(f"{page.url}?city={hamburg.pk}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "ko" and soup.h1.get_text() == "파트너 찾기"

    def ko(message):
        with translation.override("ko"):
            text = translation.gettext(message)
        assert text != message, message
        return text

    assert soup.find("label", attrs={"for": "find-city"}).get_text() == ko("City of the network")
    assert soup.find("label", attrs={"for": "find-region"}).get_text() == ko("Where is your city?")
    # The city select shows the Korean name of a translated city and of its country.
    assert soup.find("option", string="서울 (대한민국)")["value"] == str(korean_network["seoul"].pk)
    (item,) = soup.select("li.suggestion")
    assert item.h3.a["href"] == korean_network["korean_seoul"].url
    assert item.h3.get_text(strip=True) == "서울" and not item.h3.has_attr("lang")
    assert item.find("li", string="에너지 효율") is not None
    assert "일치도: 100점 만점에" in item.get_text()

    # A bad value gets its note in Korean too.
    soup = BeautifulSoup(client.get(f"{page.url}?theme=nonsense").content, "html.parser")
    note = soup.select_one(".listing-status .notice").get_text()
    assert "nonsense" in note and ko("Themes your city works on") in note
