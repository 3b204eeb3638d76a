"""``manage.py load_demo``: the demo portal, and ``--scale N`` synthetic cities for benchmarks.

Safe to run again: what exists is found and left as it is (a second run changes no counts).
"""

import time

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Page

from home.demo.loader import load_demo
from home.demo.scale import generate


class Command(BaseCommand):
    help = (
        "Load the World Cities demo content (2017-2018 cycle) in English, translated into "
        "Korean, Vietnamese and Indonesian, with aliases in every language. With --scale N, "
        "add N synthetic cities with pairs, good practices, events and news instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            metavar="N",
            help="Add N synthetic cities (and pairs, case studies, events, news in proportion) "
            "for benchmarks; clearly marked synthetic. Runs after the demo is loaded.",
        )
        parser.add_argument(
            "--seed", type=int, default=2017, help="Seed of the synthetic content (with --scale)."
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Print no progress bar, only a summary."
        )

    def handle(self, *args, scale=None, seed=2017, no_progress=False, **options):
        if scale is not None and scale < 1:
            raise CommandError("--scale must be a positive number of cities.")
        started = time.perf_counter()
        before = Page.objects.count()
        progress = not no_progress and options["verbosity"] > 0
        if scale is None:
            loader = load_demo(stdout=self.stdout, progress=progress)
            for language, path, text in loader.catalogue.missing[:20]:
                self.stderr.write(f"No {language} translation for {path}: {text[:60]!r}")
            summary = f"Demo content ready: {loader.created} English pages created"
        else:
            report = generate(scale, seed=seed, stdout=self.stdout, progress=progress)
            summary = (
                f"Synthetic content: {report['cities']} cities, {report['pairs']} pairs, "
                f"{report['case_studies']} good practices, {report['events']} events, "
                f"{report['news']} news ({report['english_pages']} English pages)"
            )
        after = Page.objects.count()
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{summary}; {after - before} pages added in all languages "
                f"({after} in the database); {elapsed:.1f} s."
            )
        )
