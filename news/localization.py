"""Showing related pages in the visitor's language, in one query for a whole list.

Relations between pages are facts, synchronised by wagtail-localize: a Korean event points
to the same (English) host city as the English event. Visitors of /ko/ should land on the
Korean city page, though, so templates ask for the page with the same translation key in
the active locale. ``Page.localized`` does that one page at a time (a query each); listings
use ``localize_pages`` instead.
"""

from django.db.models import OuterRef, Subquery
from django.utils.translation import get_language

from wagtail.models import Page


def localize_pages(pages, language_code=None):
    """The same pages, each replaced by its live version in the active language where one
    exists (a translation or an alias), in their original order, each with ``text_lang``
    (see ``mark_text_language``). One query."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    language_code = language_code or get_language()
    localized = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(
            translation_key__in={page.translation_key for page in pages},
            locale__language_code=language_code,
        )
        .select_related("locale")
        .annotate(source_language_code=source_language_annotation())
    }
    result = [localized.get(page.translation_key, page) for page in pages]
    return mark_text_language(result, language_code)


def source_language_annotation():
    """For ``.annotate(source_language_code=…)``: the language of an alias's source page.

    An alias shows its source's text; listings mark that text with ``lang`` (WCAG 3.1.2).
    ``PortalPage.content_language_code`` finds it with a query per page; this finds it for
    a whole list inside the listing's own query.
    """
    return Subquery(
        Page.objects.filter(pk=OuterRef("alias_of_id")).values("locale__language_code")[:1]
    )


def mark_text_language(pages, language_code=None):
    """Give each page of a list ``text_lang``: the language of its text when that differs
    from the visitor's, else "". Pages must carry ``source_language_code`` (above) and
    their ``locale`` (select_related)."""
    language_code = language_code or get_language()
    pages = list(pages)
    for page in pages:
        if hasattr(page, "text_lang"):
            continue
        own = page.locale.language_code
        content = getattr(page, "source_language_code", None) or own
        page._content_language_code = content  # spares PortalPage its query
        page.text_lang = content if content != language_code else ""
    return pages


def localize_snippets(snippets, model):
    """Translatable snippets (themes, countries) in the visitor's language where translated,
    sorted by name. Uses the cities app's ``for_display``: one query."""
    snippets = list(snippets)
    if not snippets:
        return []
    names = model.objects.for_display()
    return sorted(
        (names.get(snippet.translation_key, snippet) for snippet in snippets),
        key=lambda snippet: snippet.name,
    )
