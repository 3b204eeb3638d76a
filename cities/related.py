"""What a city, pair or good-practice page shows of the pages related to it.

Related pages are found in the page's own language tree by translation key: relations are
synchronised across locales and may point to the English page, but the Korean city page must
list (and link to) the Korean pair pages. Each function takes a fixed number of queries
however many pages are related.
"""

from django.db.models import Q

from portal.localization import localized_pages, mark_content_languages

from .listings import attach_case_study_cities, attach_pair_cities, with_pair_cities
from .localization import localized_countries, localized_themes, theme_names
from .models import CaseStudyPage, PairPage


def _pairs(queryset, countries):
    pairs = list(with_pair_cities(queryset.live().public()).order_by("-cycle", "title", "pk"))
    attach_pair_cities(pairs, countries)
    return mark_content_languages(pairs)


def _case_studies(queryset):
    case_studies = list(
        queryset.live()
        .public()
        .defer_streamfields()
        .select_related("locale")
        .order_by("-year", "title", "pk")
    )
    return mark_content_languages(case_studies)


def city_context(city):
    countries = localized_countries()
    key = city.translation_key
    pairs = _pairs(
        PairPage.objects.filter(locale_id=city.locale_id).filter(
            Q(eu_city__translation_key=key) | Q(partner_city__translation_key=key)
        ),
        countries,
    )
    case_studies = _case_studies(
        CaseStudyPage.objects.filter(
            locale_id=city.locale_id, city_links__city__translation_key=key
        ).distinct()
    )
    return {
        "country": countries.get(city.country.translation_key, city.country),
        "themes": theme_names(city.themes.all(), localized_themes()),
        "partners": list(city.partners.all()),
        "pairs": pairs,
        "case_studies": case_studies,
    }


def pair_context(pair):
    countries = localized_countries()
    attach_pair_cities([pair], countries)
    case_studies = _case_studies(
        CaseStudyPage.objects.filter(
            locale_id=pair.locale_id, pair__translation_key=pair.translation_key
        )
    )
    return {
        "eu_city": pair.eu_city_display,
        "partner_city": pair.partner_city_display,
        "pair_cities": [
            city for city in (pair.eu_city_display, pair.partner_city_display) if city is not None
        ],
        "themes": theme_names(pair.themes.all(), localized_themes()),
        "case_studies": case_studies,
    }


def case_study_context(case_study):
    countries = localized_countries()
    attach_case_study_cities([case_study], countries)
    pair = None
    if case_study.pair_id:
        source = PairPage.objects.filter(pk=case_study.pair_id).select_related("locale").first()
        if source is not None:
            pair = localized_pages([source], PairPage).get(source.translation_key, source)
            if not pair.live:
                pair = None
    return {
        "cities": case_study.cities_display,
        "pair": pair,
        "themes": theme_names(case_study.themes.all(), localized_themes()),
        "sectors": case_study.sectors,
    }
