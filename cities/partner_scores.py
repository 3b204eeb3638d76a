"""Keeping the stored partner scores in step with the published cities.

The scores read the English source pages only (their text, themes, country and triple-helix
partners), so one table serves every language. Publishing, changing or unpublishing a city
rewrites just that city's rows (``cities.matching_signals``); ``manage.py rescore_matches``
rewrites them all.

A changed city shifts the rarity statistics a little for everyone (a theme gets one city more;
a word appears in one sentence more). Rewriting every row on each publish would cost the whole
network's time (see ``scripts/bench_matching.py``), so only the changed city's rows are
rewritten, with fresh statistics; the others keep theirs until the next full rescore.

``content_version()`` is a token in Django's cache that changes whenever the network's
content does (any city, pair, theme or country, in any language): caches of what the network
shows (the map, the find-a-partner index) are keyed by it, so they never serve stale content.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q

from .matching import CityProfile, Network, sentence_refs
from .models import CityPage, PartnerScore

VERSION_KEY = "cities:network-version"


def content_version():
    token = cache.get(VERSION_KEY)
    if token is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        token = cache.get(VERSION_KEY)
    return token


def bump_content_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def network_cities():
    """The cities that take part in matching: live, public English pages, with what it reads."""
    return (
        CityPage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .defer_streamfields()
        .select_related("country", "locale")
        .prefetch_related("themes", "partners")
        .order_by("pk")
    )


def city_profile(city):
    return CityProfile(
        key=city.pk,
        region=city.country.region,
        themes=frozenset(str(theme.translation_key) for theme in city.themes.all()),
        goals=sentence_refs(city.goals, "goals"),
        offer=sentence_refs(city.offer, "offer"),
        sectors=frozenset(partner.sector for partner in city.partners.all()),
    )


def build_network():
    return Network([city_profile(city) for city in network_cities()])


_memo = {}


def cached_network():
    """The network of the published cities, built once per content version in each process.

    What the find-a-partner page scores a visitor's own description against; a fixed number
    of queries when it has to be built, none otherwise.
    """
    version = content_version()
    if _memo.get("version") != version:
        network = build_network()
        _memo.clear()
        _memo.update(version=version, network=network)
    return _memo["network"]


def _rows(matches):
    return [
        PartnerScore(
            eu_city_id=match.eu,
            partner_city_id=match.partner,
            score=match.score,
            theme_score=match.theme_score,
            text_score=match.text_score,
            sector_score=match.sector_score,
            reasons=match.reasons(),
        )
        for match in matches
    ]


@transaction.atomic
def rescore_all():
    """Rewrite every row from the current content; returns the number of combinations."""
    matches = build_network().score_all()
    PartnerScore.objects.all().delete()
    PartnerScore.objects.bulk_create(_rows(matches), batch_size=500)
    bump_content_version()
    return len(matches)


@transaction.atomic
def rescore_city(city):
    """Rewrite one English city's rows (after it was published or changed)."""
    network = build_network()
    _delete_rows(city.pk)
    count = 0
    if city.pk in network.profiles:  # not when it is private or not live
        matches = network.score_city(city.pk)
        PartnerScore.objects.bulk_create(_rows(matches), batch_size=500)
        count = len(matches)
    bump_content_version()
    return count


def remove_city(city):
    """Drop one English city's rows (after it was unpublished)."""
    _delete_rows(city.pk)
    bump_content_version()


def _delete_rows(pk):
    PartnerScore.objects.filter(Q(eu_city_id=pk) | Q(partner_city_id=pk)).delete()
