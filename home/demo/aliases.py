"""Aliases of new English pages in every synchronised language, made in batches.

wagtail-localize makes aliases one by one through ``Page.copy_for_translation(alias=True)``:
for each page and language it looks up the translated parent, asks treebeard for a free tree
position, validates the copy, logs the action and indexes it for search. That is about 50 ms
of CPU per alias here, or 17 minutes for the 20,800 aliases of ``--scale 200``.

This module writes the very same rows in bulk: for each translated parent it reserves the
tree positions of a whole batch at once, copies every field as ``CreatePageAliasAction`` does
(the same exclusions and overrides), then inserts the page rows, the page-type rows, the
many-to-many links and the inline child objects with one query per table. What was validated
in English is not validated 26 times again, and search indexing is left to one bulk call at
the end (:func:`index_pages`). The result is what
``create_aliases_for_new_page`` leaves: a live page per language with the English page's
content, ``alias_of`` the English page, the same translation key, Wagtail keeping it in sync.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db import transaction
from django.db.models import F
from django.test.utils import override_settings

from modelcluster.models import get_all_child_relations
from wagtail.models import COMMENTS_RELATION_NAME, Locale, Page, TranslatableMixin
from wagtail_localize.models import LocaleSynchronization

# The fields CreatePageAliasAction leaves out of an alias (wagtail/actions/create_alias.py).
EXCLUDE_FIELDS = [
    "id",
    "path",
    "depth",
    "numchild",
    "url_path",
    "index_entries",
    "postgres_index_entries",
    "latest_revision",
]


def synchronised_locales(source_locale):
    """The locales whose trees follow ``source_locale`` (wagtail-localize's setting)."""
    return list(
        Locale.objects.filter(
            pk__in=LocaleSynchronization.objects.filter(sync_from=source_locale).values("locale_id")
        )
    )


@transaction.atomic
def create_aliases(pages):
    """Aliases of ``pages`` (new, live English specific pages) in every synchronised locale.

    Returns the aliases made. The translated parent of each page must exist in each locale
    (it does when parents are created, and aliased, first).
    """
    if not pages:
        return []
    locales = synchronised_locales(pages[0].locale)
    children_of = defaultdict(list)
    for page in pages:
        children_of[page.path[: -Page.steplen]].append(page)
    parents = {parent.path: parent for parent in Page.objects.filter(path__in=list(children_of))}
    made = []
    for parent_path, children in children_of.items():
        parent = parents[parent_path]
        targets = Page.objects.filter(
            translation_key=parent.translation_key, locale__in=locales
        ).select_related("locale")
        for target in targets:
            made += _alias_children(children, target)
    return made


def _alias_children(children, target):
    """Alias rows for ``children`` under ``target``: one bulk insert per table."""
    depth = target.depth + 1
    last = (
        Page.objects.filter(path__startswith=target.path, depth=depth)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    step = Page._str2int(last[-Page.steplen :]) if last else 0
    rows = []
    for page in children:
        step += 1
        row = Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
        # As CreatePageAliasAction sets them (wagtail/actions/create_alias.py).
        row.id = None
        row.path = Page._get_path(target.path, depth, step)
        row.depth = depth
        row.numchild = 0
        row.url_path = f"{target.url_path}{page.slug}/"
        row.locale_id = target.locale_id
        row.alias_of_id = page.pk
        row.draft_title = page.title
        row.has_unpublished_changes = not page.live
        row.latest_revision_id = None
        rows.append(row)
    Page.objects.bulk_create(rows)
    aliases = {}
    by_model = defaultdict(list)
    for page, row in zip(children, rows, strict=True):
        by_model[type(page)].append((page, row))
    for model, couples in by_model.items():
        local = list(model._meta.local_concrete_fields)
        specific = []
        for page, row in couples:
            alias = model(**{f.attname: getattr(page, f.attname) for f in local})
            alias.page_ptr_id = row.pk
            for f in Page._meta.concrete_fields:  # so the returned alias reads like the real one
                setattr(alias, f.attname, getattr(row, f.attname))
            specific.append(alias)
            aliases[page.pk] = alias
        model._base_manager._insert(specific, fields=local, using=model._base_manager.db)
        _copy_relations(model, [page for page, _ in couples], aliases, target.locale_id)
    Page.objects.filter(pk=target.pk).update(numchild=F("numchild") + len(children))
    return [aliases[page.pk] for page in children]


def _copy_relations(model, pages, aliases, locale_id):
    """Many-to-many rows and inline child objects, copied from each page to its alias."""
    sources = [page.pk for page in pages]
    for field in model._meta.local_many_to_many:
        through = field.remote_field.through
        own, other = field.m2m_field_name(), field.m2m_reverse_field_name()
        links = through.objects.filter(**{f"{own}__in": sources}).values_list(
            f"{own}_id", f"{other}_id"
        )
        through.objects.bulk_create(
            [through(**{f"{own}_id": aliases[a].pk, f"{other}_id": b}) for a, b in links]
        )
    for relation in get_all_child_relations(model):
        if relation.name == COMMENTS_RELATION_NAME:
            continue
        child_model = relation.related_model
        key = relation.field.attname
        copies = []
        for child in child_model._default_manager.filter(**{f"{key}__in": sources}):
            child.pk = None
            if hasattr(child, "id"):
                child.id = None
            setattr(child, key, aliases[getattr(child, key)].pk)
            if isinstance(child, TranslatableMixin):
                child.locale_id = locale_id
            copies.append(child)
        child_model._default_manager.bulk_create(copies)


@contextmanager
def search_auto_update_paused():
    """Wagtail's own search index is not written on every save (see :func:`index_pages`)."""
    from django.conf import settings

    backends = {
        name: {**params, "AUTO_UPDATE": False}
        for name, params in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).items()
    } or {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends, MODELSEARCH_BACKENDS=backends):
        yield


def index_pages(pages):
    """Write Wagtail's search index for ``pages`` in one bulk call per page type."""
    from wagtail.search.backends import get_search_backends

    by_model = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    for backend in get_search_backends():
        for model, objects in by_model.items():
            backend.add_bulk(model, objects)
