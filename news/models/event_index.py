"""/events/: the programme calendar's index page, with its iCalendar feed."""

from datetime import UTC, datetime, timedelta

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from cities.models import Country
from news import calendars
from news.choices import PROGRAMME_PHASES, EventType
from news.listings import FilterReader, paginate
from news.timezones import get_zone, zone_for_country
from news.visibility import public_q
from portal.localization import source_language_annotation
from portal.models import PortalPage

from .events import EventPage, for_display
from .files import PageFilesMixin

# Time zones run from UTC−12 to UTC+14: an event's local year and its UTC year differ only
# for starts within this much of a New Year in UTC.
NEW_YEAR_MARGIN = timedelta(hours=14)


def start_in_local_year(year, local_starts):
    """A filter for events whose start, at the venue, falls in ``year``
    (``local_starts``: ``EventIndexPage.local_starts()``).

    A range on ``start`` widened by the world's time zones at either end, less the few
    events near New Year inside it whose local year is another.
    """
    first = datetime(year, 1, 1, tzinfo=UTC) - NEW_YEAR_MARGIN
    last = datetime(year + 1, 1, 1, tzinfo=UTC) + NEW_YEAR_MARGIN
    others = [
        pk for pk, start in local_starts.items() if first <= start < last and start.year != year
    ]
    return Q(start__gte=first, start__lt=last) & ~Q(pk__in=others)


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
        starts = self.local_starts()
        years = {start.year for start in starts.values()}
        year = reader.year("year", _("Year"), years)
        if year:
            events = events.filter(start_in_local_year(year, starts))
        options = {"years": sorted(years, reverse=True), "countries": hosts}
        return events, reader.filters, options

    def local_starts(self):
        """{event pk: its start as a clock at the venue shows it} for every event here.

        One query. The year is the one a visitor reads on the event (shown in its venue's
        zone): a New Year's Eve reception at 20:00 in Seoul starts on 31 December, 11:00 UTC,
        but one at 02:00 on 1 January starts on 31 December, 17:00 UTC, and belongs to the
        new year. SQL cannot convert to each event's zone on SQLite, so Python does.
        """
        rows = self.events().values_list("pk", "start", "time_zone", "host_city__country__iso_code")
        return {
            pk: start.astimezone(get_zone(time_zone or zone_for_country(iso_code)))
            for pk, start, time_zone, iso_code in rows
        }

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
