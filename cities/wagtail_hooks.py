"""The city network in the Wagtail admin.

- "City network" menu: flat listings of cities, pairs and good practices across the tree,
  with the columns editors asked for (country, region, status, cycle) and filters.
- "Themes and countries" menu: the two snippets, with listing columns, filters and search.
"""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from .models import CaseStudyPage, CityPage, Country, PairPage, PairStatus, Region, Theme

# Admin-only labels stay plain English, like the field labels of the page editor.


class CityPageFilterSet(PageListingViewSet.filterset_class):
    region = django_filters.ChoiceFilter(
        label="Programme region", field_name="country__region", choices=Region.choices
    )
    country = django_filters.ModelChoiceFilter(
        label="Country",
        queryset=Country.objects.filter(locale__language_code="en").order_by("name"),
    )

    class Meta:
        model = CityPage
        fields = []


class CityIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("country")


class CityPageListingViewSet(PageListingViewSet):
    model = CityPage
    icon = "home"
    menu_label = "Cities"
    index_view_class = CityIndexView
    filterset_class = CityPageFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("country", label="Country", sort_key="country__name"),
        Column(
            "region",
            label="Region",
            accessor=lambda page: page.country.get_region_display() if page.country_id else "",
        ),
    ]


class PairPageFilterSet(PageListingViewSet.filterset_class):
    status = django_filters.ChoiceFilter(label="Status", choices=PairStatus.choices)
    cycle = django_filters.CharFilter(label="Programme cycle (2017-2018)")

    class Meta:
        model = PairPage
        fields = []


class PairIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("eu_city", "partner_city")


class PairPageListingViewSet(PageListingViewSet):
    model = PairPage
    icon = "link"
    menu_label = "Pairs"
    index_view_class = PairIndexView
    filterset_class = PairPageFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("eu_city", label="EU city", accessor=lambda page: page.eu_city or ""),
        Column("partner_city", label="Partner city", accessor=lambda p: p.partner_city or ""),
        Column("cycle", label="Cycle", sort_key="cycle"),
        Column("status", label="Status", accessor="get_status_display", sort_key="status"),
    ]


class CaseStudyPageFilterSet(PageListingViewSet.filterset_class):
    year = django_filters.NumberFilter(label="Year")

    class Meta:
        model = CaseStudyPage
        fields = []


class CaseStudyPageListingViewSet(PageListingViewSet):
    model = CaseStudyPage
    icon = "doc-full"
    menu_label = "Good practices"
    filterset_class = CaseStudyPageFilterSet
    columns = [*PageListingViewSet.columns, Column("year", label="Year", sort_key="year")]


class CityNetworkPages(ViewSetGroup):
    menu_label = "City network"
    menu_icon = "site"
    menu_order = 240
    items = (
        CityPageListingViewSet("city_pages"),
        PairPageListingViewSet("pair_pages"),
        CaseStudyPageListingViewSet("case_study_pages"),
    )


@hooks.register("register_admin_viewset")
def register_city_network_pages():
    return CityNetworkPages()


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = "Themes"
    list_display = ["name", "slug", "locale"]
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


class ThemesAndCountries(SnippetViewSetGroup):
    menu_label = "Themes and countries"
    menu_icon = "tag"
    menu_order = 250
    items = (ThemeViewSet, CountryViewSet)


register_snippet(ThemesAndCountries)
