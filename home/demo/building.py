"""Small helpers the loader and the scale generator share: pages, text values, deferred indexing."""

import datetime as dt
import html
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from django.core.management import call_command, get_commands

from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

from .aliases import search_auto_update_paused
from .content import T


def paragraph(text):
    """Rich text for one paragraph of plain text."""
    return f"<p>{html.escape(text, quote=False)}</p>"


def english(text):
    return text.en if isinstance(text, T) else text


def fill(template, **values):
    """A ``T`` template with ``{names}`` filled in each language (values may be ``T`` too)."""
    filled = {}
    for language, pattern in template.items():
        filled[language] = pattern.format(
            **{
                name: (value.get(language) or value.en) if isinstance(value, T) else value
                for name, value in values.items()
            }
        )
    return T(**filled)


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except Exception:  # FieldDoesNotExist: another app's model has not grown that field yet
        return False
    return True


def set_fields(page, **values):
    """Set only the fields the model has: other apps' models may still be growing."""
    for name, value in values.items():
        if has_field(type(page), name):
            setattr(page, name, value)


def aware(date, time_text, zone):
    hour, minute = (int(part) for part in time_text.split(":"))
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=ZoneInfo(zone))


def find_child(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def add_page(parent, page, *, revision=True):
    """Add and publish an English page under ``parent`` (its aliases are made in batches).

    With ``revision=False`` (the scale generator) the page goes live without a revision:
    Wagtail pages may exist without one, and a benchmark's synthetic pages need no history.
    """
    page.locale_id = parent.locale_id
    parent.add_child(instance=page)
    if revision:
        page.save_revision().publish()
    return page


@contextmanager
def deferred_indexing():
    """Leave the search and reference indexes alone while loading; rebuild them afterwards.

    Indexing each of thousands of aliases as it is saved costs more than one rebuild at the
    end. The search app's own receivers are disconnected for the duration (reconnected even
    on error), Wagtail's reference index is paused with its own context manager and Wagtail's
    search index is not auto-updated (``aliases.index_pages`` writes it in bulk afterwards).
    """
    receivers = []
    try:
        from search import signals as search_signals  # the search app may be absent
    except ImportError:
        search_signals = None
    if search_signals is not None:
        from django.db.models.signals import post_save

        for signal, receiver in (
            (page_published, getattr(search_signals, "index_published_page", None)),
            (post_save, getattr(search_signals, "index_new_alias", None)),
        ):
            if receiver is not None and signal.disconnect(receiver):
                receivers.append((signal, receiver))
    try:
        with disable_reference_index_auto_update(), search_auto_update_paused():
            yield
    finally:
        for signal, receiver in receivers:
            signal.connect(receiver)


def index_new_pages(english_pages, all_pages):
    """Indexes for pages just made in bulk, without rebuilding everything else.

    The search app's index and Wagtail's search index get every new page (aliases included:
    visitors search in their language). Wagtail's reference index gets the English pages:
    an alias refers to exactly what its English page refers to, and writing those rows for
    thousands of aliases would double the time of a ``--scale`` run.
    """
    from wagtail.models import ReferenceIndex

    from .aliases import index_pages

    try:
        from search import index as search_index
    except ImportError:
        search_index = None
    if search_index is not None and hasattr(search_index, "index_pages"):
        search_index.index_pages(all_pages)
    index_pages(all_pages)
    for page in english_pages:
        ReferenceIndex.create_or_update_for_object(page)


def rebuild_indexes(stdout=None):
    """The rebuild commands that exist: the search app's index and Wagtail's references."""
    commands = get_commands()
    quiet = {"verbosity": 0} if stdout is None else {"stdout": stdout}
    ran = []
    if "rebuild_search_index" in commands:
        call_command("rebuild_search_index", **quiet)
        ran.append("rebuild_search_index")
    call_command("rebuild_references_index", **quiet)
    ran.append("rebuild_references_index")
    return ran
