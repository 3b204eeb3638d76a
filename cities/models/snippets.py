"""Theme and Country: the translatable snippets pages are filtered by.

Each exists once per locale (``TranslatableMixin``). The English rows are the canonical ones
that pages point to; the words (name, description) are translated through wagtail-localize,
while the slug, ISO code and region are facts kept identical in every locale, so listing URLs
(``?theme=energy-efficiency``, ``?country=KR``) mean the same thing in every language.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language

from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cities.validators import validate_iso_alpha2

from .choices import Region


class LocalizedSnippetQuerySet(models.QuerySet):
    def for_display(self, language_code=None):
        """One instance per translation key: the active language's where it exists, else English.

        Two small queries' worth of rows (every locale's copy of a snippet is fetched once),
        whatever the number of pages that show them; callers index the result by
        ``translation_key``.
        """
        language_code = language_code or get_language() or "en"
        default = Locale.get_default().language_code
        rows = self.filter(locale__language_code__in={language_code, default}).select_related(
            "locale"
        )
        chosen = {}
        for row in rows:
            if row.locale.language_code == language_code or row.translation_key not in chosen:
                chosen[row.translation_key] = row
        return chosen


def _reject_duplicate(instance, field_name, message):
    value = getattr(instance, field_name)
    if not value or not instance.locale_id:
        return
    duplicates = (
        type(instance)
        ._default_manager.filter(locale_id=instance.locale_id, **{field_name: value})
        .exclude(pk=instance.pk)
    )
    if duplicates.exists():
        raise ValidationError({field_name: message})


class Theme(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(
        max_length=100,
        allow_unicode=False,
        help_text=(
            "Short English name used in web addresses of filtered listings, such as "
            "energy-efficiency. The same in every language."
        ),
    )
    description = models.TextField(
        blank=True, help_text="One or two sentences that explain the theme to visitors."
    )

    objects = LocalizedSnippetQuerySet.as_manager()

    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = "theme"
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="cities_theme_unique_slug"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        _reject_duplicate(self, "slug", "A theme with this slug already exists.")


class Country(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=100)
    iso_code = models.CharField(
        "ISO code",
        max_length=2,
        validators=[validate_iso_alpha2],
        help_text="ISO 3166-1 alpha-2 code in capital letters: DE for Germany, KR for South Korea.",
    )
    region = models.CharField(
        "programme region",
        max_length=10,
        choices=Region.choices,
        help_text=(
            "Which side of a pair the country's cities take: EU member state (the United "
            "Kingdom counts as EU for the 2017-2018 cycle) or partner country."
        ),
    )

    objects = LocalizedSnippetQuerySet.as_manager()

    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("iso_code", overridable=False),
        SynchronizedField("region", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("iso_code"),
        index.FilterField("region"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = "country"
        verbose_name_plural = "countries"
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "iso_code"], name="cities_country_unique_iso_code"
            ),
        ]

    def __str__(self):
        return self.name

    def clean_fields(self, exclude=None):
        # Editors may type "de": store the code as ISO writes it before validating it.
        if self.iso_code:
            self.iso_code = self.iso_code.strip().upper()
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        # The unique constraint includes the locale, which is not a form field, so Django's
        # form validation skips it: check here for a clear message instead of a crash.
        _reject_duplicate(self, "iso_code", "A country with this ISO code already exists.")
