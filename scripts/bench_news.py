#!/usr/bin/env python
"""Benchmark of news and events (issue 4): SQL queries and time as the calendar grows.

    .venv/bin/python scripts/bench_news.py                  # 5, 60 and 300 items, SQLite
    .venv/bin/python scripts/bench_news.py 10 100 --runs 9
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wc_bench_news .venv/bin/python \\
        scripts/bench_news.py

For each size N, a fresh database (an SQLite file in a temporary folder, or the PostgreSQL
database of DATABASE_URL dropped and created again): ``migrate``, the portal's skeleton
(27 locales, home pages), two cities, then N events (all types, hosted in turn by a German
and a Korean city, each with two delegations) and N news articles (each with two themes and
a related city) under their indexes. Every address is requested through Django's test
client, first once to warm caches (image renditions are not used: articles have no image),
then ``--runs`` times; it prints the SQL queries of a request (which must not change with N)
and the median and slowest time. The figures are for the machine and database it runs on.
"""

import argparse
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
    ("event index", "/en/events/"),
    ("event index, filtered", "/en/events/?type=working-meeting&country=DE&year=2026"),
    ("calendar.ics (all events)", "/en/events/calendar.ics"),
    ("event page", "/en/events/event-1/"),
    ("event.ics", "/en/events/event-1/event.ics"),
    ("news index", "/en/news/"),
    ("RSS feed", "/en/news/rss.xml"),
    ("Atom feed", "/en/news/atom.xml"),
    ("city page with its events", "/en/cities/frankfurt/"),
]


def build_site(n):
    from datetime import date, timedelta
    from decimal import Decimal

    from cities.factories import (
        CityIndexPageFactory,
        CityPageFactory,
        english_country,
        english_theme,
    )
    from home.setup import ensure_portal_structure
    from news.choices import EventType
    from news.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        NewsIndexPageFactory,
        NewsPageFactory,
    )
    from news.models.events import EventDelegation

    home = ensure_portal_structure()
    cities = CityIndexPageFactory(parent=home)
    frankfurt = CityPageFactory(
        parent=cities, title="Frankfurt", slug="frankfurt", country=english_country("DE")
    )
    busan = CityPageFactory(
        parent=cities,
        title="Busan",
        slug="busan",
        country=english_country("KR"),
        latitude=Decimal("35.1796"),
        longitude=Decimal("129.0756"),
    )
    events = EventIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    themes = [english_theme("energy-efficiency"), english_theme("smart-city")]
    types = [value for value, _ in EventType.choices]
    for i in range(n):
        host = frankfurt if i % 2 else busan
        event = EventPageFactory(
            parent=events,
            title=f"Event {i}",
            slug=f"event-{i}",
            event_type=types[i % len(types)],
            host_city=host,
            time_zone="",
            zone="Europe/Berlin" if i % 2 else "Asia/Seoul",
            day=date(2026, 1, 5) + timedelta(days=3 * i),
        )
        EventDelegation.objects.create(page=event, city=frankfurt)
        EventDelegation.objects.create(page=event, city=busan)
        article = NewsPageFactory(
            parent=news,
            title=f"Article {i}",
            slug=f"article-{i}",
            date=date(2026, 11, 1) - timedelta(days=i),
        )
        article.themes.set(themes)
        article.related_cities.set([host])
        article.save()


def check(response, url):
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")


def measure(runs):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    results = []
    for label, url in URLS:
        check(client.get(url), url)
        times = []
        for _ in range(runs):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - started)
            check(response, url)
        results.append((label, len(queries), statistics.median(times), max(times)))
    return results


def run_size(n, runs):
    """In a child process: its own settings, database and Django set-up."""
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    started = time.perf_counter()
    build_site(n)
    print(f"\nN = {n} events and {n} articles (built in {time.perf_counter() - started:.0f} s)")
    print(f"{'request':<32} {'queries':>7} {'median ms':>10} {'slowest ms':>11}")
    for label, queries, median, slowest in measure(runs):
        print(f"{label:<32} {queries:>7} {median * 1000:>10.1f} {slowest * 1000:>11.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[5, 60, 300])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.size:
        run_size(args.size, args.runs)
        return
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "portal.settings.test",
                "DATABASE_URL": fresh_database(folder, f"bench-news-{n}"),
            }
            subprocess.run(
                [sys.executable, __file__, "--size", str(n), "--runs", str(args.runs)],
                cwd=ROOT,
                env=env,
                check=True,
            )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
