"""Good practices and pilot actions (CaseStudyPage) and their listing (CaseStudyIndexPage)."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cities.admin_forms import CityNetworkPageForm
from cities.blocks import DocumentsBlock, ResultsBlock
from portal.models import PortalPage

from .choices import Sector
from .panels import network_tabs

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class CaseStudyIndexPage(PortalPage):
    """/good-practices/: good practices filtered by theme, country, sector and year."""

    intro = models.TextField(blank=True, help_text="A short text above the list.")

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.CaseStudyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "good practice index page"

    def get_context(self, request, *args, **kwargs):
        # Imported here: the listing module imports these models.
        from cities.listings import case_study_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_listing(self, request))
        return context


class CaseStudyPage(PortalPage):
    """A good practice or pilot action that other cities can learn from."""

    pair = models.ForeignKey(
        "cities.PairPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
        help_text="The pair whose cooperation produced this practice, if any.",
    )
    themes = ParentalManyToManyField(
        "cities.Theme",
        blank=True,
        related_name="case_studies",
        help_text="Visitors filter by them.",
    )
    involves_government = models.BooleanField(
        "government", default=False, help_text="Public bodies took part."
    )
    involves_research = models.BooleanField(
        "research", default=False, help_text="Universities or research institutes took part."
    )
    involves_business = models.BooleanField(
        "business", default=False, help_text="Companies took part."
    )
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text="The year the practice was carried out or its results measured.",
    )
    summary = models.TextField(
        blank=True, help_text="Two or three sentences for listings and the top of the page."
    )
    challenge = RichTextField(
        blank=True, features=TEXT_FEATURES, help_text="The problem the cities wanted to solve."
    )
    approach = RichTextField(
        blank=True, features=TEXT_FEATURES, help_text="What was done, by whom, and how."
    )
    results = StreamField(
        ResultsBlock(),
        blank=True,
        help_text="Key figures (a number, its unit and what it measures) and text around them.",
    )
    lessons = RichTextField(
        "lessons learned",
        blank=True,
        features=TEXT_FEATURES,
        help_text="What went well, what did not, and what the cities would do differently.",
    )
    transferability = RichTextField(
        blank=True,
        features=TEXT_FEATURES,
        help_text="What another city needs to do the same: conditions, costs, partners.",
    )
    documents = StreamField(
        DocumentsBlock(), blank=True, help_text="Reports, presentations and data to download."
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("challenge"),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("lessons"),
        FieldPanel("transferability"),
        FieldPanel("documents"),
    ]
    facts_panels = [
        FieldPanel("year"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("involves_government"),
                        FieldPanel("involves_research"),
                        FieldPanel("involves_business"),
                    ]
                )
            ],
            heading="Triple-helix sectors involved",
        ),
    ]
    relations_panels = [
        MultipleChooserPanel(
            "city_links",
            chooser_field_name="city",
            heading="Cities",
            label="City",
            min_num=1,
            help_text="The cities where the practice was carried out.",
        ),
        PageChooserPanel("pair", "cities.PairPage"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = network_tabs(content_panels, facts_panels, relations_panels)
    base_form_class = CityNetworkPageForm

    override_translatable_fields = [
        SynchronizedField("pair", overridable=False),
        SynchronizedField("themes", overridable=False),
        SynchronizedField("year", overridable=False),
        SynchronizedField("involves_government", overridable=False),
        SynchronizedField("involves_research", overridable=False),
        SynchronizedField("involves_business", overridable=False),
        SynchronizedField("city_links", overridable=False),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("challenge"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("lessons"),
        index.SearchField("transferability"),
        index.FilterField("year"),
    ]

    parent_page_types = ["cities.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "good practice"

    def get_context(self, request, *args, **kwargs):
        # Imported here: the module imports these models.
        from cities.related import case_study_context

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_context(self))
        return context

    @property
    def sectors(self):
        """The triple-helix sectors involved, as ``Sector`` members in a fixed order."""
        return [sector for sector in Sector if getattr(self, f"involves_{sector.value}", False)]


class CaseStudyCity(Orderable):
    """A city where a good practice was carried out (a relation: the same in every language)."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="city_links")
    city = models.ForeignKey(
        "cities.CityPage", on_delete=models.CASCADE, related_name="case_study_links"
    )

    panels = [PageChooserPanel("city", "cities.CityPage")]

    class Meta(Orderable.Meta):
        verbose_name = "city"
        constraints = [
            models.UniqueConstraint(fields=["page", "city"], name="cities_case_study_city_once")
        ]
