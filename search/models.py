"""The portal's own search index: one row per live page, in the page's own locale.

Why not Wagtail's database backend: it takes a single ``SEARCH_CONFIG`` for every language and
keeps one row per object, so German could not be stemmed as German while Korean is matched
by substrings. Here every row carries its language's PostgreSQL configuration, and the text
in the forms each database matches best (see the README's "Search" section).

An alias (a page of another language's tree that still shows the English text) is a page of
its own locale, so it has a row of its own, in that locale, with the English text and the
English configuration. Rows are written by ``search.index`` and read by ``search.query``.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class PageIndexEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", editable=False
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", editable=False
    )
    # "app_label.modelname" of the page's specific class: the type filter and its label.
    page_type = models.CharField(max_length=100)
    # The language the text is written in: English for an alias of an English page.
    content_language = models.CharField(max_length=12)
    # The PostgreSQL text search configuration of content_language (search.languages).
    ts_config = models.CharField(max_length=63)

    # Plain text by weight: A the title (and fields boosted like it), B the introduction,
    # C everything else (body, related names).
    title = models.TextField()
    intro = models.TextField(blank=True)
    body = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)

    # Folded forms (search.text). folded_title serves the title bonus on both databases;
    # folded_text (intro and body) is what SQLite matches words in, and stays empty on
    # PostgreSQL, which matches search_vector instead; compact serves Korean everywhere.
    folded_title = models.TextField(blank=True)
    folded_text = models.TextField(blank=True)
    compact = models.TextField(blank=True)
    # PostgreSQL only: weighted tsvector (A title, B intro, C body) in ts_config.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = "search index entry"
        verbose_name_plural = "search index entries"
        indexes = [models.Index(fields=["locale", "page_type"], name="search_locale_type")]

    def __str__(self):
        return self.title


class PageIndexTheme(models.Model):
    """A theme of an indexed page, by the theme's translation key.

    The key is the same for a theme in every language, so a Korean page tagged with the
    English theme (as aliases are) is found under the Korean theme too, and the index needs
    nothing from the cities app but the documented ``themes`` relation.
    """

    entry = models.ForeignKey(PageIndexEntry, on_delete=models.CASCADE, related_name="themes")
    theme_key = models.CharField(max_length=64, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "theme_key"], name="search_unique_theme")
        ]

    def __str__(self):
        return self.theme_key
