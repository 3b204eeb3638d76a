"""The city network's content model: seeded snippets and the rules the models enforce."""

from decimal import Decimal

from django.core.exceptions import ValidationError

from wagtail_localize.fields import get_translatable_fields

import pytest

from cities.factories import CityPageFactory, PairPageFactory, english_country
from cities.models import CaseStudyPage, CityPage, Country, PairPage, Theme

pytestmark = pytest.mark.django_db


def test_migration_seeds_the_six_themes_in_english():
    themes = Theme.objects.filter(locale__language_code="en")
    assert sorted(themes.values_list("name", flat=True)) == [
        "Cross-border cooperation",
        "Energy efficiency",
        "Green technologies",
        "Low-carbon development",
        "Smart city and urban innovation",
        "Urban–rural partnership",
    ]


def test_migration_seeds_eu_uk_and_partner_countries():
    countries = Country.objects.filter(locale__language_code="en")
    assert countries.filter(region="eu").count() == 28  # 27 member states and the UK
    assert countries.get(iso_code="GB").region == "eu"
    assert set(countries.filter(region="partner").values_list("iso_code", flat=True)) == {
        "AU",
        "KR",
        "ZA",
        "ID",
        "VN",
    }


def test_country_code_must_be_iso_3166_alpha2(english):
    country = Country(name="Atlantis", iso_code="XX", region="eu", locale=english)
    with pytest.raises(ValidationError) as error:
        country.full_clean()
    assert "iso_code" in error.value.message_dict


def test_country_code_is_stored_in_capitals(english):
    country = Country(name="Norway", iso_code="no", region="partner", locale=english)
    country.full_clean()
    assert country.iso_code == "NO"


def test_country_code_is_unique_per_locale(english):
    duplicate = Country(name="Deutschland", iso_code="DE", region="eu", locale=english)
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert error.value.message_dict["iso_code"] == ["A country with this ISO code already exists."]


def test_theme_slug_is_unique_per_locale(english):
    duplicate = Theme(name="Energy", slug="energy-efficiency", locale=english)
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "slug" in error.value.message_dict


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("latitude", Decimal("90.00001")),
        ("latitude", Decimal("-91")),
        ("longitude", Decimal("180.5")),
        ("longitude", Decimal("-181")),
    ],
)
def test_city_coordinates_must_be_on_earth(seoul, field, value):
    setattr(seoul, field, value)
    with pytest.raises(ValidationError) as error:
        seoul.full_clean()
    assert field in error.value.message_dict


def test_city_coordinates_at_the_limits_are_valid(seoul):
    seoul.latitude, seoul.longitude = Decimal("-90"), Decimal("180")
    seoul.full_clean()


def test_city_region_follows_its_country(hamburg, seoul):
    assert hamburg.region == "eu"
    assert seoul.region == "partner"


def test_pair_joins_one_eu_and_one_partner_city(pair_index, hamburg, seoul):
    pair = PairPageFactory(parent=pair_index, eu_city=hamburg, partner_city=seoul)
    assert pair.live
    assert pair.cycle_label == "2017\N{EN DASH}2018"


def test_pair_of_two_eu_cities_is_refused(pair_index, city_index, hamburg):
    paris = CityPageFactory(parent=city_index, title="Paris", country=english_country("FR"))
    with pytest.raises(ValidationError) as error:
        PairPageFactory(parent=pair_index, eu_city=hamburg, partner_city=paris)
    assert "not in a partner country" in error.value.message_dict["partner_city"][0]


def test_pair_with_the_cities_swapped_is_refused(pair_index, hamburg, seoul):
    with pytest.raises(ValidationError) as error:
        PairPageFactory(parent=pair_index, eu_city=seoul, partner_city=hamburg)
    assert "not in an EU member state" in error.value.message_dict["eu_city"][0]
    assert "not in a partner country" in error.value.message_dict["partner_city"][0]


def test_the_same_pair_cannot_exist_twice(pair_index, hamburg, seoul):
    first = PairPageFactory(parent=pair_index, eu_city=hamburg, partner_city=seoul)
    with pytest.raises(ValidationError) as error:
        PairPageFactory(
            parent=pair_index, eu_city=hamburg, partner_city=seoul, title="Again", slug="again"
        )
    message = error.value.message_dict["partner_city"][0]
    assert "already a pair" in message and first.title in message


def test_cycle_must_be_two_years_in_order(pair_index, hamburg, seoul):
    pair = PairPageFactory(parent=pair_index, eu_city=hamburg, partner_city=seoul)
    for bad in ("2018-2017", "2017", "17-18", "2017–2018"):
        pair.cycle = bad
        with pytest.raises(ValidationError) as error:
            pair.full_clean()
        assert "cycle" in error.value.message_dict


@pytest.mark.parametrize(
    ("model", "synchronised", "translated"),
    [
        (
            CityPage,
            {"country", "population", "latitude", "longitude", "themes", "kind", "website"},
            {"title", "intro", "goals", "offer", "body", "hero_image_alt", "partners"},
        ),
        (
            PairPage,
            {"eu_city", "partner_city", "cycle", "status", "themes"},
            {"title", "summary", "cooperation_plan", "outcomes"},
        ),
        (
            CaseStudyPage,
            {"pair", "themes", "year", "city_links", "involves_research"},
            {"title", "summary", "challenge", "approach", "results", "lessons"},
        ),
        (Country, {"iso_code", "region"}, {"name"}),
        (Theme, {"slug"}, {"name", "description"}),
    ],
)
def test_facts_are_synchronised_and_words_translated(model, synchronised, translated):
    fields = {field.field_name: field for field in get_translatable_fields(model)}
    sample = model()
    for name in synchronised:
        assert not fields[name].is_translated(sample), name
    for name in translated:
        assert fields[name].is_translated(sample), name
