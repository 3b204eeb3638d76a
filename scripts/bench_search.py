"""Benchmark of the portal search (issue 7): median and 95th percentile of searches.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wc_bench python scripts/bench_search.py

1. Content (skipped with ``--no-load``): ``migrate`` and ``setup_portal``; then, when the
   ``load_demo`` command exists, the demo (``load_demo``) and ``load_demo --scale N``
   (N=200: some 800 English pages, each in all 27 language trees, about 20,000 pages),
   unless that much synthetic content is there already; without ``load_demo``, synthetic
   pages of its own (English pages with their 26 aliases, and pages written in Korean,
   Vietnamese, German and Indonesian). ``rebuild_search_index`` then writes the index.
2. ``--queries`` searches (200) across languages: English, German, French, Spanish, Polish,
   Greek, Korean (particles, compounds), Vietnamese and Indonesian words, accent-free
   spellings (``Ha Noi``, ``Kosice``), several words, type and theme filters, words that find
   nothing. Each is a full request to ``/<language>/search/`` through Django's test client
   (routing, validation, the index queries, promotions, rendering), after a warm-up.
3. Prints the median, 95th percentile and maximum, overall and per kind of query, and the
   same searches timed without the page around them (only ``search.query``'s SQL).

Not a test: the figures are for the machine and database it runs on. Run it on PostgreSQL
(the production database); on SQLite it runs too, and says so.
"""

import argparse
import os
import random
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command, get_commands  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402

from wagtail.models import Locale, Page  # noqa: E402

from search.models import PageIndexEntry  # noqa: E402
from search.query import PageSearch  # noqa: E402
from search.suggestions import theme_options  # noqa: E402

# (language, query, extra parameters, kind): what visitors type, in their languages.
QUERIES = [
    ("en", "city", {}, "one word"),
    ("en", "smart city", {}, "several words"),
    ("en", "energy efficiency", {}, "several words"),
    ("en", "green technologies", {}, "several words"),
    ("en", "partnership", {}, "one word"),
    ("en", "synthetic city 00042", {}, "several words"),
    ("en", "low-carbon development", {}, "several words"),
    ("en", "working meeting", {"type": "event"}, "type filter"),
    ("en", "city", {"theme": "smart-city"}, "theme filter"),
    ("en", "Ha Noi", {}, "accents"),
    ("en", "Kosice", {}, "accents"),
    ("en", "Malaga", {}, "accents"),
    ("en", "cooperation", {}, "one word"),
    ("en", "zzqxj", {}, "nothing found"),
    ("de", "Stadt", {}, "one word"),
    ("de", "Energieeffizienz", {}, "one word"),
    ("de", "Städtepartnerschaft", {}, "one word"),
    ("de", "synthetic", {"type": "city"}, "type filter"),
    ("fr", "ville intelligente", {}, "several words"),
    ("fr", "efficacité énergétique", {}, "several words"),
    ("es", "ciudad", {}, "one word"),
    ("pl", "miasto", {}, "one word"),
    ("el", "πόλη", {}, "one word"),
    ("ko", "서울", {}, "Korean"),
    ("ko", "스마트시티", {}, "Korean"),
    ("ko", "도시", {}, "Korean"),
    ("ko", "에너지 효율", {}, "Korean"),
    ("ko", "부산", {"theme": "smart-city"}, "theme filter"),
    ("ko", "synthetic city", {}, "several words"),
    ("vi", "Hà Nội", {}, "one word"),
    ("vi", "ha noi", {}, "accents"),
    ("vi", "thành phố", {}, "several words"),
    ("vi", "năng lượng", {}, "several words"),
    ("id", "kota", {}, "one word"),
    ("id", "Jakarta", {}, "one word"),
    ("id", "energi", {}, "one word"),
    ("id", "kerja sama", {}, "several words"),
    ("sv", "stad", {}, "one word"),
    ("mt", "belt", {}, "one word"),
    ("ga", "cathair", {}, "one word"),
]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def load_content(scale, stdout):
    call_command("migrate", verbosity=0)
    call_command("setup_portal", verbosity=0)
    if "load_demo" in get_commands():
        call_command("load_demo", no_progress=True, stdout=stdout)
        synthetic = Page.objects.filter(slug__startswith="synthetic-", locale__language_code="en")
        if synthetic.count() < 4 * scale:
            call_command("load_demo", scale=scale, no_progress=True, stdout=stdout)
    else:
        build_own_content(scale)
    call_command("rebuild_search_index", stdout=stdout)


