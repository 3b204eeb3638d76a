"""The programme calendar: EventIndexPage (/events/, with its iCalendar feed) and EventPage."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import get_language

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cities.models import CityPage, Country, Region
from news import calendars, structured_data
from news.blocks import AgendaBlock, DocumentsBlock
from news.choices import EventType
from news.forms import EventPageForm
from news.timezones import (
    MULTI_ZONE_COUNTRIES,
    get_zone,
    validate_time_zone,
    zone_abbreviation,
    zone_for_country,
)
from portal.blocks import BodyBlock
from portal.localization import localize_pages, mark_text_language
from portal.models import PortalPage

from .files import PageFilesMixin

EU_DELEGATION_SIZE = 5
PARTNER_DELEGATION_SIZE = 4


class EventQuerySet(PageQuerySet):
    def upcoming_first(self, now=None):
        """Upcoming and running events first, soonest first; then past events, latest first.

        One ordering in SQL, so that a paginated list runs straight from the next event
        into the most recent past one. Each row says which side it is on (``is_past``).
        """
        now = now or timezone.now()
        upcoming = Q(end__gte=now)
        return self.annotate(
            is_past=Case(When(upcoming, then=Value(False)), default=Value(True)),
            upcoming_start=Case(When(upcoming, then=F("start"))),
            past_start=Case(When(~upcoming, then=F("start"))),
        ).order_by(
            "is_past",
            F("upcoming_start").asc(nulls_last=True),
            F("past_start").desc(nulls_last=True),
            "pk",
        )


def for_display(events, countries=None):
    """Events of a listing with what their cards show, in the visitor's language.

    Sets ``text_lang``, ``display_city`` (the host city's page in this language),
    ``display_country`` (its country's snippet in this language) and ``place_label``.
    Events must come with ``host_city__country`` selected; ``countries`` is
    ``Country.objects.for_display()`` when the caller has it already. At most three
    queries, for any number of events.
    """
    events = mark_text_language(events)
    hosted = [event for event in events if event.host_city_id]
    if countries is None:
        countries = Country.objects.for_display() if hosted else {}
    cities = dict(
        zip(
            (event.pk for event in hosted),
            localize_pages([event.host_city for event in hosted]),
            strict=True,
        )
    )
    for event in events:
        city = cities.get(event.pk)
        country = countries.get(event.host_city.country.translation_key) if city else None
        event.display_city, event.display_country = city, country
        names = [city.title if city else "", country.name if country else ""]
        event.place_label = ", ".join(name for name in names if name) or event.venue
    return events


class EventPage(PageFilesMixin, RoutablePageMixin, PortalPage):
    """A meeting of the programme: when and where, who comes, the agenda, the documents."""

    event_type = models.CharField(
        "type",
        max_length=20,
        choices=EventType.choices,
        default=EventType.WORKING_MEETING,
        help_text="Decides where the event appears in the programme timeline.",
    )
    start = models.DateTimeField(help_text="Date and time at the venue.")
    end = models.DateTimeField(help_text="Date and time at the venue; after the start.")
    time_zone = models.CharField(
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=(
            "Leave empty to use the host city's time zone. Choose one for online events, "
            "and where the host country has several (Australia, Indonesia)."
        ),
    )
    host_city = models.ForeignKey(
        "cities.CityPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_events",
        help_text="The city where the event takes place; empty for online events.",
    )
    venue = models.CharField(
        max_length=250, blank=True, help_text="The building or room, such as: Seoul City Hall."
    )
    address = models.TextField(blank=True, help_text="Street address of the venue.")
    online_url = models.URLField(
        "online meeting address",
        blank=True,
        help_text="For webinars and hybrid meetings: where participants join.",
    )
    pairs = ParentalManyToManyField(
        "cities.PairPage",
        blank=True,
        related_name="events",
        help_text="The pairs of cities that take part.",
    )
    intro = models.TextField(
        help_text="One or two sentences on the event, shown in lists and calendars."
    )
    agenda = StreamField(AgendaBlock(), blank=True, help_text="Days, each with its sessions.")
    documents = StreamField(
        DocumentsBlock(), blank=True, help_text="Reports, presentations and minutes."
    )
    body = StreamField(BodyBlock(), blank=True)

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = PortalPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    facts_panels = [
        FieldPanel("event_type"),
        MultiFieldPanel(
            [FieldPanel("start"), FieldPanel("end"), FieldPanel("time_zone")],
            heading="When",
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("host_city", "cities.CityPage"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("online_url"),
            ],
            heading="Where",
        ),
    ]
    programme_panels = [FieldPanel("agenda"), FieldPanel("documents")]
    relations_panels = [
        FieldPanel("pairs", widget=forms.CheckboxSelectMultiple),
        InlinePanel(
            "delegations",
            heading="Delegations",
            label="Delegation",
            help_text=(
                "Each city that sends people, with how many. Leave the number empty for the "
                "programme's usual size: five from an EU city, four from a partner city."
            ),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(facts_panels, heading="Facts"),
            ObjectList(programme_panels, heading="Agenda and documents"),
            ObjectList(relations_panels, heading="Relations"),
            ObjectList(Page.promote_panels, heading="Promotion"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ],
        base_form_class=EventPageForm,
    )

    # Facts are the same in every language; words (title, intro, venue, address, agenda,
    # body) are translated.
    override_translatable_fields = [
        SynchronizedField("event_type", overridable=False),
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("host_city", overridable=False),
        SynchronizedField("pairs", overridable=False),
        SynchronizedField("delegations", overridable=False),
        SynchronizedField("online_url"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("venue"),
        index.SearchField("agenda"),
        index.SearchField("body"),
        index.FilterField("event_type"),
        index.FilterField("start"),
        index.FilterField("host_city"),
    ]

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "event page"

    # Time zone ----------------------------------------------------------------------

    @staticmethod
    def zone_for_host(host_city):
        """The time zone of a host city's country, when the country has only one."""
        country = getattr(host_city, "country", None)
        return zone_for_country(getattr(country, "iso_code", None))

    @staticmethod
    def missing_zone_message(values):
        host_city = values.get("host_city")
        country = getattr(host_city, "country", None)
        if country is not None and country.iso_code in MULTI_ZONE_COUNTRIES:
            return f"{country} has several time zones: choose the one of the venue."
        if host_city is not None:
            return f"Choose the time zone of the venue: it cannot be taken from {host_city}."
        return "Choose the time zone of the venue, or a host city."

    @property
    def zone_name(self):
        """The IANA name of the zone the event happens in."""
        return self.time_zone or self.zone_for_host(getattr(self, "host_city", None)) or "UTC"

    @property
    def zone(self):
        return get_zone(self.zone_name)

    @property
    def local_start(self):
        return self.start.astimezone(self.zone)

    @property
    def local_end(self):
        return self.end.astimezone(self.zone)

    @property
    def zone_abbreviation(self):
        return zone_abbreviation(self.local_start)

    @property
    def is_multi_day(self):
        return self.local_start.date() != self.local_end.date()

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = "The event must end after it starts. Check the end date and time."
        if not self.time_zone and not self.zone_for_host(getattr(self, "host_city", None)):
            errors["time_zone"] = self.missing_zone_message(
                {"host_city": getattr(self, "host_city", None)}
            )
        if errors:
            raise ValidationError(errors)

    # Output -------------------------------------------------------------------------

    def country_for_display(self):
        """The host city's country, named in the visitor's language (one query)."""
        country = self.host_city.country
        localized = Country.objects.filter(
            translation_key=country.translation_key, locale__language_code=get_language()
        ).first()
        return localized or country

    def load_host_city(self):
        """The host city with its country, in one query (the zone and the place need both)."""
        if self.host_city_id and not EventPage.host_city.is_cached(self):
            self.host_city = CityPage.objects.select_related("country").get(pk=self.host_city_id)
        return self.host_city

    def place(self):
        """The host city's page and its country, in the visitor's language."""
        if self.load_host_city() is None:
            return None, None
        [city] = localize_pages([self.host_city])
        return city, self.country_for_display()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        host = self.load_host_city()
        delegations = list(self.delegations.select_related("city").order_by("sort_order", "pk"))
        pairs = list(self.pairs.all())
        # Every related page in the visitor's language, in one query.
        localized = localize_pages([host, *(d.city for d in delegations), *pairs])
        city = localized.pop(0) if host is not None else None
        for delegation in delegations:
            delegation.display_city = localized.pop(0)
        country = self.country_for_display() if host is not None else None
        context.update(
            host_city=city,
            country=country,
            pairs=localized,
            delegations=delegations,
            delegates_total=sum(d.delegates or 0 for d in delegations),
            is_past=self.end < timezone.now(),
            json_ld=structured_data.event(self, request, city, country),
            ics_url=self.file_url("ics", request),
        )
        return context

    @path("event.ics/", name="ics")
    def ics_file(self, request):
        city, country = self.place()
        return self.cacheable(request, calendars.event_response(self, request, city, country))


class EventDelegation(Orderable):
    """A city's delegation to an event: which city, how many delegates."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="delegations")
    city = models.ForeignKey(
        "cities.CityPage", on_delete=models.CASCADE, related_name="delegations"
    )
    delegates = models.PositiveSmallIntegerField(
        "number of delegates",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text="Leave empty for the usual five (EU city) or four (partner city).",
    )

    panels = [PageChooserPanel("city", "cities.CityPage"), FieldPanel("delegates")]

    class Meta(Orderable.Meta):
        verbose_name = "delegation"

    def __str__(self):
        return f"{self.city} ({self.delegates})"

    def save(self, *args, **kwargs):
        if self.delegates is None and self.city_id:
            self.delegates = usual_delegation_size(self.city)
        super().save(*args, **kwargs)


def usual_delegation_size(city):
    """The programme sends five delegates from each EU city and four from each partner city."""
    region = getattr(getattr(city, "country", None), "region", None)
    return EU_DELEGATION_SIZE if region == Region.EU else PARTNER_DELEGATION_SIZE
