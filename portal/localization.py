"""Related pages in the visitor's language, fetched for a whole list at once.

Relations between pages are facts, synchronised by wagtail-localize: a Korean pair page
points to the same (usually English) city pages as its English source, and a Korean event
to the same host city. Visitors of /ko/ should land on the Korean version where one exists.
``Page.localized`` answers that one page at a time (a query each); listings use the
functions below, so that their number of queries does not grow with their length.

An alias shows its English source's text: wherever a listing shows such text on a page of
another language, templates mark it with ``lang`` (WCAG 3.1.2). ``text_lang`` and
``content_language_code`` carry that language without a query per item.
"""

from django.db.models import OuterRef, Subquery
from django.utils.translation import get_language

from wagtail.models import Locale, Page


def active_language():
    return get_language() or Locale.get_default().language_code


def source_language_annotation():
    """For ``.annotate(source_language_code=…)``: the language of an alias's source page,
    found inside a listing's own query (``PortalPage.content_language_code`` would query
    once per alias)."""
    return Subquery(
        Page.objects.filter(pk=OuterRef("alias_of_id")).values("locale__language_code")[:1]
    )


def mark_text_language(pages, language_code=None):
    """Give each page ``text_lang``: the language of its text when it differs from the
    visitor's, else "". Pages carry their ``locale`` (select_related) and, for aliases,
    ``source_language_code`` (above); ``content_language_code`` then needs no query."""
    language_code = language_code or active_language()
    pages = list(pages)
    for page in pages:
        if hasattr(page, "text_lang"):
            continue
        own = page.locale.language_code
        content = getattr(page, "source_language_code", None) or own
        page._content_language_code = content
        page.text_lang = content if content != language_code else ""
    return pages


def mark_content_languages(pages):
    """The same for pages already fetched without the annotation (a listing's page of
    results): one query for all their aliases' sources."""
    alias_ids = {page.alias_of_id for page in pages if page.alias_of_id}
    if alias_ids:
        languages = dict(
            Page.objects.filter(pk__in=alias_ids).values_list("pk", "locale__language_code")
        )
        for page in pages:
            if page.alias_of_id:
                page.source_language_code = languages.get(page.alias_of_id)
    return mark_text_language(pages)


def localized_pages(pages, model=None, language_code=None):
    """{translation_key: page}: each given page's live, public version in the visitor's
    language (a translation or an alias), or the page itself where there is none, so that
    a link always goes somewhere. One query, whose results carry ``text_lang``."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    language_code = language_code or active_language()
    found = {page.translation_key: page for page in pages}
    versions = (
        (model or Page)
        .objects.live()
        .public()
        .filter(translation_key__in=found.keys(), locale__language_code=language_code)
        .select_related("locale")
        .annotate(source_language_code=source_language_annotation())
    )
    for version in mark_text_language(versions, language_code):
        found[version.translation_key] = version
    return found


def localize_pages(pages, language_code=None):
    """The same as a list in the given pages' order, each marked with ``text_lang``."""
    pages = [page for page in pages if page is not None]
    language_code = language_code or active_language()
    versions = localized_pages(pages, language_code=language_code)
    return mark_text_language([versions[page.translation_key] for page in pages], language_code)
