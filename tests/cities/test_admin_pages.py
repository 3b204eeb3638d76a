"""Editors build the network in the admin: two cities, a pair and a good practice, through
the same create views a communication officer uses, with clear errors when a rule is broken."""

from decimal import Decimal

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from cities.factories import CityPageFactory, PairPageFactory, english_country, english_theme
from cities.models import CaseStudyPage, CityPage, PairPage

pytestmark = pytest.mark.django_db


def add_url(model, parent):
    return f"/admin/pages/add/cities/{model}/{parent.pk}/"


def city_form(title, slug, country, latitude, longitude, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": f"{title} in the network.",
            "goals": rich_text("<p>Learn about clean energy.</p>"),
            "offer": rich_text("<p>Share its experience of district heating.</p>"),
            "body": streamfield([]),
            "partners": inline_formset(
                [{"organisation": f"University of {title}", "sector": "research", "url": ""}]
            ),
            "kind": "city",
            "population": "1234567",
            "latitude": latitude,
            "longitude": longitude,
            "website": "",
            "country": str(country.pk),
            "themes": [str(english_theme("energy-efficiency").pk)],
            "comments": inline_formset([]),
            "action-publish": "publish",
            **extra,
        }
    )


def pair_form(eu_city, partner_city, slug="hamburg-seoul", **extra):
    return nested_form_data(
        {
            "title": f"{eu_city.title} and {partner_city.title}",
            "slug": slug,
            "summary": "Two cities, one energy plan.",
            "cooperation_plan": streamfield(
                [
                    (
                        "pilot_action",
                        {
                            "title": "Smart street lights",
                            "description": rich_text("<p>Test LED lights.</p>"),
                            "timeframe": "2018",
                        },
                    )
                ]
            ),
            "outcomes": rich_text(""),
            "cycle": "2017-2018",
            "status": "active",
            "eu_city": str(eu_city.pk),
            "partner_city": str(partner_city.pk),
            "themes": [str(english_theme("energy-efficiency").pk)],
            "comments": inline_formset([]),
            "action-publish": "publish",
            **extra,
        }
    )


def form_errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(
        node.get_text(" ", strip=True) for node in soup.select(".error-message, .help-critical")
    )


