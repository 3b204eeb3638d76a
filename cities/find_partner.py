"""The find-a-partner page: its two plain GET forms and its ranked, paginated results.

A visitor either picks a city of the network (``?city=<id of the English city page>``, the
same id in every language) and gets its stored scores, or describes a city that is not in the
network yet (``?region=eu&theme=energy-efficiency&goals=…``), which is scored on the spot
against the cached network (``partner_scores.cached_network``). Input is read like the
listings' filters (``cities.filters``): a value the page does not know is dropped and a note
says so, an over-long text is cut with a note, a page number that cannot exist is a 404.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.utils.translation import gettext as _

from portal.localization import localized_pages

from .filters import paginate
from .localization import localized_countries, localized_themes
from .models import CityPage, Region
from .partner_scores import cached_network
from .suggestions import Presenter, current_pairs_of, present_scores, scores_of

PER_PAGE = 10
MAX_GOALS_LENGTH = 500
MAX_THEMES = 20  # more theme values than there are themes is not a real request


def _invalid(value, label):
    # The listings' own message (cities.filters), so that every filter speaks alike.
    return _("“%(value)s” is not a valid choice for “%(filter)s”, so it was ignored.") % {
        "value": value[:100],
        "filter": label,
    }


class PartnerQuery:
    """The visitor's request, checked: ``city`` or (``region``, ``themes``, ``goals``)."""

    def __init__(self, request, cities_by_pk, themes_by_slug):
        self.ignored = []
        self.city = None
        self.region = ""
        self.themes = []
        self.goals = ""
        params = request.GET

        raw = params.get("city", "").strip()
        if raw:
            if raw.isdigit() and int(raw) in cities_by_pk:
                self.city = cities_by_pk[int(raw)]
            else:
                self.ignored.append(_invalid(raw, _("City of the network")))

        raw = params.get("region", "").strip()
        if raw:
            if raw in Region.values:
                self.region = raw
            else:
                self.ignored.append(_invalid(raw, _("Where is your city?")))

        for raw in params.getlist("theme")[:MAX_THEMES]:
            raw = raw.strip()
            if raw in themes_by_slug:
                if raw not in self.themes:
                    self.themes.append(raw)
            elif raw:
                self.ignored.append(_invalid(raw, _("Themes your city works on")))

        goals = " ".join(params.get("goals", "").split())
        if len(goals) > MAX_GOALS_LENGTH:
            self.ignored.append(
                _("Your text is longer than %(limit)s characters, so only its beginning was used.")
                % {"limit": MAX_GOALS_LENGTH}
            )
            goals = goals[:MAX_GOALS_LENGTH]
        self.goals = goals

        if self.city is not None and (self.region or self.themes or self.goals):
            self.ignored.append(
                _("A city of the network was chosen, so the description of your city was not used.")
            )

    @property
    def mode(self):
        if self.city is not None:
            return "city"
        if self.themes or self.goals:
            return "profile"
        return None

    @property
    def active(self):
        return self.mode is not None

    @property
    def querystring(self):
        """The valid values, to carry into pagination links."""
        if self.city is not None:
            return urlencode({"city": self.city.pk})
        items = [("region", self.region)] if self.region else []
        items += [("theme", slug) for slug in self.themes]
        if self.goals:
            items.append(("goals", self.goals))
        return urlencode(items)


def _network_cities():
    """The English cities of the network, for the form's select and the results (1 query)."""
    return list(
        CityPage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .defer_streamfields()
        .select_related("locale", "country")
        .order_by("title", "pk")
    )


def _city_groups(cities, shown, countries, selected):
    groups = {Region.EU: [], Region.PARTNER: []}
    for city in cities:
        local = shown.get(city.translation_key, city)
        country = countries.get(city.country.translation_key, city.country)
        groups.setdefault(city.country.region, []).append(
            {
                "value": city.pk,
                "label": f"{local.title} ({country.name})",
                "selected": selected is not None and city.pk == selected.pk,
            }
        )
    return [
        {
            "label": Region(region).label,
            "cities": sorted(items, key=lambda i: i["label"].casefold()),
        }
        for region, items in groups.items()
        if items
    ]


def find_partner_context(page, request):
    cities = _network_cities()
    cities_by_pk = {city.pk: city for city in cities}
    shown = localized_pages(cities, CityPage)
    countries = localized_countries()
    themes = localized_themes()
    themes_by_slug = {theme.slug: theme for theme in themes.values()}
    query = PartnerQuery(request, cities_by_pk, themes_by_slug)

    context = {
        "filters": query,  # the name cities/includes/listing_status.html and pagination.html use
        "query": query,
        "city_groups": _city_groups(cities, shown, countries, query.city),
        "regions": [
            {"value": value, "label": label, "selected": value == query.region}
            for value, label in Region.choices
        ],
        "theme_choices": [
            {"slug": theme.slug, "theme": theme, "checked": theme.slug in query.themes}
            for theme in sorted(themes_by_slug.values(), key=lambda t: t.name.casefold())
        ],
        "goals_limit": MAX_GOALS_LENGTH,
        "seeker": None,
        "listing": None,
        "suggestions": [],
    }
    if query.mode == "city":
        seeker = shown.get(query.city.translation_key, query.city)
        seeker.country_display = countries.get(
            query.city.country.translation_key, query.city.country
        )
        rows, other = scores_of(query.city.translation_key, query.city.country.region)
        listing = paginate(request, rows, PER_PAGE)
        pairs = current_pairs_of(query.city.translation_key)
        context["suggestions"] = present_scores(
            list(listing.items), other, seeker, pairs, themes=themes, countries=countries
        )
        context.update(seeker=seeker, listing=listing)
    elif query.mode == "profile":
        theme_keys = [str(themes_by_slug[slug].translation_key) for slug in query.themes]
        matches = cached_network().score_query(
            themes=theme_keys, goals=query.goals, region=query.region or None
        )
        listing = paginate(request, matches, PER_PAGE)
        entries = [
            (cities_by_pk[key], match.score, match.reasons())
            for key, match in listing.items
            if key in cities_by_pk
        ]
        presenter = Presenter(None, themes=themes, countries=countries)
        context["suggestions"] = presenter.present(entries)
        context["listing"] = listing
    return context
