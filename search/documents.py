"""What the index knows of a page, read from the page model's own ``search_fields``.

Each page family declares what is searchable with Wagtail's ``index.SearchField`` (with a
``boost``) and ``index.RelatedFields``; nothing here names a field of another app. The
weights follow the boosts:

- A: ``title`` and any field boosted 2 or more;
- B: fields boosted above 1, and introduction-like fields (``intro``, ``summary``…);
- C: every other searchable field, and the fields of related objects (boosted related
  fields count as B at most: a page's own title always outweighs its country's name).

StreamField and RichText values arrive as plain text through Wagtail's
``get_searchable_content``. The date shown in results is the page's ``search_date`` if it
defines one, else its ``date``, ``local_start`` or ``start``, else when it was first
published. Themes come from a many-to-many ``themes`` relation, wherever a model has one.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Manager
from django.utils import timezone

from wagtail.search import index

from . import text

INTRO_FIELD_NAMES = frozenset(
    {"intro", "introduction", "summary", "lead", "teaser", "excerpt", "search_description"}
)
# An event's date is the day at its venue (local_start), not in the server's time zone.
DATE_ATTRIBUTES = ("search_date", "date", "local_start", "start", "start_date")
THEMES_RELATION = "themes"


@dataclass
class Document:
    title: list = field(default_factory=list)
    intro: list = field(default_factory=list)
    body: list = field(default_factory=list)
    date: dt.date | None = None
    theme_keys: set = field(default_factory=set)

    def add(self, weight, value):
        getattr(self, {"A": "title", "B": "intro", "C": "body"}[weight]).extend(flatten(value))

    def joined(self, part):
        seen, unique = set(), []
        for piece in getattr(self, part):
            piece = text.clean(piece)
            if piece and piece not in seen:  # aliases of the same text, repeated fields
                seen.add(piece)
                unique.append(piece)
        return " ".join(unique)


def flatten(value):
    """Plain strings out of what a search field gives: strings, lists, dicts, objects."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [item for v in value.values() for item in flatten(v)]
    if isinstance(value, (list, tuple, set)):
        return [item for v in value for item in flatten(v)]
    if isinstance(value, (bool, int, float, dt.date)):
        return []  # numbers and dates are facts for filters, not words to find
    return [str(value)]


def weight_of(search_field, related=False):
    boost = search_field.boost or 1
    if not related and (search_field.field_name == "title" or boost >= 2):
        return "A"
    if boost > 1 or (not related and search_field.field_name in INTRO_FIELD_NAMES):
        return "B"
    return "C"


def _related_objects(related_fields, obj):
    value = related_fields.get_value(obj)
    if value is None:
        return []
    if isinstance(value, Manager):
        return list(value.all())
    if callable(value):
        value = value()
    return [value]


def _collect(document, obj, search_fields, related=False):
    for search_field in search_fields:
        if isinstance(search_field, index.SearchField):
            document.add(weight_of(search_field, related), search_field.get_value(obj))
        elif isinstance(search_field, index.RelatedFields):
            for related_obj in _related_objects(search_field, obj):
                _collect(document, related_obj, search_field.fields, related=True)


def page_date(page):
    for name in DATE_ATTRIBUTES:
        try:
            value = getattr(page, name, None)
            if callable(value):
                value = value()
        except (AttributeError, LookupError, TypeError, ValueError):
            continue  # a property that cannot answer for this page (a missing time zone…)
        if isinstance(value, dt.datetime):
            return value.date()  # the day in the datetime's own zone (the venue's)
        if isinstance(value, dt.date):
            return value
    published = page.first_published_at
    return timezone.localdate(published) if published else None


def theme_keys(page):
    """Translation keys of the page's themes (the same in every language)."""
    if themes_relation_of(type(page)) is None:
        return set()
    return {
        str(getattr(theme, "translation_key", None) or f"pk-{theme.pk}")
        for theme in getattr(page, THEMES_RELATION).all()
    }


def document_for(page):
    """The indexable text of a specific page."""
    document = Document(date=page_date(page), theme_keys=theme_keys(page))
    _collect(document, page, type(page).get_search_fields())
    if not document.title:
        document.title.append(page.title)
    return document


def themes_relation_of(model):
    """The name to prefetch for a model's themes, or None."""
    try:
        relation = model._meta.get_field(THEMES_RELATION)
    except FieldDoesNotExist:
        return None
    return THEMES_RELATION if relation.many_to_many else None


def prefetches_for(model):
    """What to prefetch to build the documents of many pages of a model at once."""
    names = [
        search_field.field_name
        for search_field in model.get_search_fields()
        if isinstance(search_field, index.RelatedFields)
    ]
    themes = themes_relation_of(model)
    if themes and themes not in names:
        names.append(themes)
    return names
