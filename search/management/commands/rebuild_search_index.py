"""Write the whole search index again: ``manage.py rebuild_search_index``.

Publishing, unpublishing, moving and translating pages keep the index current by
themselves (search.signals); a rebuild is for a fresh database, demo content loaded in bulk,
or after a change of which fields a page type makes searchable.
"""

from time import perf_counter

from django.core.management.base import BaseCommand

from search import index


class Command(BaseCommand):
    help = __doc__

    def handle(self, **options):
        started = perf_counter()
        verbosity = options["verbosity"]
        total = index.rebuild(log=self.stdout.write if verbosity > 1 else None)
        if verbosity:
            self.stdout.write(f"Search index: {total} pages in {perf_counter() - started:.1f} s.")
