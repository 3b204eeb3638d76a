"""The sections of the translation status board, as data.

A page belongs to a section when:
1. its model says so (``translation_status_section = "news"`` on the page class), or
2. its type is one of the section's ``page_types`` (index types included), or
3. it lies under a page of one of the section's ``index_types`` (nearest such ancestor wins),
   so that any page type later added under /events/ or /cities/ counts without a change here.
A translatable snippet belongs to the section that lists its model in ``snippet_types``.
Everything else falls in "Other". Models named here that do not exist (yet) are ignored.
"""

from dataclasses import dataclass

from django.apps import apps


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    index_types: tuple = ()
    page_types: tuple = ()
    snippet_types: tuple = ()


SECTIONS = (
    Section(
        "cities", "Cities", index_types=("cities.CityIndexPage",), page_types=("cities.CityPage",)
    ),
    Section(
        "pairs", "Pairs", index_types=("cities.PairIndexPage",), page_types=("cities.PairPage",)
    ),
    Section(
        "good-practices",
        "Good practices",
        index_types=("cities.CaseStudyIndexPage",),
        page_types=("cities.CaseStudyPage",),
    ),
    Section(
        "events", "Events", index_types=("news.EventIndexPage",), page_types=("news.EventPage",)
    ),
    Section("news", "News", index_types=("news.NewsIndexPage",), page_types=("news.NewsPage",)),
    Section("themes", "Themes", snippet_types=("cities.Theme",)),
    Section("countries", "Countries", snippet_types=("cities.Country",)),
)
OTHER = Section("other", "Other pages and snippets")
ALL_SECTIONS = (*SECTIONS, OTHER)
SECTIONS_BY_KEY = {section.key: section for section in ALL_SECTIONS}

STEPLEN = 4  # treebeard's path segment length for Wagtail pages


def _model(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


class SectionMap:
    """Assigns pages (by content type and tree path) and snippet models to sections."""

    def __init__(self, content_type_models, sections=SECTIONS):
        # content_type_models: {content type id: model class} for every page type.
        self.sections = sections
        self.model_section = {}
        self.index_section = {}
        for section in sections:
            for label in section.page_types + section.index_types:
                model = _model(label)
                if model is not None:
                    self.model_section.setdefault(model, section.key)
            for label in section.index_types:
                model = _model(label)
                if model is not None:
                    self.index_section.setdefault(model, section.key)
        self.content_type_models = content_type_models

    def _declared(self, model):
        if model is None:
            return None
        declared = getattr(model, "translation_status_section", None)
        if declared in SECTIONS_BY_KEY:
            return declared
        return self.model_section.get(model)

    def page_sections(self, pages):
        """{path: section key} for source pages given as dicts with path and content_type_id."""
        index_paths = {}
        for page in pages:
            model = self.content_type_models.get(page["content_type_id"])
            if model in self.index_section:
                index_paths[page["path"]] = self.index_section[model]
        result = {}
        for page in pages:
            key = self._declared(self.content_type_models.get(page["content_type_id"]))
            path = page["path"]
            while key is None and len(path) > STEPLEN:
                path = path[:-STEPLEN]
                key = index_paths.get(path)
            result[page["path"]] = key or OTHER.key
        return result

    def snippet_section(self, model):
        declared = getattr(model, "translation_status_section", None)
        if declared in SECTIONS_BY_KEY:
            return declared
        for section in self.sections:
            if any(_model(label) is model for label in section.snippet_types):
                return section.key
        return OTHER.key
