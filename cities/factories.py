"""Factories for the city network's pages (wagtail-factories / factory_boy).

Themes and countries are seeded by a data migration, so factories look them up instead of
creating new ones: ``english_theme("energy-efficiency")``, ``english_country("KR")``.
"""

from decimal import Decimal

import factory
import wagtail_factories

from .models import (
    CaseStudyCity,
    CaseStudyIndexPage,
    CaseStudyPage,
    CityIndexPage,
    CityPage,
    CityPartner,
    Country,
    PairIndexPage,
    PairPage,
    Theme,
)


def english_theme(slug):
    return Theme.objects.get(slug=slug, locale__language_code="en")


def english_country(iso_code):
    return Country.objects.get(iso_code=iso_code, locale__language_code="en")


class CityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Cities"
    slug = "cities"
    intro = "The cities of the programme."

    class Meta:
        model = CityIndexPage


class CityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"City {n}")
    country = factory.LazyFunction(lambda: english_country("DE"))
    population = 500_000
    latitude = Decimal("50.11000")
    longitude = Decimal("8.68000")
    intro = factory.LazyAttribute(lambda page: f"{page.title} cooperates with the world.")
    goals = "<p>Learn about smart mobility.</p>"
    offer = "<p>Experience with district heating.</p>"

    class Meta:
        model = CityPage


class CityPartnerFactory(factory.django.DjangoModelFactory):
    organisation = factory.Sequence(lambda n: f"Organisation {n}")
    sector = "research"
    url = "https://example.org/"

    class Meta:
        model = CityPartner


class PairIndexPageFactory(wagtail_factories.PageFactory):
    title = "Pairs"
    slug = "pairs"

    class Meta:
        model = PairIndexPage


class PairPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: f"{page.eu_city.title} – {page.partner_city.title}")
    cycle = "2017-2018"
    status = "active"
    summary = "Two cities working together on energy."

    class Meta:
        model = PairPage


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Good practices"
    slug = "good-practices"

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Good practice {n}")
    year = 2018
    summary = "A pilot action that other cities can repeat."
    challenge = "<p>Too much energy used by street lights.</p>"
    involves_government = True

    class Meta:
        model = CaseStudyPage


class CaseStudyCityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseStudyCity
