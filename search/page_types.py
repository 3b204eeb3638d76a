"""What visitors call each kind of page, and which page models the search index covers.

A model's ``verbose_name`` is admin English; results show a label in the visitor's language
from this mapping. Each label has a short slug for the ``type`` filter in the address
(``?type=event``); several models may share one (every section index is a "Section"). A page
model this mapping does not know yet is still indexed and shown as a "Page".
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import pgettext_lazy

from portal.models import PortalPage


@dataclass(frozen=True)
class PageType:
    slug: str
    label: str


GENERIC = PageType("page", pgettext_lazy("type of page", "Page"))

PAGE_TYPES = {
    "cities.citypage": PageType("city", pgettext_lazy("type of page", "City")),
    "cities.pairpage": PageType("pair", pgettext_lazy("type of page", "City pair")),
    "cities.casestudypage": PageType(
        "good-practice", pgettext_lazy("type of page", "Good practice")
    ),
    "news.eventpage": PageType("event", pgettext_lazy("type of page", "Event")),
    "news.newspage": PageType("news", pgettext_lazy("type of page", "News")),
    "home.formpage": PageType("form", pgettext_lazy("type of page", "Form")),
    "home.homepage": PageType("section", pgettext_lazy("type of page", "Section")),
    "cities.cityindexpage": PageType("section", pgettext_lazy("type of page", "Section")),
    "cities.pairindexpage": PageType("section", pgettext_lazy("type of page", "Section")),
    "cities.casestudyindexpage": PageType("section", pgettext_lazy("type of page", "Section")),
    "news.eventindexpage": PageType("section", pgettext_lazy("type of page", "Section")),
    "news.newsindexpage": PageType("section", pgettext_lazy("type of page", "Section")),
    "home.standardpage": GENERIC,
}


def model_key(model):
    """``"app_label.modelname"``: how the index records a page model."""
    return model._meta.label_lower


def page_type(key):
    return PAGE_TYPES.get(key, GENERIC)


def indexed_models():
    """Every concrete page model built on PortalPage, whichever app defines it."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, PortalPage) and not model._meta.proxy
    ]


def filter_choices():
    """(slug, label) for the type filter: one per kind of page the site has, in this order."""
    seen = {}
    present = {model_key(model) for model in indexed_models()}
    for key, kind in [*PAGE_TYPES.items(), *((key, GENERIC) for key in sorted(present))]:
        if key in present and kind.slug not in seen:
            seen[kind.slug] = kind.label
    return list(seen.items())


def keys_for_slug(slug):
    """The model keys a type filter slug stands for."""
    return [
        model_key(model) for model in indexed_models() if page_type(model_key(model)).slug == slug
    ]
