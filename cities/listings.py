"""What each index page lists: its filters, its query and the data its cards show.

Every listing takes the same number of queries whatever the number of items: relations are
joined or prefetched, and the visitor-language versions of themes, countries and cities are
fetched once per request for all items (``cities.localization``).
"""

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from portal.localization import localized_pages, mark_content_languages

from .filters import Filter, ListingFilters, paginate
from .localization import localized_countries, localized_themes, theme_names
from .models import CaseStudyCity, CaseStudyPage, CityPage, PairPage, PairStatus, Region, Sector


def _by_label(options):
    return sorted(options, key=lambda option: str(option[1]).casefold())


def _theme_filter(themes):
    return Filter(
        "theme",
        _("Theme"),
        _("All themes"),
        options=_by_label(
            (theme.slug, theme.name, theme.locale.language_code) for theme in themes.values()
        ),
    )


def _country_filter(countries, used_codes, name="country", label=None, all_label=None):
    """Countries that have items in the listing; any known ISO code is valid."""
    by_code = {country.iso_code: country for country in countries.values()}
    return Filter(
        name,
        label or _("Country"),
        all_label or _("All countries"),
        options=_by_label((code, by_code[code].name) for code in used_codes if code in by_code),
        valid=set(by_code),
    )


def _listing_context(request, filters, queryset):
    listing = paginate(request, queryset)
    items = list(listing.items)
    mark_content_languages(items)
    return filters, listing, items


def city_listing(index, request):
    base = CityPage.objects.live().public().descendant_of(index)
    countries = localized_countries()
    themes = localized_themes()
    used_codes = set(base.order_by().values_list("country__iso_code", flat=True).distinct())
    filters = ListingFilters(
        request,
        [
            _country_filter(countries, used_codes),
            Filter("region", _("Region"), _("All regions"), options=Region.choices),
            _theme_filter(themes),
        ],
    )
    values = filters.values
    queryset = base
    if "country" in values:
        queryset = queryset.filter(country__iso_code=values["country"])
    if "region" in values:
        queryset = queryset.filter(country__region=values["region"])
    if "theme" in values:
        queryset = queryset.filter(themes__slug=values["theme"]).distinct()
    queryset = (
        queryset.defer_streamfields()
        .select_related("locale", "country")
        .prefetch_related("themes")
        .order_by("title", "pk")
    )
    filters, listing, items = _listing_context(request, filters, queryset)
    for city in items:
        city.country_display = countries.get(city.country.translation_key, city.country)
        city.themes_display = theme_names(city.themes.all(), themes)
    return {"filters": filters, "listing": listing, "items": items}


def pair_listing(index, request):
    base = PairPage.objects.live().public().descendant_of(index)
    countries = localized_countries()
    themes = localized_themes()
    partner_countries = {
        key: country for key, country in countries.items() if country.region == Region.PARTNER
    }
    used_codes = set(
        base.order_by().values_list("partner_city__country__iso_code", flat=True).distinct()
    )
    cycles = sorted(set(base.order_by().values_list("cycle", flat=True).distinct()))
    filters = ListingFilters(
        request,
        [
            _country_filter(
                partner_countries,
                used_codes,
                label=_("Partner country"),
                all_label=_("All partner countries"),
            ),
            _theme_filter(themes),
            Filter(
                "cycle",
                _("Programme cycle"),
                _("All cycles"),
                options=[(cycle, cycle.replace("-", "\N{EN DASH}")) for cycle in cycles],
            ),
            Filter("status", _("Status"), _("All statuses"), options=PairStatus.choices),
        ],
    )
    values = filters.values
    queryset = base
    if "country" in values:
        queryset = queryset.filter(partner_city__country__iso_code=values["country"])
    if "cycle" in values:
        queryset = queryset.filter(cycle=values["cycle"])
    if "status" in values:
        queryset = queryset.filter(status=values["status"])
    if "theme" in values:
        queryset = queryset.filter(themes__slug=values["theme"]).distinct()
    queryset = with_pair_cities(queryset).prefetch_related("themes").order_by("title", "pk")
    filters, listing, items = _listing_context(request, filters, queryset)
    attach_pair_cities(items, countries)
    for pair in items:
        pair.themes_display = theme_names(pair.themes.all(), themes)
    return {"filters": filters, "listing": listing, "items": items}


def with_pair_cities(pairs):
    """A queryset of pairs that fetches what a pair card shows of its two cities (their
    locale and country) in the same query; ``attach_pair_cities`` then localises them."""
    return pairs.defer_streamfields().select_related(
        "locale",
        "eu_city__locale",
        "eu_city__country",
        "partner_city__locale",
        "partner_city__country",
    )


def attach_pair_cities(pairs, countries):
    """Each pair's two cities in the visitor's language, with their countries' names."""
    cities = localized_pages(
        [city for pair in pairs for city in (pair.eu_city, pair.partner_city)], CityPage
    )
    for pair in pairs:
        for role in ("eu_city", "partner_city"):
            city = getattr(pair, role)
            if city is None:
                setattr(pair, f"{role}_display", None)
                continue
            shown = cities.get(city.translation_key, city)
            shown.country_display = countries.get(city.country.translation_key, city.country)
            setattr(pair, f"{role}_display", shown)


def case_study_listing(index, request):
    base = CaseStudyPage.objects.live().public().descendant_of(index)
    countries = localized_countries()
    themes = localized_themes()
    used_codes = set(
        base.order_by().values_list("city_links__city__country__iso_code", flat=True).distinct()
    )
    years = sorted(set(base.order_by().values_list("year", flat=True).distinct()), reverse=True)
    filters = ListingFilters(
        request,
        [
            _theme_filter(themes),
            _country_filter(countries, used_codes),
            Filter("sector", _("Sector"), _("All sectors"), options=Sector.choices),
            Filter(
                "year",
                _("Year"),
                _("All years"),
                options=[(str(year), str(year)) for year in years],
                valid={str(year) for year in range(2000, 2101)},
            ),
        ],
    )
    values = filters.values
    queryset = base
    if "theme" in values:
        queryset = queryset.filter(themes__slug=values["theme"])
    if "country" in values:
        queryset = queryset.filter(city_links__city__country__iso_code=values["country"])
    if "sector" in values:
        queryset = queryset.filter(**{f"involves_{values['sector']}": True})
    if "year" in values:
        queryset = queryset.filter(year=int(values["year"]))
    if "theme" in values or "country" in values:
        queryset = queryset.distinct()
    queryset = (
        queryset.defer_streamfields()
        .select_related("locale")
        .prefetch_related(
            "themes",
            Prefetch(
                "city_links",
                queryset=CaseStudyCity.objects.select_related("city__locale", "city__country"),
            ),
        )
        .order_by("-year", "title", "pk")
    )
    filters, listing, items = _listing_context(request, filters, queryset)
    attach_case_study_cities(items, countries)
    for case_study in items:
        case_study.themes_display = theme_names(case_study.themes.all(), themes)
    return {"filters": filters, "listing": listing, "items": items}


def attach_case_study_cities(case_studies, countries):
    """Each good practice's cities in the visitor's language (prefetched ``city_links``)."""
    links = [link for case_study in case_studies for link in case_study.city_links.all()]
    cities = localized_pages([link.city for link in links], CityPage)
    for case_study in case_studies:
        shown = []
        for link in case_study.city_links.all():
            city = cities.get(link.city.translation_key, link.city)
            city.country_display = countries.get(
                link.city.country.translation_key, link.city.country
            )
            shown.append(city)
        case_study.cities_display = shown
