"""Stored scores follow the content: publishing, changing and unpublishing a city."""

from django.core.management import call_command

import pytest

from cities import partner_scores
from cities.models import PartnerScore
from cities.partner_scores import content_version, rescore_all

pytestmark = pytest.mark.django_db


def rows_of(city):
    return PartnerScore.objects.filter(eu_city=city) | PartnerScore.objects.filter(
        partner_city=city
    )


def test_rescore_all_stores_every_eu_partner_combination_with_reasons(network):
    hamburg = network.city(
        "Hamburg",
        "DE",
        ["energy-efficiency"],
        goals="Learn about heat pumps.",
        sectors=["research"],
    )
    network.city("Lyon", "FR", ["smart-city"])
    seoul = network.city(
        "Seoul", "KR", ["energy-efficiency"], offer="Seoul builds heat pumps.", sectors=["research"]
    )
    network.city("Sydney", "AU")
    assert rescore_all() == 4
    assert PartnerScore.objects.count() == 4
    row = PartnerScore.objects.get(eu_city=hamburg, partner_city=seoul)
    assert row.score > 0
    theme_key = str(seoul.themes.get().translation_key)
    assert row.reasons["themes"] == [theme_key]
    assert row.reasons["sectors"] == ["research"]
    (text,) = row.reasons["texts"]
    assert text["learner"] == "eu"
    assert text["goal"]["text"] == "Learn about heat pumps."
    assert text["offer"]["text"] == "Seoul builds heat pumps."


@pytest.fixture(params=["small network: all rescored", "large network: one city rescored"])
def rescoring(request, monkeypatch):
    """Both ways a publish updates scores (``partner_scores.rescore_city``)."""
    if request.param.startswith("large"):
        monkeypatch.setattr(partner_scores, "AUTO_FULL_LIMIT", 0)
    return request.param


def test_publishing_unpublishing_and_changing_a_city_update_its_scores(network, rescoring):
    hamburg = network.city("Hamburg", "DE", goals="Learn about heat pumps.")
    seoul = network.city("Seoul", "KR", offer="Seoul builds heat pumps.")
    assert PartnerScore.objects.count() == 0  # factories do not publish through Wagtail

    version = content_version()
    hamburg.save_revision().publish()
    assert content_version() != version
    row = PartnerScore.objects.get(eu_city=hamburg, partner_city=seoul)
    assert row.reasons["texts"][0]["goal"]["text"] == "Learn about heat pumps."

    # A new city appears in the others' suggestions as soon as it is published.
    busan = network.city("Busan", "KR", offer="Busan installs heat pumps.")
    busan.save_revision().publish()
    assert PartnerScore.objects.filter(eu_city=hamburg).count() == 2

    # A changed goal changes the reasons.
    hamburg.goals = "<p>Learn how Busan installs heat pumps.</p>"
    hamburg.save_revision().publish()
    row = PartnerScore.objects.get(eu_city=hamburg, partner_city=busan)
    assert row.reasons["texts"][0]["goal"]["text"] == "Learn how Busan installs heat pumps."

    # Unpublished: gone from every suggestion.
    busan.unpublish()
    assert not rows_of(busan).exists()
    assert PartnerScore.objects.filter(eu_city=hamburg).count() == 1

    # Deleted: gone too.
    seoul.delete()
    assert not PartnerScore.objects.exists()


def test_changing_a_country_region_moves_its_cities_to_the_other_side(network, rescoring):
    hamburg = network.city("Hamburg", "DE", ["smart-city"])
    seoul = network.city("Seoul", "KR", ["smart-city"])
    rescore_all()
    assert PartnerScore.objects.filter(eu_city=hamburg, partner_city=seoul).exists()
    korea = seoul.country
    korea.region = "eu"
    korea.save()
    # Two EU cities: no combination left.
    assert not PartnerScore.objects.exists()


def test_only_the_changed_city_is_rescored_in_a_large_network(network, monkeypatch):
    monkeypatch.setattr(partner_scores, "AUTO_FULL_LIMIT", 0)
    hamburg = network.city("Hamburg", "DE", ["smart-city"])
    lyon = network.city("Lyon", "FR", ["smart-city"])
    seoul = network.city("Seoul", "KR", ["smart-city"])
    rescore_all()
    untouched = PartnerScore.objects.get(eu_city=lyon, partner_city=seoul)
    hamburg.themes.set([])
    hamburg.save_revision().publish()
    assert PartnerScore.objects.get(eu_city=hamburg, partner_city=seoul).score == 0
    assert PartnerScore.objects.get(eu_city=lyon).updated_at == untouched.updated_at


def test_the_rescore_command_rewrites_every_score(network, capsys):
    network.city("Hamburg", "DE", ["smart-city"])
    network.city("Seoul", "KR", ["smart-city"])
    PartnerScore.objects.all().delete()
    call_command("rescore_matches")
    assert PartnerScore.objects.count() == 1
    assert "1 EU city ↔ partner city scores written" in capsys.readouterr().out
