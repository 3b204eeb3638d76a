"""Cities of the network (CityPage) and the listing that holds them (CityIndexPage)."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cities.admin_forms import CityNetworkPageForm
from portal.blocks import BodyBlock
from portal.models import PortalPage

from .choices import CityKind, Sector
from .panels import network_tabs

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class CityIndexPage(PortalPage):
    """/cities/: every city of the network, filtered by country, region and theme."""

    intro = models.TextField(blank=True, help_text="A short text above the list of cities.")

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.CityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "city index page"

    def get_context(self, request, *args, **kwargs):
        # Imported here: the listing module imports these models.
        from cities.listings import city_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(city_listing(self, request))
        return context


class CityPage(PortalPage):
    """A member of the network: a city, a district, a region or an alliance of cities."""

    kind = models.CharField(
        max_length=20,
        choices=CityKind.choices,
        default=CityKind.CITY,
        help_text=(
            "What kind of member this is: the programme also paired a Seoul district and an "
            "alliance of four Scottish cities."
        ),
    )
    country = models.ForeignKey(
        "cities.Country",
        on_delete=models.PROTECT,
        related_name="cities",
        help_text="The country decides which side of a pair the city takes (EU or partner).",
    )
    population = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Number of inhabitants, digits only (1234567). Leave empty if unknown.",
    )
    latitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="Decimal degrees between -90 and 90, north positive: Seoul is 37.56650.",
    )
    longitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="Decimal degrees between -180 and 180, east positive: Seoul is 126.97800.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        "hero image alternative text",
        max_length=250,
        blank=True,
        help_text="What the image shows, for people who cannot see it. Translators translate it.",
    )
    intro = models.TextField(
        blank=True,
        help_text="One or two sentences that introduce the city in listings and at the top.",
    )
    goals = RichTextField(
        blank=True,
        features=TEXT_FEATURES,
        help_text="What the city wants to learn from its partners.",
    )
    offer = RichTextField(
        "what it offers",
        blank=True,
        features=TEXT_FEATURES,
        help_text="What the city can share with other cities: experience, technology, methods.",
    )
    themes = ParentalManyToManyField(
        "cities.Theme",
        blank=True,
        related_name="city_pages",
        help_text="The programme themes the city works on; visitors filter cities by them.",
    )
    website = models.URLField(
        "official website", blank=True, help_text="The city's own website, starting with https://."
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = PortalPage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading="Hero image"
        ),
        FieldPanel("goals"),
        FieldPanel("offer"),
        InlinePanel(
            "partners",
            heading="Triple-helix partners",
            label="Partner",
            help_text="Organisations from government, research and business that take part.",
        ),
        FieldPanel("body"),
    ]
    facts_panels = [
        FieldPanel("kind"),
        FieldPanel("population"),
        FieldRowPanel(
            [FieldPanel("latitude"), FieldPanel("longitude")],
            heading="Coordinates (for the map)",
        ),
        FieldPanel("website"),
    ]
    relations_panels = [
        FieldPanel("country", widget=forms.Select),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = network_tabs(content_panels, facts_panels, relations_panels)
    base_form_class = CityNetworkPageForm

    # Facts and relations are the same in every language; words are translated.
    override_translatable_fields = [
        SynchronizedField("kind", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("population", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("themes", overridable=False),
        SynchronizedField("website"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_image_alt"),
        TranslatableField("partners"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("goals"),
        index.SearchField("offer"),
        index.SearchField("body"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.RelatedFields("country", [index.SearchField("name")]),
        index.RelatedFields("partners", [index.SearchField("organisation")]),
    ]

    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "city page"

    def get_context(self, request, *args, **kwargs):
        # Imported here: the module imports these models.
        from cities.related import city_context

        context = super().get_context(request, *args, **kwargs)
        context.update(city_context(self))
        return context

    @property
    def region(self):
        return self.country.region if self.country_id else None


class CityPartner(TranslatableMixin, Orderable):
    """A triple-helix partner of a city: a government body, research centre or company."""

    page = ParentalKey(CityPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.CharField(max_length=200)
    sector = models.CharField(
        max_length=20,
        choices=Sector.choices,
        help_text="Government (public bodies), research (universities, institutes) or business.",
    )
    url = models.URLField("web address", blank=True)

    panels = [FieldPanel("organisation"), FieldPanel("sector"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = "triple-helix partner"

    def __str__(self):
        return self.organisation
