"""Themes and countries in the visitor's language, fetched in bulk.

Relations to snippets are facts, synchronised across locales: a Korean city page points to
the same (English) themes as its English source. Visitors see the translated name where one
exists, fetched once per request for all the items of a listing. Pages are localised the
same way by ``portal.localization``.
"""

from portal.localization import active_language

from .models import Country, Theme


def localized_themes():
    """{translation_key: Theme} in the visitor's language, falling back to English."""
    return Theme.objects.for_display(active_language())


def localized_countries():
    """{translation_key: Country} in the visitor's language, falling back to English."""
    return Country.objects.for_display(active_language())


def theme_names(theme_rows, themes_by_key):
    """The visitor-language versions of a page's (prefetched) themes, sorted by name."""
    return sorted(
        (themes_by_key.get(theme.translation_key, theme) for theme in theme_rows),
        key=lambda theme: theme.name.casefold(),
    )