@contextmanager
def index_paused():
    """Indexing thousands of aliases one by one costs more than one rebuild at the end."""
    from django.db.models.signals import post_save

    from wagtail.signals import page_published

    from search import signals

    receivers = [
        (page_published, signals.index_published_page),
        (post_save, signals.index_new_alias),
    ]
    for signal, receiver in receivers:
        signal.disconnect(receiver)
    try:
        yield
    finally:
        for signal, receiver in receivers:
            signal.connect(receiver)


def build_own_content(scale):
    """Synthetic multilingual pages, for a checkout without load_demo."""
    from wagtail_localize.synctree import create_aliases_for_new_page

    from home.models import HomePage, StandardPage

    if Page.objects.filter(slug__startswith="synthetic-en-").count() >= 4 * scale:
        return

    words = {
        "en": "city energy efficiency smart harbour partnership cooperation green",
        "ko": "서울에서는 스마트 시티 도시 에너지 효율 협력 부산의",
        "vi": "thành phố Hà Nội năng lượng hợp tác xanh",
        "de": "Stadt Energieeffizienz Partnerschaft Hafen Zusammenarbeit",
        "id": "kota Jakarta energi kerja sama hijau",
    }
    rng = random.Random(7)  # noqa: S311 - reproducible content, not secrets
    with index_paused(), transaction.atomic():
        for code, vocabulary in words.items():
            home = HomePage.objects.get(locale=Locale.objects.get(language_code=code))
            vocabulary = vocabulary.split()
            for number in range(scale * (4 if code == "en" else 1)):
                text = " ".join(rng.choice(vocabulary) for _ in range(60))
                page = home.add_child(
                    instance=StandardPage(
                        title=f"Synthetic {code} {number}: {' '.join(rng.sample(vocabulary, 3))}",
                        slug=f"synthetic-{code}-{number}",
                        intro=text[:200],
                        body=[("paragraph", f"<p>{text}</p>")],
                    )
                )
                if code == "en":
                    create_aliases_for_new_page(page)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=200, help="load_demo --scale N (200)")
    parser.add_argument("--queries", type=int, default=200, help="searches to time (200)")
    parser.add_argument("--no-load", action="store_true", help="use the content already there")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    if not args.no_load:
        started = time.perf_counter()
        load_content(args.scale, sys.stdout)
        print(f"Content loaded in {time.perf_counter() - started:.0f} s.")

    settings.DEBUG = False  # no query log: time what production does
    theme_keys = {option.slug: option.key for option in theme_options(Locale.objects.first())}
    client = Client(HTTP_HOST="localhost")
    rng = random.Random(args.seed)  # noqa: S311 - a reproducible order
    plan = [QUERIES[i % len(QUERIES)] for i in range(args.queries)]
    rng.shuffle(plan)

    for language, query, extra, _kind in QUERIES[:10]:  # warm-up: caches, connections
        client.get(f"/{language}/search/", {"q": query, **extra})

    timings, by_kind, statuses = [], {}, set()
    for language, query, extra, kind in plan:
        started = time.perf_counter()
        response = client.get(f"/{language}/search/", {"q": query, **extra})
        elapsed = (time.perf_counter() - started) * 1000
        statuses.add(response.status_code)
        timings.append(elapsed)
        by_kind.setdefault(kind, []).append(elapsed)

    # The same searches without the page around them: only search.query's SQL.
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    sql_timings = []
    for language, query, extra, _kind in plan:
        started = time.perf_counter()
        search = PageSearch(
            query,
            locales[language],
            type_slug=extra.get("type"),
            theme_key=theme_keys.get(extra.get("theme")),
        )
        results = search.results()
        results.count()
        list(results[:10])
        search.type_counts()
        sql_timings.append((time.perf_counter() - started) * 1000)

    vendor = connection.vendor
    version = connection.cursor().connection.server_version if vendor == "postgresql" else ""
    print(
        f"Database: {vendor} {version}; {Page.objects.count()} pages, "
        f"{PageIndexEntry.objects.count()} index rows, "
        f"{Page.objects.filter(locale__language_code='en').count()} in English."
    )
    if vendor != "postgresql":
        print("Note: not PostgreSQL, the production database; set DATABASE_URL.")
    print(f"{len(timings)} searches across {len({q[0] for q in plan})} languages, HTTP {statuses}")
    print(
        f"median {statistics.median(timings):.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms"
    )
    print(
        f"index queries only (count, first page with excerpts, type counts): "
        f"median {statistics.median(sql_timings):.1f} ms, "
        f"p95 {percentile(sql_timings, 0.95):.1f} ms"
    )
    for kind, values in sorted(by_kind.items()):
        print(
            f"  {kind:<14} n={len(values):>3}  median {statistics.median(values):6.1f} ms  "
            f"p95 {percentile(values, 0.95):6.1f} ms"
        )


if __name__ == "__main__":
    main()