def test_editor_creates_two_cities_a_pair_and_a_good_practice(
    editor_client, city_index, pair_index, case_study_index
):
    response = editor_client.post(
        add_url("citypage", city_index),
        city_form("Hamburg", "hamburg", english_country("DE"), "53.55108", "9.99368"),
    )
    assert response.status_code == 302, form_errors(response)
    response = editor_client.post(
        add_url("citypage", city_index),
        city_form("Seoul", "seoul", english_country("KR"), "37.5665", "126.978"),
    )
    assert response.status_code == 302, form_errors(response)
    hamburg = CityPage.objects.get(slug="hamburg", locale__language_code="en")
    seoul = CityPage.objects.get(slug="seoul", locale__language_code="en")
    assert hamburg.live and hamburg.latitude == Decimal("53.55108")
    assert [p.organisation for p in hamburg.partners.all()] == ["University of Hamburg"]
    assert hamburg.partners.get().locale_id == hamburg.locale_id

    response = editor_client.post(add_url("pairpage", pair_index), pair_form(hamburg, seoul))
    assert response.status_code == 302, form_errors(response)
    pair = PairPage.objects.get(slug="hamburg-seoul", locale__language_code="en")
    assert (pair.eu_city, pair.partner_city, pair.live) == (hamburg, seoul, True)
    assert pair.cooperation_plan[0].value["title"] == "Smart street lights"

    response = editor_client.post(
        add_url("casestudypage", case_study_index),
        nested_form_data(
            {
                "title": "LED street lights",
                "slug": "led-street-lights",
                "summary": "Half the energy for the same light.",
                "challenge": rich_text("<p>Old lamps.</p>"),
                "approach": rich_text("<p>New lamps.</p>"),
                "results": streamfield(
                    [("key_figure", {"value": "48.5", "unit": "%", "label": "less energy"})]
                ),
                "lessons": rich_text(""),
                "transferability": rich_text(""),
                "documents": streamfield([]),
                "year": "2018",
                "involves_government": "on",
                "involves_business": "on",
                "city_links": inline_formset([{"city": str(hamburg.pk)}, {"city": str(seoul.pk)}]),
                "pair": str(pair.pk),
                "themes": [str(english_theme("energy-efficiency").pk)],
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, form_errors(response)
    case_study = CaseStudyPage.objects.get(slug="led-street-lights", locale__language_code="en")
    assert [link.city for link in case_study.city_links.all()] == [hamburg, seoul]
    assert case_study.sectors == ["government", "business"]

    # What the editor built is on the site, linked together, in every language tree.
    page = editor_client.get(pair.url).content.decode()
    assert hamburg.url in page and seoul.url in page and case_study.url in page
    korean_pair = editor_client.get("/ko/pairs/hamburg-seoul/")
    assert korean_pair.status_code == 200
    assert 'href="/ko/cities/hamburg/"' in korean_pair.content.decode()


def test_pair_of_two_eu_cities_shows_an_error_in_the_admin(
    editor_client, city_index, pair_index, hamburg
):
    paris = CityPageFactory(parent=city_index, title="Paris", country=english_country("FR"))
    response = editor_client.post(add_url("pairpage", pair_index), pair_form(hamburg, paris))
    assert response.status_code == 200
    assert "not in a partner country" in form_errors(response)
    assert not PairPage.objects.exists()


def test_duplicate_pair_shows_an_error_in_the_admin(editor_client, pair_index, hamburg, seoul):
    existing = PairPageFactory(parent=pair_index, eu_city=hamburg, partner_city=seoul)
    response = editor_client.post(
        add_url("pairpage", pair_index), pair_form(hamburg, seoul, slug="again")
    )
    assert response.status_code == 200
    assert "already a pair" in form_errors(response)
    assert list(PairPage.objects.all()) == [existing]


def test_city_with_impossible_coordinates_shows_an_error(editor_client, city_index):
    response = editor_client.post(
        add_url("citypage", city_index),
        city_form("Nowhere", "nowhere", english_country("DE"), "91", "200"),
    )
    assert response.status_code == 200
    errors = form_errors(response)
    assert "less than or equal to 90" in errors and "less than or equal to 180" in errors
    assert not CityPage.objects.filter(slug="nowhere").exists()


def test_city_editor_has_tabs_help_texts_and_english_choices(editor_client, city_index):
    response = editor_client.get(add_url("citypage", city_index))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    tabs = [tab.get_text(" ", strip=True) for tab in soup.select("[role=tab]")]
    for heading in ("Content", "Facts", "Relations", "Promotion"):
        assert any(heading in tab for tab in tabs), tabs
    assert "Decimal degrees between -90 and 90" in response.content.decode()
    countries = soup.select("select[name=country] option[value!='']")
    assert len(countries) == 33  # the English rows only, not every locale's copy
    themes = soup.select("input[name=themes]")
    assert len(themes) == 6


def test_preview_of_a_city_renders(editor_client, city_index):
    url = add_url("citypage", city_index) + "preview/"
    data = city_form("Preview city", "preview-city", english_country("KR"), "37.5", "127")
    response = editor_client.post(url, data)
    assert response.json()["is_valid"] is True
    response = editor_client.get(url)
    assert response.status_code == 200
    assert "Preview city" in response.content.decode()
    assert "1,234,567" in response.content.decode()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/admin/city_pages/", ["Country", "Region", "Hamburg", "Germany", "European Union"]),
        ("/admin/city_pages/?region=partner", ["Seoul", "South Korea", "Partner countries"]),
        ("/admin/pair_pages/", ["EU city", "Partner city", "Status", "Active", "2017-2018"]),
    ],
)
def test_admin_listings_show_country_region_and_status(
    editor_client, pair_index, hamburg, seoul, url, expected
):
    PairPageFactory(parent=pair_index, eu_city=hamburg, partner_city=seoul)
    response = editor_client.get(url)
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    for snippet in expected:
        assert snippet in text, snippet
    if "region=partner" in url:
        assert "Hamburg" not in BeautifulSoup(response.content, "html.parser").select_one(
            "table"
        ).get_text(" ")


def test_previews_of_a_pair_and_a_good_practice_render(
    editor_client, pair_index, case_study_index, hamburg, seoul
):
    url = add_url("pairpage", pair_index) + "preview/"
    assert editor_client.post(url, pair_form(hamburg, seoul)).json()["is_valid"] is True
    html = editor_client.get(url).content.decode()
    assert "Hamburg and Seoul" in html and "Smart street lights" in html
    assert hamburg.url in html and seoul.url in html

    url = add_url("casestudypage", case_study_index) + "preview/"
    data = nested_form_data(
        {
            "title": "Preview practice",
            "slug": "preview-practice",
            "summary": "",
            "challenge": rich_text("<p>Old lamps.</p>"),
            "approach": rich_text(""),
            "results": streamfield(
                [("key_figure", {"value": "1200", "unit": "t", "label": "less CO2"})]
            ),
            "lessons": rich_text(""),
            "transferability": rich_text(""),
            "documents": streamfield([]),
            "year": "2019",
            "city_links": inline_formset([{"city": str(seoul.pk)}]),
            "pair": "",
            "themes": [],
            "comments": inline_formset([]),
        }
    )
    assert editor_client.post(url, data).json()["is_valid"] is True
    html = editor_client.get(url).content.decode()
    assert "Preview practice" in html and "1,200 t" in html and seoul.url in html


@pytest.mark.parametrize("model", ["cityindexpage", "pairindexpage", "casestudyindexpage"])
def test_index_pages_can_be_created_once_under_the_home_page(editor_client, home_page, model):
    url = add_url(model, home_page)
    data = nested_form_data(
        {
            "title": "Index",
            "slug": f"index-{model}",
            "intro": "",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    assert editor_client.post(url, data).status_code == 302
    # A second one would split the listing: the admin no longer offers it.
    assert editor_client.get(url).status_code in (302, 403)
