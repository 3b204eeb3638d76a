"""The programme's six themes and its 33 countries, in English.

The 27 EU member states, the United Kingdom (a member during the 2017-2018 cycle, so on the EU
side of its pairs) and the five partner countries. Translators translate the names through
wagtail-localize; codes, slugs and regions are facts shared by every locale.

Idempotent: rows that already exist (same locale and slug or ISO code) are left as they are.
"""

import uuid

from django.db import migrations

THEMES = [
    (
        "smart-city",
        "Smart city and urban innovation",
        "Digital services, data and new ideas that make city life better.",
    ),
    (
        "green-technologies",
        "Green technologies",
        "Clean technologies for water, waste, air and urban green.",
    ),
    (
        "energy-efficiency",
        "Energy efficiency",
        "Buildings, lighting and networks that do the same with less energy.",
    ),
    (
        "low-carbon-development",
        "Low-carbon development",
        "Plans and investments that cut a city's greenhouse gas emissions.",
    ),
    (
        "urban-rural-partnership",
        "Urban–rural partnership",
        "Cities and the countryside around them working together.",
    ),
    (
        "cross-border-cooperation",
        "Cross-border cooperation",
        "Cities that share a border and solve problems together.",
    ),
]

EU = [
    ("AT", "Austria"), ("BE", "Belgium"), ("BG", "Bulgaria"), ("HR", "Croatia"),
    ("CY", "Cyprus"), ("CZ", "Czechia"), ("DK", "Denmark"), ("EE", "Estonia"),
    ("FI", "Finland"), ("FR", "France"), ("DE", "Germany"), ("GR", "Greece"),
    ("HU", "Hungary"), ("IE", "Ireland"), ("IT", "Italy"), ("LV", "Latvia"),
    ("LT", "Lithuania"), ("LU", "Luxembourg"), ("MT", "Malta"), ("NL", "Netherlands"),
    ("PL", "Poland"), ("PT", "Portugal"), ("RO", "Romania"), ("SK", "Slovakia"),
    ("SI", "Slovenia"), ("ES", "Spain"), ("SE", "Sweden"),
    ("GB", "United Kingdom"),
]  # fmt: skip
PARTNERS = [
    ("AU", "Australia"), ("KR", "South Korea"), ("ZA", "South Africa"),
    ("ID", "Indonesia"), ("VN", "Vietnam"),
]  # fmt: skip


def english_locale(apps):
    # Wagtail's initial migration creates a locale for LANGUAGE_CODE, but a database first
    # migrated with another default may lack English: fetch or create it by its code.
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _ = Locale.objects.get_or_create(language_code="en")
    return locale


def seed(apps, schema_editor):
    Theme = apps.get_model("cities", "Theme")
    Country = apps.get_model("cities", "Country")
    locale = english_locale(apps)

    existing_slugs = set(Theme.objects.filter(locale=locale).values_list("slug", flat=True))
    Theme.objects.bulk_create(
        Theme(
            slug=slug,
            name=name,
            description=description,
            locale=locale,
            translation_key=uuid.uuid4(),
        )
        for slug, name, description in THEMES
        if slug not in existing_slugs
    )

    existing_codes = set(
        Country.objects.filter(locale=locale).values_list("iso_code", flat=True)
    )
    rows = [(code, name, "eu") for code, name in EU]
    rows += [(code, name, "partner") for code, name in PARTNERS]
    Country.objects.bulk_create(
        Country(
            iso_code=code, name=name, region=region, locale=locale, translation_key=uuid.uuid4()
        )
        for code, name, region in rows
        if code not in existing_codes
    )


def unseed(apps, schema_editor):
    Theme = apps.get_model("cities", "Theme")
    Country = apps.get_model("cities", "Country")
    Theme.objects.filter(
        locale__language_code="en", slug__in=[slug for slug, _, _ in THEMES]
    ).delete()
    Country.objects.filter(
        locale__language_code="en", iso_code__in=[code for code, _ in EU + PARTNERS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cities", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
