"""/events/: the programme calendar's index page, with its iCalendar feed."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from cities.models import Country
from news import calendars
from news.choices import PROGRAMME_PHASES, EventType
from news.listings import FilterReader, paginate
from news.localization import source_language_annotation
from news.visibility import public_q
from portal.models import PortalPage

from .events import EventPage, for_display
from .files import PageFilesMixin


class EventIndexPage(PageFilesMixin, RoutablePageMixin, PortalPage):
    """/events/: upcoming then past events, filters, the programme timeline, a calendar feed."""

    intro = models.TextField(blank=True, help_text="A short text above the list of events.")

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "event index page"

    def events(self):
        """The live, public events under this index, ready for a listing."""
        return (
            EventPage.objects.live()
            .filter(public_q())
            .descendant_of(self)
            .defer_streamfields()
            .select_related("locale", "host_city__country")
            .annotate(source_language_code=source_language_annotation())
        )

    def filter_events(self, request, countries):
        events = self.events()
        reader = FilterReader(request)
        event_type = reader.choice("type", _("Type"), set(EventType.values), str.lower)
        if event_type:
            events = events.filter(event_type=event_type)
        hosts = self.host_countries(countries)
        country = reader.choice("country", _("Country"), {c.iso_code for c in hosts}, str.upper)
        if country:
            events = events.filter(host_city__country__iso_code=country)
        years = {moment.year for moment in self.events().datetimes("start", "year")}
        year = reader.year("year", _("Year"), years)
        if year:
            events = events.filter(start__year=year)
        options = {"years": sorted(years, reverse=True), "countries": hosts}
        return events, reader.filters, options

    def host_countries(self, names):
        """The countries where this index's events happen, named in the visitor's language
        (``names``: ``Country.objects.for_display()``)."""
        keys = (
            self.events()
            .filter(host_city__isnull=False)
            .values_list("host_city__country__translation_key", flat=True)
            .order_by()  # the tree's ordering would make DISTINCT count every event
            .distinct()
        )
        keys = set(keys)
        return sorted((names[key] for key in keys if key in names), key=lambda c: c.name)

    def timeline(self, countries=None):
        """The programme's phases, each with its events in date order (two queries)."""
        types = [t for phase in PROGRAMME_PHASES for t in phase.event_types]
        by_type = {}
        events = self.events().filter(event_type__in=types).order_by("start", "pk")
        for event in for_display(events, countries):
            by_type.setdefault(event.event_type, []).append(event)
        return [
            {
                "phase": phase,
                "events": sorted(
                    (e for t in phase.event_types for e in by_type.get(t, [])),
                    key=lambda e: (e.start, e.pk),
                ),
            }
            for phase in PROGRAMME_PHASES
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        countries = Country.objects.for_display()
        events, filters, options = self.filter_events(request, countries)
        events_page = paginate(request, events.upcoming_first())
        events_page.object_list = for_display(events_page.object_list, countries)
        context.update(
            events=events_page,
            filters=filters,
            event_types=EventType.choices,
            calendar_url=self.file_url("calendar", request),
            **options,
        )
        if not filters.active and events_page.number == 1:
            context["timeline"] = self.timeline(countries)
        return context

    @path("calendar.ics/", name="calendar")
    def calendar_feed(self, request):
        def all_events():
            return [
                (event, event.display_city, event.display_country)
                for event in for_display(self.events().order_by("start", "pk"))
            ]

        return self.cacheable(request, calendars.feed_response(self, all_events, request))
