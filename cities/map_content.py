"""What a cities map shows, from the pages: cities and pairs in the visitor's language.

Three scopes, each a fixed number of queries whatever the number of cities:
- the whole network (the home page): every live, public English city, shown in the
  visitor's language where a version exists, and every pair between them;
- a list of cities (the city index, following its filters): those cities and the pairs whose
  two cities are both in it;
- one pair (the pair page): its two cities and its line.
"""

from django.conf import settings

from portal.localization import active_language, localized_pages

from .localization import localized_countries
from .map import MapCity, MapPair, layout, world_outline
from .models import CityPage, PairPage, Region


def _english(queryset):
    return queryset.filter(locale__language_code=settings.LANGUAGE_CODE)


def _city_pages(cities=None, pair=None):
    if pair is not None:
        ids = [pk for pk in (pair.eu_city_id, pair.partner_city_id) if pk]
        queryset = CityPage.objects.live().public().filter(pk__in=ids)
    elif cities is not None:
        queryset = cities
    else:
        queryset = _english(CityPage.objects.live().public()).order_by("title", "pk")
    if hasattr(queryset, "select_related"):
        queryset = (
            queryset.select_related("locale", "country").prefetch_related(None).defer_streamfields()
        )
    return [page for page in queryset if page.country_id]


def _language_mark(code, language):
    return code if code and code != language else ""


def map_cities(request, pages):
    language = active_language()
    shown = localized_pages(pages, CityPage)
    countries = localized_countries()
    cities = []
    for page in pages:
        local = shown.get(page.translation_key, page)
        country = countries.get(page.country.translation_key, page.country)
        cities.append(
            MapCity(
                key=page.translation_key,
                title=local.title,
                country=country.name,
                region=page.country.region,
                url=local.get_url(request),
                longitude=float(page.longitude),
                latitude=float(page.latitude),
                title_lang=_language_mark(local.content_language_code, language),
                country_lang=_language_mark(country.locale.language_code, language),
            )
        )
    return cities


def map_pairs(request, cities, pair=None):
    by_key = {city.key: city for city in cities}
    queryset = _english(PairPage.objects.live().public()).select_related(
        "locale", "eu_city", "partner_city"
    )
    if pair is not None:
        queryset = queryset.filter(translation_key=pair.translation_key)
    else:
        queryset = queryset.filter(
            eu_city__translation_key__in=by_key, partner_city__translation_key__in=by_key
        )
    pages = list(queryset.defer_streamfields().order_by("title", "pk"))
    shown = localized_pages(pages, PairPage)
    language = active_language()
    pairs = []
    for page in pages:
        if page.eu_city is None or page.partner_city is None:
            continue
        eu = by_key.get(page.eu_city.translation_key)
        partner = by_key.get(page.partner_city.translation_key)
        if eu is None or partner is None:
            continue
        local = shown.get(page.translation_key, page)
        pairs.append(
            MapPair(
                title=local.title,
                url=local.get_url(request),
                eu=eu,
                partner=partner,
                title_lang=_language_mark(local.content_language_code, language),
            )
        )
    return pairs


def network_map(request, cities=None, pair=None):
    """The context of ``cities/includes/map.html`` for one of the three scopes."""
    shown = map_cities(request, _city_pages(cities, pair))
    pairs = map_pairs(request, shown, pair)
    shown, pairs, box = layout(shown, pairs)
    return {
        "outline": world_outline(),
        "view_box": " ".join(str(number) for number in box),
        "eu_cities": [city for city in shown if city.region == Region.EU],
        "partner_cities": [city for city in shown if city.region != Region.EU],
        "cities": sorted(shown, key=lambda city: city.title.casefold()),
        "pairs": pairs,
        "regions": {"eu": Region.EU.label, "partner": Region.PARTNER.label},
    }
