"""What the home page shows besides its own text: key figures, featured pairs, upcoming
events and the latest news, all from the visitor's language tree.

Each section is a fixed number of queries whatever the size of the network (counts are
single aggregate queries; cards reuse the listings' own display helpers, which fetch the
visitor-language versions of cities, countries and themes once for all cards).
"""

from django.utils import timezone

from cities.listings import attach_pair_cities, with_pair_cities
from cities.localization import localized_countries, localized_themes, theme_names
from cities.models import CaseStudyPage, CityPage, PairPage
from news.models import EventPage, NewsPage
from news.models.events import for_display as events_for_display
from news.models.news import for_display as news_for_display
from portal.localization import mark_content_languages, source_language_annotation

FEATURED_PAIRS = 4
UPCOMING_EVENTS = 3
LATEST_NEWS = 3


def key_figures(home):
    cities = CityPage.objects.live().public().descendant_of(home)
    return {
        "cities": cities.count(),
        "countries": cities.order_by().values("country").distinct().count(),
        "pairs": PairPage.objects.live().public().descendant_of(home).count(),
        "case_studies": CaseStudyPage.objects.live().public().descendant_of(home).count(),
    }


def featured_pairs(home, countries, themes):
    # Active pairs first, then the latest cycle: what the programme is doing now.
    pairs = list(
        with_pair_cities(PairPage.objects.live().public().descendant_of(home))
        .prefetch_related("themes")
        .order_by("-cycle", "status", "title")[:FEATURED_PAIRS]
    )
    mark_content_languages(pairs)
    attach_pair_cities(pairs, countries)
    for pair in pairs:
        pair.themes_display = theme_names(pair.themes.all(), themes)
    return pairs


def upcoming_events(home, countries, now=None):
    events = (
        EventPage.objects.live()
        .public()
        .descendant_of(home)
        .filter(end__gte=now or timezone.now())
        .defer_streamfields()
        .select_related("locale", "host_city__locale", "host_city__country")
        .annotate(source_language_code=source_language_annotation())
        .order_by("start", "pk")[:UPCOMING_EVENTS]
    )
    return events_for_display(list(events), countries)


def latest_news(home, themes):
    articles = (
        NewsPage.objects.live()
        .public()
        .descendant_of(home)
        .defer_streamfields()
        .select_related("locale", "image")
        .prefetch_related("themes")
        .annotate(source_language_code=source_language_annotation())
        .order_by("-date", "-pk")[:LATEST_NEWS]
    )
    return news_for_display(list(articles), themes)


def home_sections(home):
    countries = localized_countries()
    themes = localized_themes()
    return {
        "key_figures": key_figures(home),
        "featured_pairs": featured_pairs(home, countries, themes),
        "upcoming_events": upcoming_events(home, countries),
        "latest_news": latest_news(home, themes),
    }
