"""The city network in the Wagtail admin: themes and countries as snippets, with search,
filters and listing columns, grouped under one "City network" menu."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Country, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = "Themes"
    list_display = ["name", "slug", "locale"]
    list_filter = {"slug": ["exact"]}
    search_fields = ["name", "description"]
    # Plain database search: the seeded rows are found without rebuilding a search index.
    search_backend_name = None
    ordering = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    menu_label = "Countries"
    list_display = ["name", "iso_code", "region", "locale"]
    list_filter = ["region"]
    search_fields = ["name", "iso_code"]
    search_backend_name = None
    ordering = ["name"]
    panels = [FieldPanel("name"), FieldPanel("iso_code"), FieldPanel("region")]


class CityNetworkSnippets(SnippetViewSetGroup):
    menu_label = "City network"
    menu_icon = "site"
    menu_order = 250
    items = (ThemeViewSet, CountryViewSet)


register_snippet(CityNetworkSnippets)
