"""Which language version of a related page or snippet a visitor sees, fetched in bulk.

Relations are facts, synchronised across locales: a Korean pair page points to the same
(usually English) city pages and themes as its English source. What a visitor should see is
the version in their own language where one exists. ``Page.localized`` answers that for one
page with a query each; listings answer it for all their items at once with the functions
below, so that their number of queries does not grow with the number of items.
"""

from django.utils.translation import get_language

from wagtail.models import Locale, Page

from .models import Country, Theme


def active_language():
    return get_language() or Locale.get_default().language_code


def localized_themes():
    """{translation_key: Theme} in the visitor's language, falling back to English."""
    return Theme.objects.for_display(active_language())


def localized_countries():
    """{translation_key: Country} in the visitor's language, falling back to English."""
    return Country.objects.for_display(active_language())


def localized_pages(pages, model=None):
    """{translation_key: page} of the given pages' live versions in the visitor's language.

    One query. Pages without a live version in that language map to themselves, so that a
    link always goes somewhere (the English page) rather than nowhere.
    """
    pages = [page for page in pages if page is not None]
    language = active_language()
    found = {page.translation_key: page for page in pages}
    keys = {page.translation_key for page in pages if page.locale.language_code != language}
    if keys:
        model = model or Page
        versions = list(
            model.objects.live()
            .public()
            .filter(translation_key__in=keys, locale__language_code=language)
            .select_related("locale")
        )
        # Templates mark an alias's English text with lang="en": know it without a query each.
        mark_content_languages(versions)
        for version in versions:
            found[version.translation_key] = version
    return found


def mark_content_languages(pages):
    """Give each alias the language of the page it mirrors, in one query for all of them.

    ``PortalPage.content_language_code`` would otherwise query once per alias, and listings
    need it per item to mark English text with ``lang="en"`` in other languages' trees.
    """
    alias_ids = {page.alias_of_id for page in pages if page.alias_of_id}
    if not alias_ids:
        return pages
    languages = dict(
        Page.objects.filter(pk__in=alias_ids).values_list("pk", "locale__language_code")
    )
    for page in pages:
        if page.alias_of_id:
            page._content_language_code = languages.get(page.alias_of_id, page.locale.language_code)
    return pages


def theme_names(theme_rows, themes_by_key):
    """The visitor-language versions of a page's (prefetched) themes, sorted by name."""
    return sorted(
        (themes_by_key.get(theme.translation_key, theme) for theme in theme_rows),
        key=lambda theme: theme.name.casefold(),
    )
