"""Writing the search index: one row per live page (search.models.PageIndexEntry).

``index_pages`` (re)writes the rows of some pages, ``remove_pages`` drops rows,
``reindex_subtree`` covers a page and its descendants after a move, and ``rebuild`` writes
the whole index again (``manage.py rebuild_search_index``). The signal handlers in
``search.signals`` call these, so publishing, unpublishing, moving and translating pages
keep the index current without a rebuild.

Every live page is indexed, private ones included: view restrictions are applied when the
index is read (``search.query``), so adding or lifting a restriction needs no re-indexing.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import F

from wagtail.models import Locale, Page

from . import text
from .documents import Localizer, document_for, prefetches_for
from .languages import configuration_for
from .models import PageIndexEntry, PageIndexTheme
from .page_types import indexed_models, model_key

logger = logging.getLogger(__name__)

CHUNK_SIZE = 250


def uses_postgres():
    return connection.vendor == "postgresql"


def _language_codes():
    return dict(Locale.objects.values_list("pk", "language_code"))


def _content_languages(pages, codes):
    """The language each page's text is in: an alias shows its source page's text."""
    sources = {page.alias_of_id for page in pages if page.alias_of_id}
    source_locales = (
        dict(Page.objects.filter(pk__in=sources).values_list("pk", "locale_id")) if sources else {}
    )
    return {
        page.pk: codes.get(source_locales.get(page.alias_of_id, page.locale_id), "")
        for page in pages
    }


def _entry(page, content_language, codes, localizer):
    translated = content_language == codes.get(page.locale_id)
    document = document_for(page, localizer, translated=translated)
    title = document.joined("title")
    intro = document.joined("intro")
    body = document.joined("body")
    postgres = uses_postgres()
    entry = PageIndexEntry(
        page_id=page.pk,
        locale_id=page.locale_id,
        page_type=model_key(type(page)),
        content_language=content_language,
        ts_config=configuration_for(content_language),
        title=title,
        intro=intro,
        body=body,
        date=document.date,
        folded_title=text.spaced(title),
        # PostgreSQL matches the tsvector; only SQLite reads the folded words.
        folded_text="" if postgres else text.spaced(f"{intro} {body}"),
        compact=text.compact(f"{title} {intro} {body}"),
    )
    return entry, document.theme_keys


def _write(pages, localizer=None):
    """Replace the rows of these live, specific pages."""
    if not pages:
        return 0
    codes = _language_codes()
    languages = _content_languages(pages, codes)
    localizer = localizer or Localizer()
    built = [_entry(page, languages[page.pk], codes, localizer) for page in pages]
    with transaction.atomic():
        PageIndexEntry.objects.filter(page_id__in=[page.pk for page in pages]).delete()
        entries = PageIndexEntry.objects.bulk_create([entry for entry, _ in built])
        if not all(entry.pk for entry in entries):  # SQLite before 3.35 returns no keys
            by_page = dict(
                PageIndexEntry.objects.filter(page_id__in=[e.page_id for e in entries]).values_list(
                    "page_id", "pk"
                )
            )
            for entry in entries:
                entry.pk = by_page[entry.page_id]
        PageIndexTheme.objects.bulk_create(
            [
                PageIndexTheme(entry_id=entry.pk, theme_key=key)
                for entry, (_, keys) in zip(entries, built, strict=True)
                for key in sorted(keys)
            ]
        )
        if uses_postgres():
            PageIndexEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
                search_vector=(
                    SearchVector("title", config=F("ts_config"), weight="A")
                    + SearchVector("intro", config=F("ts_config"), weight="B")
                    + SearchVector("body", config=F("ts_config"), weight="C")
                )
            )
    return len(entries)


def _specific(pages):
    return [page if type(page) is not Page else page.specific for page in pages]


def index_pages(pages):
    """Write the rows of these pages; pages that are not live lose theirs."""
    indexed = {model_key(model) for model in indexed_models()}
    pages = _specific(pages)
    live = [page for page in pages if page.live and model_key(type(page)) in indexed]
    live_ids = {page.pk for page in live}
    gone = [page.pk for page in pages if page.pk not in live_ids]
    remove_pages(gone)
    return _write(live)


def index_page(page):
    return index_pages([page])


def remove_pages(page_ids):
    if page_ids:
        PageIndexEntry.objects.filter(page_id__in=page_ids).delete()


def _chunks(model, queryset):
    prefetches = prefetches_for(model)
    queryset = queryset.order_by("pk")
    last_pk = 0
    while True:
        chunk = list(queryset.filter(pk__gt=last_pk).prefetch_related(*prefetches)[:CHUNK_SIZE])
        if not chunk:
            return
        yield chunk
        last_pk = chunk[-1].pk


def _exact(model):
    """The model's own pages, not those of a page model that inherits from it."""
    content_type = ContentType.objects.get_for_model(model)
    return model.objects.filter(content_type=content_type)


def reindex_subtree(page):
    """A page and its descendants, after a move (their publicness may have changed)."""
    subtree = Page.objects.descendant_of(page, inclusive=True)
    count = 0
    for model in indexed_models():
        pages = _exact(model).filter(pk__in=subtree.values("pk"))
        remove_pages(list(pages.filter(live=False).values_list("pk", flat=True)))
        for chunk in _chunks(model, pages.filter(live=True)):
            count += _write(chunk)
    return count


def rebuild(log=None):
    """Write the whole index again; returns the number of rows."""
    PageIndexEntry.objects.all().delete()
    total = 0
    localizer = Localizer()
    for model in indexed_models():
        count = 0
        for chunk in _chunks(model, _exact(model).live()):
            count += _write(chunk, localizer)
        if log and count:
            log(f"{model._meta.label}: {count} pages")
        total += count
    return total
