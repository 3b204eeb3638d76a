"""Partner suggestions as visitors see them: ranked cities with their reasons in their language.

The stored reasons (``PartnerScore.reasons``) name themes by translation key and sentences by
their place in the English goals and offer. Here they become the visitor's words: the theme's
name in the active language where a translation exists, and the matched sentence taken from
the city's translated page when there is one (wagtail-localize translates rich text paragraph
by paragraph; within a paragraph the sentence is picked when the translation has as many
sentences as the English, else the whole paragraph is shown). Text that has no translation is
shown in English and marked ``lang="en"``.

Every function takes a fixed number of queries, whatever the number of cities.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q, Subquery

from portal.localization import active_language, localized_pages

from .localization import localized_countries, localized_themes
from .models import CityPage, FindPartnerPage, PairPage, PartnerScore, Region, Sector
from .sentences import paragraphs, split_sentences

SIMILAR_CITIES = 5


@dataclass
class Sentence:
    text: str
    lang: str = ""  # set when the text is not in the visitor's language


@dataclass
class TextReason:
    learner: object  # the city page (visitor's language) whose goal it is; None: the visitor
    provider: object  # the city page whose offer meets it
    goal: Sentence
    offer: Sentence


@dataclass
class Suggestion:
    city: object  # CityPage in the visitor's language, with ``country_display``
    score: float
    themes: list = field(default_factory=list)  # Theme rows in the visitor's language
    sectors: list = field(default_factory=list)  # Sector labels
    texts: list = field(default_factory=list)  # TextReason
    pair: object = None  # the PairPage when the two cities already are a pair this cycle

    @property
    def percent(self):
        return round(self.score * 100)

    @property
    def region(self):
        return self.city.country_display.region


def _sentence(page, field_name, ref):
    """A matched sentence from ``page`` (the visitor's version of the city) or the English."""
    language = active_language()
    english = Sentence(ref["text"], "" if language == settings.LANGUAGE_CODE else "en")
    if page is None or page.alias_of_id or page.locale.language_code != language:
        return english
    translated = paragraphs(getattr(page, field_name))
    if ref["paragraph"] >= len(translated):
        return english
    paragraph = translated[ref["paragraph"]]
    sentences = split_sentences(paragraph)
    if len(sentences) == ref["sentences"]:
        return Sentence(sentences[ref["sentence"]])
    return Sentence(paragraph)


class Presenter:
    """What reasons need, fetched once for all suggestions of a page."""

    def __init__(self, seeker=None, themes=None, countries=None):
        self.seeker = seeker  # the city (visitor's language) suggestions are for; None: a query
        themes = localized_themes() if themes is None else themes
        self.themes = {str(key): theme for key, theme in themes.items()}
        self.countries = localized_countries() if countries is None else countries

    def present(self, entries, pairs=None):
        """``entries``: (English city page, score, reasons dict) → Suggestions, in order."""
        shown = localized_pages([city for city, _score, _reasons in entries], CityPage)
        pairs = pairs or {}
        suggestions = []
        for city, score, reasons in entries:
            local = shown.get(city.translation_key, city)
            local.country_display = self.countries.get(city.country.translation_key, city.country)
            texts = []
            for text in reasons.get("texts", []):
                if self.seeker is None:  # a visitor's description: their goals, the city's offer
                    learner, provider = None, local
                elif text["learner"] == city.country.region:
                    learner, provider = local, self.seeker
                else:
                    learner, provider = self.seeker, local
                goal = (
                    Sentence(text["goal"]["text"])  # the visitor's own words
                    if learner is None
                    else _sentence(learner, "goals", text["goal"])
                )
                texts.append(
                    TextReason(learner, provider, goal, _sentence(provider, "offer", text["offer"]))
                )
            suggestions.append(
                Suggestion(
                    city=local,
                    score=score,
                    themes=[
                        self.themes[key] for key in reasons.get("themes", []) if key in self.themes
                    ],
                    sectors=[Sector(value).label for value in reasons.get("sectors", [])],
                    texts=texts,
                    pair=pairs.get(city.translation_key),
                )
            )
        return suggestions


def _english(queryset):
    return queryset.filter(locale__language_code=settings.LANGUAGE_CODE)


def current_pairs_of(city_key):
    """{other city's translation key: PairPage (visitor's language)} for one city's pairs of
    the current cycle (the latest cycle of any live pair). Two queries at most."""
    latest = _english(PairPage.objects.live()).order_by("-cycle").values("cycle")[:1]
    pairs = list(
        _english(PairPage.objects.live().public())
        .filter(cycle=Subquery(latest))
        .filter(Q(eu_city__translation_key=city_key) | Q(partner_city__translation_key=city_key))
        .select_related("locale", "eu_city", "partner_city")
    )
    if not pairs:
        return {}
    shown = localized_pages(pairs, PairPage)
    found = {}
    for pair in pairs:
        if pair.eu_city is None or pair.partner_city is None:
            continue
        other = pair.partner_city if pair.eu_city.translation_key == city_key else pair.eu_city
        found[other.translation_key] = shown.get(pair.translation_key, pair)
    return found


def scores_of(city_key, region):
    """Stored scores of one city (by translation key) with the other region, best first."""
    if region == Region.EU:
        own, other = "eu_city", "partner_city"
    else:
        own, other = "partner_city", "eu_city"
    return (
        PartnerScore.objects.filter(
            **{f"{own}__translation_key": city_key, "score__gt": 0, f"{other}__live": True}
        )
        .select_related(f"{other}__locale", f"{other}__country")
        .order_by("-score", f"{other}__title", "pk")
    ), other


def present_scores(rows, other, seeker, pairs, **fetched):
    """Stored score rows → Suggestions (``other`` names the field of the suggested city).

    ``fetched``: ``themes`` and ``countries`` a caller already has (see ``Presenter``).
    """
    entries = [(getattr(row, other), row.score, row.reasons) for row in rows]
    return Presenter(seeker, **fetched).present(entries, pairs)


@dataclass
class SimilarCities:
    suggestions: list
    english_pk: int = None  # the city's English page: what the find-a-partner form selects
    find_page: object = None  # the find-a-partner page to link to for more


def similar_cities(city, limit=SIMILAR_CITIES):
    """The best partners of ``city`` (a CityPage in any language) from the other region."""
    if not city.country_id:
        return SimilarCities([])
    rows, other = scores_of(city.translation_key, city.country.region)
    rows = list(rows[:limit])
    if not rows:
        return SimilarCities([])
    own = "eu_city_id" if other == "partner_city" else "partner_city_id"
    suggestions = present_scores(rows, other, city, current_pairs_of(city.translation_key))
    return SimilarCities(suggestions, getattr(rows[0], own))


def find_partner_page():
    """The find-a-partner page of the visitor's language tree (else the English one), or None."""
    pages = FindPartnerPage.objects.live().public().order_by("path")
    page = pages.filter(locale__language_code=active_language()).first()
    if page is None and active_language() != settings.LANGUAGE_CODE:
        page = _english(pages).first()
    return page
