"""Themes and the city index, for the theme filter and for a search that found nothing.

Both belong to the cities app (``cities.Theme`` with ``name`` and ``slug``; the
``CityIndexPage``); they are looked up by name so that search works, without these, on a
site that does not have them yet.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist


@dataclass(frozen=True)
class ThemeOption:
    slug: str
    name: str
    key: str  # what the index records (search.documents.theme_keys)


def _model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def theme_options(locale):
    """The themes in the visitor's language (English where not translated), by name."""
    theme_model = _model("cities", "Theme")
    if theme_model is None:
        return []
    themes = theme_model.objects.all()
    try:
        theme_model._meta.get_field("locale")
    except FieldDoesNotExist:
        translatable = False
    else:
        translatable = True
        themes = themes.filter(
            locale__language_code__in=[locale.language_code, settings.LANGUAGE_CODE]
        ).select_related("locale")
    chosen = {}
    for theme in themes:
        key = str(getattr(theme, "translation_key", None) or f"pk-{theme.pk}")
        if key not in chosen or (translatable and theme.locale_id == locale.pk):
            chosen[key] = ThemeOption(slug=theme.slug, name=theme.name, key=key)
    return sorted(chosen.values(), key=lambda option: option.name.casefold())


def city_index(locale):
    """The city index page of the visitor's language, if the site has one."""
    index_model = _model("cities", "CityIndexPage")
    if index_model is None:
        return None
    return index_model.objects.live().public().filter(locale=locale).first()
