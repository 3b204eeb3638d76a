"""Benchmark of the partner matching (issue 9): how long scoring takes, and a sanity check.

    python scripts/bench_matching.py [--cities 1000] [--repeat 3] [--seed 9]

1. Builds ``--cities`` cities in memory (plain ``CityProfile`` objects, no database): half
   EU, half partner, themes drawn with uneven popularity, two to four sentences of goals and
   of offer from a vocabulary of urban topics, random triple-helix sectors. Reports the best of
   ``--repeat`` runs of: building the network (statistics and vectors), scoring every EU ↔
   partner combination, and what publishing one changed city costs in a large network
   (rebuild the statistics and score that city against the other region, as
   ``cities.partner_scores.rescore_city`` does), plus scoring it alone in a built network.
2. With the demo content's data (``home/demo/content``): for each of its real pairs, whether
   the real partner is in the other city's top five. The pair links never enter a score (the
   scores only read themes, goals, offers and sectors), so "leaving the pair's own link out"
   is what every computation does already.

Needs no database and no Django settings. The figures are for the machine it runs on.
"""

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cities.matching import EU, PARTNER, CityProfile, Network, top_matches  # noqa: E402

THEMES = [f"theme-{n}" for n in range(12)]
TOPICS = [
    "district heating",
    "solar roofs",
    "electric buses",
    "bike lanes",
    "flood protection",
    "green roofs",
    "open data platforms",
    "smart street lighting",
    "waste sorting",
    "recycling plants",
    "water supply",
    "air quality sensors",
    "public transport tickets",
    "energy retrofits of schools",
    "urban farming",
    "food markets",
    "port logistics",
    "tourism management",
    "heritage protection",
    "start-up incubators",
    "living labs",
    "citizen participation",
    "digital public services",
    "traffic management",
    "parking",
    "hydrogen fuel",
    "wind power",
    "biogas from waste",
    "rainwater harvesting",
    "heat pumps",
    "cooling",
    "social housing",
    "brownfield regeneration",
    "river restoration",
    "coastal erosion",
    "urban forests",
    "cycling culture",
    "car sharing",
    "noise reduction",
    "battery storage",
    "smart grids",
    "LED lighting",
    "circular economy",
    "construction waste",
    "industrial symbiosis",
    "cross-border commuting",
    "rural tourism",
    "farm products",
    "forest management",
]
GOAL_TEMPLATES = [
    "We want to learn how to plan {a} and {b}.",
    "The city seeks partners for {a} in new neighbourhoods.",
    "It wants to understand how other cities finance {a} and {b}.",
    "Residents ask for better {a}.",
]
OFFER_TEMPLATES = [
    "The city can share its experience of {a} and {b}.",
    "Its companies build {a} for many countries.",
    "The university runs research on {a}.",
    "It has ten years of practice with {a} and {b}.",
]


def synthetic_network(count, seed):
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    theme_weights = [1 / (rank + 1) for rank in range(len(THEMES))]  # uneven popularity

    def sentences(templates):
        return "\n".join(
            rng.choice(templates).format(a=rng.choice(TOPICS), b=rng.choice(TOPICS))
            for _ in range(rng.randint(2, 4))
        )

    profiles = []
    for n in range(count):
        themes = set(rng.choices(THEMES, weights=theme_weights, k=rng.randint(1, 4)))
        sectors = [s for s in ("government", "research", "business") if rng.random() < 0.6]
        profiles.append(
            CityProfile.from_text(
                key=n,
                region=EU if n % 2 == 0 else PARTNER,
                themes=themes,
                goals=sentences(GOAL_TEMPLATES),
                offer=sentences(OFFER_TEMPLATES),
                sectors=sectors,
            )
        )
    return profiles


def best_time(function, repeat):
    """The best of ``repeat`` runs, in CPU seconds of this process (other processes on a
    shared machine do not inflate it), and the last run's result."""
    best, result = None, None
    for _ in range(repeat):
        start = time.process_time()
        result = function()
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def bench_scale(count, repeat, seed):
    profiles = synthetic_network(count, seed)
    changed = profiles[count // 2]
    eu = sum(1 for p in profiles if p.region == EU)
    print(f"Network: {count} cities ({eu} EU, {count - eu} partner), built in memory")

    build, network = best_time(lambda: Network(profiles), repeat)
    print(f"  build statistics and vectors ......... {build * 1000:8.1f} ms")
    score_all, matches = best_time(network.score_all, repeat)
    print(
        f"  score every combination ({len(matches):,}) .. {score_all * 1000:8.1f} ms"
        f"   → rescore everything: {(build + score_all) * 1000:.1f} ms"
    )

    def publish_one():
        return Network(profiles).score_city(changed.key)

    one, own = best_time(publish_one, repeat)
    print(f"  one changed city (rebuild + {len(own)} scores) {one * 1000:8.1f} ms")
    alone, _ = best_time(lambda: network.score_city(changed.key), repeat)
    print(f"  one city in a built network .......... {alone * 1000:8.1f} ms")


PARTNER_COUNTRIES = {"AU", "KR", "ZA", "ID", "VN"}  # cities/migrations/0002: region "partner"


def demo_profiles():
    """The demo cities as profiles, from the demo content's data (English source text)."""
    try:
        from home.demo.content.cities import CITIES
        from home.demo.content.cities_eu import EU_CITIES
        from home.demo.content.pairs import PAIRS
    except ImportError:
        return None, None
    profiles = [
        CityProfile.from_text(
            key=city.slug,
            region=PARTNER if city.country in PARTNER_COUNTRIES else EU,
            themes=city.themes,
            goals=city.goals.en,
            offer=city.offer.en,
            sectors={partner.sector for partner in city.partners},
        )
        for city in [*CITIES, *EU_CITIES]
    ]
    return profiles, PAIRS


def sanity_check():
    profiles, pairs = demo_profiles()
    if not profiles:
        print("\nDemo content not found: no sanity check.")
        return
    network = Network(profiles)
    matches = network.score_all()
    print(f"\nDemo content: {len(profiles)} cities, {len(pairs)} real pairs")
    partner_found = eu_found = either = both = 0
    for pair in pairs:
        eu_top = [m.partner for m in top_matches(matches, pair.eu)]
        partner_top = [m.eu for m in top_matches(matches, pair.partner)]
        in_eu_top, in_partner_top = pair.partner in eu_top, pair.eu in partner_top
        partner_found += in_eu_top
        eu_found += in_partner_top
        either += in_eu_top or in_partner_top
        both += in_eu_top and in_partner_top
        rank = next(
            (
                n
                for n, m in enumerate(top_matches(matches, pair.eu, 99), 1)
                if m.partner == pair.partner
            ),
            None,
        )
        print(f"  {pair.eu:>26} ↔ {pair.partner:<22} partner's rank for the EU city: {rank}")
    total = len(pairs)
    print(f"  real partner in the EU city's top five ......... {partner_found}/{total}")
    print(f"  real EU city in the partner city's top five .... {eu_found}/{total}")
    print(f"  in either top five: {either}/{total}; in both: {both}/{total}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=9)
    options = parser.parse_args()
    bench_scale(options.cities, options.repeat, options.seed)
    sanity_check()


if __name__ == "__main__":
    main()
