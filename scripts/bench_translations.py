#!/usr/bin/env python
"""Benchmark of the translation status board (issue 5): queries and time as the site grows.

    .venv/bin/python scripts/bench_translations.py                 # 100 and 1,000 pages, SQLite
    .venv/bin/python scripts/bench_translations.py 200 2000 --runs 7
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wc_bench .venv/bin/python \\
        scripts/bench_translations.py

For each size N, a fresh database (an SQLite file in a temporary folder, or the PostgreSQL
database of DATABASE_URL dropped and created again): ``migrate``, the portal's skeleton
(``ensure_portal_structure``: 27 locales, home pages, groups), then N English pages with
their aliases in all 26 other languages (N × 27 pages, written in bulk: building them one by
one through Wagtail would take the benchmark longer than the board). Every English page is
submitted for translation (a ``TranslationSource`` with its segments) and translated into
Korean, Vietnamese and Indonesian (``--translated``; ``all`` for every language): two thirds of
those translations complete, one in ten with its English source changed since. The board is
then requested through Django's test client (middleware, the admin's chrome, the queries, the
template) as

- a member of the communication staff: every language's counts;
- a Korean translator: every language's counts and the Korean items, 50 to a page;
- a member of the staff filtering Korean, out of date only.

It prints the number of SQL queries of each request (it must not grow with N) and the median
and slowest of ``--runs`` requests after a warm-up. The figures are for the machine and the
database it runs on.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench_common import fresh_database

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TRANSLATED = "ko,vi,id"


def build_site(n, translated):
    """N English pages, their 26 aliases, and translations in three languages (in bulk)."""
    from datetime import timedelta

    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone

    from wagtail.models import Locale, Page
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationLog,
        TranslationSource,
    )

    from home.setup import ensure_portal_structure

    ensure_portal_structure()
    english = Locale.objects.get(language_code="en")
    homes = list(Page.objects.filter(depth=2))
    page_type = ContentType.objects.get_for_model(Page)
    now = timezone.now()
    keys = [uuid.uuid4() for _ in range(n)]

    with transaction.atomic():
        pages = []
        for home in homes:
            for index, key in enumerate(keys, start=home.numchild + 1):
                slug = f"synthetic-page-{index}"
                pages.append(
                    Page(
                        path=Page._get_path(home.path, home.depth + 1, index),
                        depth=home.depth + 1,
                        numchild=0,
                        title=f"Synthetic page {index}",
                        draft_title=f"Synthetic page {index}",
                        slug=slug,
                        url_path=f"{home.url_path}{slug}/",
                        content_type=page_type,
                        locale_id=home.locale_id,
                        translation_key=key,
                        live=True,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
        Page.objects.bulk_create(pages, batch_size=2000)
        for home in homes:
            Page.objects.filter(pk=home.pk).update(numchild=home.numchild + n)
        _point_aliases(keys, english.pk)

        sources = [
            TranslationSource.get_or_create_from_instance(page)[0]
            for page in Page.objects.filter(locale=english, translation_key__in=keys)
        ]
        locales = list(Locale.objects.exclude(pk=english.pk))
        if translated != "all":
            locales = [
                locale for locale in locales if locale.language_code in translated.split(",")
            ]
        Page.objects.filter(translation_key__in=keys, locale__in=locales).update(alias_of=None)
        translations = Translation.objects.bulk_create(
            [Translation(source=s, target_locale=locale) for s in sources for locale in locales]
        )
        TranslationLog.objects.bulk_create(
            [
                TranslationLog(source_id=t.source_id, locale_id=t.target_locale_id)
                for t in translations
            ]
        )
        complete = {source.pk for index, source in enumerate(sources) if index % 3}
        segments = StringSegment.objects.filter(source_id__in=complete).values_list(
            "string_id", "context_id"
        )
        StringTranslation.objects.bulk_create(
            [
                StringTranslation(
                    translation_of_id=string_id,
                    context_id=context_id,
                    locale=locale,
                    data="translated",
                    translation_type="manual",
                )
                for string_id, context_id in segments
                for locale in locales
            ],
            batch_size=2000,
        )
        stale = [source.pk for index, source in enumerate(sources) if index % 10 == 0]
        TranslationSource.objects.filter(pk__in=stale).update(
            last_updated_at=timezone.now() + timedelta(seconds=5)
        )
    return Page.objects.count()


def _point_aliases(keys, english_id):
    """Make every non-English synthetic page an alias of its English page (one query)."""
    from django.db.models import OuterRef, Subquery

    from wagtail.models import Page

    english = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale_id=english_id
    ).values("pk")[:1]
    Page.objects.filter(translation_key__in=keys).exclude(locale_id=english_id).update(
        alias_of_id=Subquery(english)
    )


def measure(runs):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from translations.groups import STAFF_GROUP_NAME, translators_group_name

    board = reverse("translations:status")
    results = []
    for label, group, params in (
        ("staff: all languages", STAFF_GROUP_NAME, {}),
        ("Korean translator: counts + Korean items", translators_group_name("ko"), {}),
        (
            "staff: Korean, out of date only",
            STAFF_GROUP_NAME,
            {"language": "ko", "state": "out-of-date"},
        ),
    ):
        user = get_user_model().objects.create_user(f"bench-{uuid.uuid4().hex[:8]}")
        user.groups.add(Group.objects.get(name=group))
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        client.get(board, params)  # warm-up
        reset_queries()  # the log keeps 9,000 queries at most: building the site filled it
        with CaptureQueriesContext(connection) as queries:
            response = client.get(board, params)
        count = len(queries)  # now: the next request clears the log
        if response.status_code != 200:
            raise SystemExit(f"{label}: the board answered {response.status_code}")
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            client.get(board, params)
            times.append(time.perf_counter() - started)
        results.append((label, count, statistics.median(times), max(times)))
    return results


def run(n, runs, translated):
    import django
    from django.conf import settings
    from django.core.management import call_command

    django.setup()
    settings.DEBUG = False
    call_command("migrate", verbosity=0, interactive=False)
    started = time.perf_counter()
    total = build_site(n, translated)
    built = time.perf_counter() - started
    print(
        f"\n{n} English pages, {total} pages in all, translated into {translated} "
        f"(built in {built:.0f} s)"
    )
    print(f"  {'request':<44} {'queries':>7} {'median ms':>10} {'max ms':>8}")
    for label, queries, median, slowest in measure(runs):
        print(f"  {label:<44} {queries:>7} {median * 1000:>10.0f} {slowest * 1000:>8.0f}")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--translated",
        default=DEFAULT_TRANSLATED,
        help="languages the pages are translated into, comma-separated, or 'all' (ko,vi,id)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a single size, in-process
    args = parser.parse_args()
    if args.one:
        run(args.one, args.runs, args.translated)
        return
    database = (
        "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    )
    print(f"Translation status board on {database}")
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            env = dict(
                os.environ,
                DJANGO_SETTINGS_MODULE="portal.settings.dev",
                DATABASE_URL=fresh_database(folder, f"bench-translations-{n}"),
                MEDIA_ROOT=folder,
            )
            # Each size in a process of its own: a fresh database and fresh caches.
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--one",
                    str(n),
                    "--runs",
                    str(args.runs),
                    "--translated",
                    args.translated,
                ],  # fmt: skip
                cwd=ROOT,
                env=env,
                check=True,
            )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
