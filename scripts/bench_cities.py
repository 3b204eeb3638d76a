#!/usr/bin/env python
"""Benchmark of the city network (issue 3): SQL queries and time as the network grows.

    .venv/bin/python scripts/bench_cities.py                 # 5, 60 and 250 items, SQLite
    .venv/bin/python scripts/bench_cities.py 10 100 --runs 9
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wc_bench_cities .venv/bin/python \\
        scripts/bench_cities.py

For each size N, a fresh database (an SQLite file in a temporary folder, or the PostgreSQL
database of DATABASE_URL dropped and created again): ``migrate``, the portal's skeleton
(27 locales, home pages), the three index pages, an EU "hub" city, then N partner cities,
N pairs (hub and each partner city, three themes each) and N good practices (two cities
each, all linked to the first pair), every page also aliased into the Korean tree as
wagtail-localize does. Each address is requested through Django's test client, once to warm
caches, then ``--runs`` times; the script prints the SQL queries of a request (which must not
change with N) and the median and slowest time. The figures are for the machine and database
it runs on; the test suite (tests/cities/test_query_counts.py) asserts the query counts.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_common import fresh_database

ROOT = Path(__file__).resolve().parent.parent

URLS = [
    ("city listing", "/en/cities/"),
    ("city listing, filtered", "/en/cities/?region=partner&theme=smart-city"),
    ("pair listing", "/en/pairs/"),
    ("good practice listing", "/en/good-practices/"),
    ("hub city page (N pairs, N practices)", "/en/cities/hub/"),
    ("first pair page (N practices)", "/en/pairs/pair-1/"),
    ("city listing, Korean", "/ko/cities/"),
    ("hub city page, Korean", "/ko/cities/hub/"),
]
PARTNER_COUNTRIES = ["KR", "AU", "ZA", "ID", "VN"]
THEMES = ["energy-efficiency", "smart-city", "green-technologies"]


def build_network(n):
    from wagtail.models import Locale

    from cities.factories import (
        CaseStudyCityFactory,
        CaseStudyIndexPageFactory,
        CaseStudyPageFactory,
        CityIndexPageFactory,
        CityPageFactory,
        PairIndexPageFactory,
        PairPageFactory,
        english_country,
        english_theme,
    )
    from home.setup import ensure_portal_structure

    home = ensure_portal_structure()
    korean = Locale.objects.get(language_code="ko")
    themes = [english_theme(slug) for slug in THEMES]

    def korean_alias(page):
        parent = page.get_parent().get_translation(korean)
        page.create_alias(parent=parent, update_locale=korean, reset_translation_key=False)

    indexes = [
        CityIndexPageFactory(parent=home),
        PairIndexPageFactory(parent=home),
        CaseStudyIndexPageFactory(parent=home),
    ]
    for index in indexes:
        korean_alias(index)
    city_index, pair_index, case_study_index = indexes
    hub = CityPageFactory(parent=city_index, title="Hub", slug="hub", country=english_country("DE"))
    hub.themes.set(themes[:2])
    hub.save()
    korean_alias(hub)
    first_pair = None
    for number in range(1, n + 1):
        partner = CityPageFactory(
            parent=city_index,
            title=f"Partner {number}",
            country=english_country(PARTNER_COUNTRIES[number % 5]),
        )
        partner.themes.set(themes[:2])
        partner.save()
        korean_alias(partner)
        pair = PairPageFactory(
            parent=pair_index,
            eu_city=hub,
            partner_city=partner,
            title=f"Pair {number}",
            slug=f"pair-{number}",
        )
        pair.themes.set(themes)
        pair.save()
        korean_alias(pair)
        first_pair = first_pair or pair
        practice = CaseStudyPageFactory(
            parent=case_study_index, title=f"Practice {number}", pair=first_pair
        )
        CaseStudyCityFactory(page=practice, city=hub)
        CaseStudyCityFactory(page=practice, city=partner)
        practice.themes.set(themes[number % 3 : number % 3 + 1])
        practice.save()
        korean_alias(practice)


def child(n, runs):
    """Runs in a fresh process whose DATABASE_URL points at an empty database."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    call_command("migrate", verbosity=0)
    build_network(n)
    client = Client(HTTP_HOST="localhost")
    results = {}

    def get(url):
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        return response

    for name, url in URLS:
        get(url)
        times = []
        for _ in range(runs):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                get(url)
                times.append(time.perf_counter() - start)
        results[name] = {
            "queries": len(queries),
            "median": statistics.median(times),
            "max": max(times),
        }
    print(json.dumps(results))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[5, 60, 250])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.runs)
        return

    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            env = {
                **os.environ,
                "DATABASE_URL": fresh_database(folder, f"bench-cities-{n}"),
                "DJANGO_SETTINGS_MODULE": "portal.settings.test",
                "PYTHONPATH": str(ROOT),
            }
            started = time.perf_counter()
            output = subprocess.run(
                [sys.executable, __file__, "--child", str(n), "--runs", str(args.runs)],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            results[n] = json.loads(output.strip().splitlines()[-1])
            print(
                f"N={n}: built and measured in {time.perf_counter() - started:.0f} s",
                file=sys.stderr,
            )

    engine = "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    print(f"City network, {engine}, {args.runs} runs per address (queries; median / max ms)")
    header = "".join(f"{f'N={n}':>24}" for n in args.sizes)
    print(f"{'address':<40}{header}")
    for name, _url in URLS:
        cells = "".join(
            f"{results[n][name]['queries']:>5} q {results[n][name]['median'] * 1000:>7.1f} /"
            f"{results[n][name]['max'] * 1000:>7.1f}"
            for n in args.sizes
        )
        print(f"{name:<40}{cells}")
    stable = all(len({results[n][name]["queries"] for n in args.sizes}) == 1 for name, _ in URLS)
    print("Query counts independent of N:", "yes" if stable else "NO")
    return 0 if stable else 1


if __name__ == "__main__":
    sys.exit(main())
