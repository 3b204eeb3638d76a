"""Rewrite every stored partner score from the current content.

Publishing a city rescores that city alone (``cities.matching_signals``). Run this after a
bulk import, after changing a country's region by hand in the database, or now and then (a
nightly cron job) to bring every score onto the latest rarity statistics.
"""

import time

from django.core.management.base import BaseCommand

from cities.partner_scores import rescore_all


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def handle(self, *args, **options):
        start = time.perf_counter()
        count = rescore_all()
        elapsed = time.perf_counter() - start
        self.stdout.write(f"{count} EU city ↔ partner city scores written in {elapsed:.2f} s.")
