"""Pairs of cities (PairPage: one EU city with one partner city) and their listing."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cities.admin_forms import CityNetworkPageForm
from cities.blocks import CooperationPlanBlock
from cities.validators import validate_cycle
from portal.models import PortalPage

from .choices import PairStatus, Region
from .panels import network_tabs

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class PairIndexPage(PortalPage):
    """/pairs/: every pair, filtered by partner country, theme, cycle and status."""

    intro = models.TextField(blank=True, help_text="A short text above the list of pairs.")

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.PairPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "pair index page"

    def get_context(self, request, *args, **kwargs):
        # Imported here: the listing module imports these models.
        from cities.listings import pair_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(pair_listing(self, request))
        return context


class PairPage(PortalPage):
    """Two cities that cooperate: one from the EU, one from a partner country."""

    eu_city = models.ForeignKey(
        "cities.CityPage",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="pairs_as_eu_city",
        verbose_name="EU city",
        help_text="The city from an EU member state (or the United Kingdom, 2017-2018).",
    )
    partner_city = models.ForeignKey(
        "cities.CityPage",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="pairs_as_partner_city",
        help_text="The city from Australia, South Korea, South Africa, Indonesia or Vietnam.",
    )
    cycle = models.CharField(
        "programme cycle",
        max_length=9,
        validators=[validate_cycle],
        help_text="The years of the programme cycle, start year first: 2017-2018.",
    )
    status = models.CharField(
        max_length=20,
        choices=PairStatus.choices,
        default=PairStatus.PROPOSED,
        help_text=(
            "Proposed: cities matched but not yet working together. Active: cooperation "
            "under way. Completed: the cycle has ended."
        ),
    )
    themes = ParentalManyToManyField(
        "cities.Theme",
        blank=True,
        related_name="pair_pages",
        help_text="The themes both cities work on together.",
    )
    summary = models.TextField(
        blank=True, help_text="Two or three sentences on what the cities do together."
    )
    cooperation_plan = StreamField(
        CooperationPlanBlock(),
        blank=True,
        help_text="The plan the cities agreed, with its pilot actions.",
    )
    outcomes = RichTextField(
        blank=True,
        features=TEXT_FEATURES,
        help_text="What the cooperation achieved. Fill in when the pair is completed.",
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("cooperation_plan"),
        FieldPanel("outcomes"),
    ]
    facts_panels = [FieldRowPanel([FieldPanel("cycle"), FieldPanel("status")])]
    relations_panels = [
        PageChooserPanel("eu_city", "cities.CityPage"),
        PageChooserPanel("partner_city", "cities.CityPage"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = network_tabs(content_panels, facts_panels, relations_panels)
    base_form_class = CityNetworkPageForm

    override_translatable_fields = [
        SynchronizedField("eu_city", overridable=False),
        SynchronizedField("partner_city", overridable=False),
        SynchronizedField("cycle", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("themes", overridable=False),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("cooperation_plan"),
        index.SearchField("outcomes"),
        index.FilterField("status"),
        index.FilterField("cycle"),
    ]

    parent_page_types = ["cities.PairIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "pair page"

    def get_context(self, request, *args, **kwargs):
        # Imported here: the module imports these models.
        from cities.related import pair_context

        context = super().get_context(request, *args, **kwargs)
        context.update(pair_context(self))
        return context

    @property
    def cycle_label(self):
        """The cycle as typeset: 2017–2018, with an en dash."""
        return self.cycle.replace("-", "\N{EN DASH}")

    def clean(self):
        super().clean()
        errors = {}
        eu_city, partner_city = self.eu_city, self.partner_city
        if eu_city is not None and eu_city.region != Region.EU:
            errors["eu_city"] = (
                f"{eu_city.title} is in {eu_city.country}, not in an EU member state. "
                "A pair joins one EU city and one partner city."
            )
        if partner_city is not None and partner_city.region != Region.PARTNER:
            errors["partner_city"] = (
                f"{partner_city.title} is in {partner_city.country}, not in a partner country. "
                "A pair joins one EU city and one partner city."
            )
        if not errors and eu_city is not None and partner_city is not None:
            duplicate = self.duplicate_pair()
            if duplicate is not None:
                errors["partner_city"] = (
                    f"{eu_city.title} and {partner_city.title} are already a pair: "
                    f"“{duplicate.title}”. Edit that page instead of creating a second one."
                )
        if errors:
            raise ValidationError(errors)

    def duplicate_pair(self):
        """Another pair of the same locale that joins the same two cities, if any.

        Cities are compared by translation key, so a pair that points to the English city
        and one that points to its Korean translation count as the same pair.
        """
        return (
            PairPage.objects.filter(
                locale_id=self.locale_id,
                eu_city__translation_key=self.eu_city.translation_key,
                partner_city__translation_key=self.partner_city.translation_key,
            )
            .exclude(translation_key=self.translation_key)
            .first()
        )
