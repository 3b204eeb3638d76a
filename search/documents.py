"""What the index knows of a page, read from the page model's own ``search_fields``.

Each page family declares what is searchable with Wagtail's ``index.SearchField`` (with a
``boost``) and ``index.RelatedFields``; nothing here names a field of another app. The
weights follow the boosts:

- A: ``title`` and any field boosted 2 or more;
- B: fields boosted above 1, and introduction-like fields (``intro``, ``summary``…);
- C: every other searchable field, and the fields of related objects (boosted related
  fields count as B at most: a page's own title always outweighs its country's name).

StreamField and RichText values arrive as plain text through Wagtail's
``get_searchable_content``, except the values of choice blocks inside a StreamField: they
are settings (a heading's "Level 2"), not words of the page. A related object that is
translated (a country) gives its name in the page's language when the page is translated.

The date shown in results is the page's ``search_date`` if it defines one, else its
``date``, ``local_start`` or ``start``, else when it was first published. Themes come from
a many-to-many ``themes`` relation, wherever a model has one.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Manager
from django.utils import timezone

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
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


# Blocks whose searchable content is their children's (unless a subclass says otherwise).
_CONTAINERS = {
    blocks.StreamBlock: blocks.StreamBlock.get_searchable_content,
    blocks.StructBlock: blocks.StructBlock.get_searchable_content,
    blocks.ListBlock: blocks.ListBlock.get_searchable_content,
}


def block_text(block, value):
    """A block's searchable text, leaving out choice blocks (settings, not prose)."""
    if value is None or not getattr(block, "search_index", True):
        return []
    if isinstance(block, (blocks.ChoiceBlock, blocks.MultipleChoiceBlock)):
        return []
    for container, default in _CONTAINERS.items():
        if isinstance(block, container) and type(block).get_searchable_content is default:
            if container is blocks.StreamBlock:
                return [t for child in value for t in block_text(child.block, child.value)]
            if container is blocks.StructBlock:
                return [
                    t
                    for name, child in block.child_blocks.items()
                    for t in block_text(child, value.get(name, child.get_default()))
                ]
            return [t for item in value for t in block_text(block.child_block, item)]
    return block.get_searchable_content(value)


def _field_value(search_field, obj):
    try:
        model_field = search_field.get_field(type(obj))
    except FieldDoesNotExist:
        model_field = None
    if isinstance(model_field, StreamField):
        return block_text(model_field.stream_block, getattr(obj, model_field.attname))
    return search_field.get_value(obj)


def _related_objects(related_fields, obj):
    value = related_fields.get_value(obj)
    if value is None:
        return []
    if isinstance(value, Manager):
        return list(value.all())
    if callable(value):
        value = value()
    return [value]


def _collect(document, obj, search_fields, localize, related=False):
    for search_field in search_fields:
        if isinstance(search_field, index.SearchField):
            document.add(weight_of(search_field, related), _field_value(search_field, obj))
        elif isinstance(search_field, index.RelatedFields):
            for related_obj in _related_objects(search_field, obj):
                _collect(document, localize(related_obj), search_field.fields, localize, True)


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


class Localizer:
    """Related translated objects in a locale, each looked up once (a cache per rebuild)."""

    def __init__(self):
        self.cache = {}

    def __call__(self, obj, locale_id):
        if not isinstance(obj, TranslatableMixin) or obj.locale_id == locale_id:
            return obj
        key = (type(obj), obj.translation_key, locale_id)
        if key not in self.cache:
            self.cache[key] = (
                type(obj)
                ._default_manager.filter(translation_key=obj.translation_key, locale_id=locale_id)
                .first()
                or obj
            )
        return self.cache[key]


def document_for(page, localizer=None, translated=True):
    """The indexable text of a specific page.

    ``translated``: whether the page's text is in its own language (not an alias showing
    English); only then are related objects given in the page's language.
    """
    localizer = localizer or Localizer()
    document = Document(date=page_date(page), theme_keys=theme_keys(page))

    def localize(obj):
        return localizer(obj, page.locale_id) if translated else obj

    _collect(document, page, type(page).get_search_fields(), localize)
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
