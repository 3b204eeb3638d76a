"""What the browser tests visit: every page type of the portal, in six languages.

Each page type is one entry of ``PAGE_TYPES``. An entry names either a Wagtail page model
(the served database is searched for a live English page of it, and for that page in each
language) or a view's path under the language prefix. Entries whose model is not built yet
are skipped with that reason, so a page type joins every browser test the day its model
lands; once the demo content exists (``manage.py load_demo``), a page type without a page
in it is a failure, not a skip.
"""

from dataclasses import dataclass

from django.apps import apps
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

import pytest

# English, Korean (Hangul), Vietnamese (stacked diacritics), Indonesian, Greek (another
# script) and Irish (long words): the languages issue 8 asks for.
LANGUAGES = ("en", "ko", "vi", "id", "el", "ga")


@dataclass(frozen=True)
class PageType:
    name: str
    model: str | None = None  # "app_label.ModelName" of a Wagtail page model
    path: str | None = None  # or a view's path after the language prefix
    status: int = 200
    filters: bool = False  # the page has a filter form the keyboard test tabs through

    def is_built(self):
        """True for views, and for page models that exist and have their template."""
        if self.model is None:
            return True
        try:
            get_template(apps.get_model(self.model).template)
        except (LookupError, TemplateDoesNotExist):
            return False
        return True


PAGE_TYPES = (
    PageType("home", model="home.HomePage"),
    PageType("standard", model="home.StandardPage"),
    PageType("form", model="home.FormPage"),
    PageType("city-index", model="cities.CityIndexPage", filters=True),
    PageType("city", model="cities.CityPage"),
    PageType("pair-index", model="cities.PairIndexPage", filters=True),
    PageType("pair", model="cities.PairPage"),
    PageType("case-study-index", model="cities.CaseStudyIndexPage", filters=True),
    PageType("case-study", model="cities.CaseStudyPage"),
    PageType("find-partner", model="cities.FindPartnerPage"),
    PageType("event-index", model="news.EventIndexPage", filters=True),
    PageType("event", model="news.EventPage"),
    PageType("news-index", model="news.NewsIndexPage", filters=True),
    PageType("news", model="news.NewsPage"),
    # "cities" is in the English home page, which every language's alias shows until it
    # is translated, so each language has results.
    PageType("search", path="search/?q=cities", filters=True),
    PageType("404", path="this-page-does-not-exist/", status=404),
)
BY_NAME = {page_type.name: page_type for page_type in PAGE_TYPES}


def page_type_params(*names):
    """``PAGE_TYPES`` (or the named ones) as pytest params; unbuilt ones skip with a reason."""
    chosen = [BY_NAME[name] for name in names] if names else PAGE_TYPES
    return [
        pytest.param(
            page_type,
            id=page_type.name,
            marks=()
            if page_type.is_built()
            else pytest.mark.skip(
                reason=f"{page_type.model} (model and template) is not built yet"
            ),
        )
        for page_type in chosen
    ]
