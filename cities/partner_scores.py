"""Keeping the stored partner scores in step with the published cities.

The scores read the English source pages only (their text, themes, country and triple-helix
partners), so one table serves every language. Publishing, changing or unpublishing a city
rewrites just that city's rows (``cities.matching_signals``); ``manage.py rescore_matches``
rewrites them all.

A changed city shifts the rarity statistics for everyone (a theme gets one city more; a word
appears in one sentence more), and rankings are sensitive to them: measured on the demo
network, one edited city changes the exact top five of about four cities in 32. While the
network is small (``AUTO_FULL_LIMIT`` combinations: 50 EU × 50 partner cities, well under a
second; the programme has 16 × 16), a publish therefore rescores everything and the stored
scores stay exact. A larger network rewrites only the changed city's rows, with fresh
statistics, which scales (``scripts/bench_matching.py``: 0.2 s for one city among 1,000, 6 s for
all); the others keep theirs until ``rescore_matches`` runs (nightly, say).

``content_version()`` is a token in Django's cache that changes whenever the network's
content does (any city, pair, theme or country, in any language): caches of what the network
shows (the map, the find-a-partner index) are keyed by it, so they never serve stale content.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q

from .matching import EU, CityProfile, Network
from .models import CityPage, PartnerScore
from .sentences import sentence_refs

VERSION_KEY = "cities:network-version"
AUTO_FULL_LIMIT = 2_500  # EU × partner combinations rescored in full on every publish


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


def _write_all(network):
    matches = network.score_all()
    PartnerScore.objects.all().delete()
    PartnerScore.objects.bulk_create(_rows(matches), batch_size=500)
    bump_content_version()
    return len(matches)


@transaction.atomic
def rescore_all():
    """Rewrite every row from the current content; returns the number of combinations."""
    return _write_all(build_network())


def is_small(network):
    eu = sum(1 for profile in network.profiles.values() if profile.region == EU)
    return eu * (len(network.profiles) - eu) <= AUTO_FULL_LIMIT


@transaction.atomic
def rescore_city(city):
    """After an English city was published or changed: its rows, or all while that is cheap.

    Returns the number of rows written.
    """
    network = build_network()
    if is_small(network):
        return _write_all(network)
    _delete_rows(city.pk)
    count = 0
    if city.pk in network.profiles:  # not when it is private or not live
        matches = network.score_city(city.pk)
        PartnerScore.objects.bulk_create(_rows(matches), batch_size=500)
        count = len(matches)
    bump_content_version()
    return count


@transaction.atomic
def rescore_cities(cities):
    """After something changed for several English cities at once (their country's region)."""
    network = build_network()
    if is_small(network):
        return _write_all(network)
    return sum(rescore_city(city) for city in cities)


@transaction.atomic
def remove_city(city):
    """After an English city was unpublished: its rows go (and the rest is rescored while
    that is cheap, since the statistics changed)."""
    network = build_network()
    network.remove(city.pk)
    if is_small(network):
        _write_all(network)
        return
    _delete_rows(city.pk)
    bump_content_version()


def _delete_rows(pk):
    PartnerScore.objects.filter(Q(eu_city_id=pk) | Q(partner_city_id=pk)).delete()
