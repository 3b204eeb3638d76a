"""Issue 5: translatable snippets (themes, countries) are translated through wagtail-localize
and show in the visitor's language on the pages that use them."""

from django.urls import reverse

from wagtail_localize.models import Translation

import pytest
from bs4 import BeautifulSoup

from cities.factories import CityIndexPageFactory, CityPageFactory, english_country
from cities.models import Country
from news import factories as news_factories

from .conftest import translate_strings

pytestmark = pytest.mark.django_db


@pytest.fixture
def korean_theme(theme_model, korean, start_translation, publish_translation):
    theme = theme_model.objects.create(
        name="Circular economy", slug="circular-economy", description="Less waste, more reuse."
    )
    translation = start_translation(theme, korean)
    translate_strings(
        translation,
        {
            "Circular economy": "순환 경제",
            "Less waste, more reuse.": "폐기물은 줄이고 재사용은 늘립니다.",
        },
    )
    publish_translation(translation)
    return theme


def test_translating_a_theme_makes_a_korean_theme_through_wagtail_localize(
    korean_theme, theme_model, korean
):
    korean_copy = theme_model.objects.get(
        translation_key=korean_theme.translation_key, locale=korean
    )

    assert korean_copy.name == "순환 경제"
    assert korean_copy.description == "폐기물은 줄이고 재사용은 늘립니다."
    assert korean_copy.slug == "circular-economy"  # a fact, the same in every language


def test_korean_theme_name_shows_on_a_korean_page(client, home_page, korean, korean_theme):
    index = news_factories.NewsIndexPageFactory(parent=home_page)
    article = news_factories.NewsPageFactory(parent=index, title="Recycling in Suwon")
    article.themes.set([korean_theme])
    article.save_revision().publish()
    for page in (index, article):
        page.copy_for_translation(korean, copy_parents=True, alias=True)

    korean_page = client.get("/ko/news/recycling-in-suwon/")
    english_page = client.get("/en/news/recycling-in-suwon/")

    assert korean_page.status_code == 200
    badges = [
        b.get_text(strip=True)
        for b in BeautifulSoup(korean_page.content, "html.parser").select(".badge")
    ]
    assert "순환 경제" in badges
    assert "Circular economy" not in badges
    assert "Circular economy" in english_page.content.decode()


def test_city_page_shows_the_korean_theme_name(client, home_page, korean, korean_theme):

    index = CityIndexPageFactory(parent=home_page)
    city = CityPageFactory(parent=index, title="Suwon")
    city.themes.set([korean_theme])
    city.save_revision().publish()
    for page in (index, city):
        page.copy_for_translation(korean, copy_parents=True, alias=True)

    response = client.get("/ko/cities/suwon/")

    assert response.status_code == 200
    assert "순환 경제" in response.content.decode()


def test_korean_translator_opens_the_theme_in_the_translation_editor(
    korean_theme, theme_model, korean, korean_translator, login
):
    korean_copy = theme_model.objects.get(
        translation_key=korean_theme.translation_key, locale=korean
    )
    url = reverse(theme_model.snippet_viewset.get_url_name("edit"), args=[korean_copy.pk])

    response = login(korean_translator).get(url)

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    assert "Circular economy" in response.content.decode()  # the English source, to translate


def test_country_translated_through_the_admin_shows_on_the_korean_city_page(
    client, home_page, korean, korean_translator, login
):
    """The whole UI path: "Translate" into Korean, type the name in the editor, publish."""
    germany = english_country("DE")
    translator = login(korean_translator)
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["cities", "country", germany.pk]
    )
    started = translator.post(submit, {"locales": [korean.pk]})
    korean_germany = Country.objects.get(translation_key=germany.translation_key, locale=korean)
    edit = reverse(Country.snippet_viewset.get_url_name("edit"), args=[korean_germany.pk])
    assert started.status_code == 302
    assert started["Location"] == edit

    translation = Translation.objects.get(
        source__object_id=germany.translation_key, target_locale=korean
    )
    segment = translation.source.stringsegment_set.get(context__path="name")
    typed = translator.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=%EB%8F%85%EC%9D%BC",  # 독일, as the editor sends it
        content_type="application/x-www-form-urlencoded",
    )
    assert typed.status_code == 201
    assert translator.post(edit, {"action": "publish"}).status_code == 302
    korean_germany.refresh_from_db()
    assert korean_germany.name == "독일"
    assert korean_germany.iso_code == "DE"  # a fact, synchronised

    index = CityIndexPageFactory(parent=home_page)
    city = CityPageFactory(parent=index, title="Hamburg", country=germany)
    city.save_revision().publish()
    for page in (index, city):
        page.copy_for_translation(korean, copy_parents=True, alias=True)
    page = client.get("/ko/cities/hamburg/").content.decode()
    assert "독일" in page
