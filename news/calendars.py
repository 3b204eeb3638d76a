"""iCalendar (RFC 5545) files of events, built with the ``icalendar`` library.

Each event keeps its own time zone (``DTSTART;TZID=Asia/Seoul:20261127T090000`` and a
VTIMEZONE for it), so a calendar program shows 09:00 in Seoul as 02:00 in Brussels, and
the day of a change to summer time still comes out right. Words (summary, description,
location) are in the page's language and say so (``LANGUAGE=ko``).

The UID is the event's translation key, the same in every language: importing the Korean
file after the English one updates the event instead of duplicating it.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max
from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

import icalendar

PRODID = "-//World Cities portal//Programme calendar//EN"
UID_DOMAIN = "world-cities-portal"
# How often subscribed calendar programs should fetch the feed again.
REFRESH_INTERVAL = timedelta(hours=12)
FEED_CACHE_SECONDS = 60 * 60


def _text(component, name, value, language):
    if value:
        component.add(name, value, parameters={"LANGUAGE": language})


def location_text(event, host_city=None, country=None):
    """Venue, address, city and country on one line, as calendar programs show them."""
    parts = [event.venue, " ".join(event.address.split())]
    if host_city is not None:
        parts.append(host_city.title)
    if country is not None:
        parts.append(country.name)
    text = ", ".join(part for part in parts if part)
    return text or event.online_url


def event_component(event, request, host_city=None, country=None):
    language = event.content_language_code
    url = event.get_full_url(request)
    component = icalendar.Event()
    component.add("uid", f"{event.translation_key}@{UID_DOMAIN}")
    stamp = event.last_published_at or event.first_published_at
    if stamp is not None:
        component.add("dtstamp", stamp)
        component.add("last-modified", stamp)
    else:  # a page being previewed has never been published
        component.add("dtstamp", event.start)
    component.add("dtstart", event.local_start)
    component.add("dtend", event.local_end)
    _text(component, "summary", event.title, language)
    description = event.intro
    if url:
        description = f"{description}\n\n{url}" if description else url
    _text(component, "description", description, language)
    _text(component, "location", location_text(event, host_city, country), language)
    if url:
        component.add("url", url)
    component.add("categories", [str(event.get_event_type_display())])
    component.add("status", "CONFIRMED")
    component.add("transp", "OPAQUE")
    return component


def build_calendar(events, request, name, url=None, description=None):
    """A VCALENDAR of (event, host_city, country) triples with every VTIMEZONE they use."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", description)
    if url:
        calendar.add("url", url)
        calendar.add("source", url, parameters={"VALUE": "URI"})
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    starts = []
    for event, host_city, country in events:
        calendar.add_component(event_component(event, request, host_city, country))
        starts.append(event.local_start.date())
    if starts:
        # VTIMEZONE rules from the day before the first event to a year after the last:
        # enough for every event, and a small file (not every transition since 1970).
        calendar.add_missing_timezones(
            first_date=min(starts) - timedelta(days=1),
            last_date=max(starts) + timedelta(days=366),
        )
    return calendar


def ics_response(calendar, filename, attachment):
    """``calendar``: an icalendar Calendar, or its bytes."""
    data = calendar if isinstance(calendar, bytes) else calendar.to_ical()
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def event_response(event, request, host_city=None, country=None):
    """One event, to download and add to a calendar."""
    calendar = build_calendar(
        [(event, host_city, country)],
        request,
        name=event.title,
        url=event.full_file_url("ics", request),
    )
    return ics_response(calendar, f"{slugify(event.slug) or 'event'}.ics", attachment=True)


def feed_cache_key(index, request):
    """What the feed depends on: its events (how many, the latest publication), its
    language and address. One query; the file itself then comes from the cache."""
    state = index.events().aggregate(count=Count("pk"), latest=Max("last_published_at"))
    latest = state["latest"].timestamp() if state["latest"] else 0
    parts = [index.translation_key, get_language(), state["count"], latest]
    parts.append(request.build_absolute_uri("/"))
    return "news:calendar:" + ":".join(str(part) for part in parts)


def feed_response(index, events, request):
    """Every event of an index, for calendar programs to subscribe to.

    ``events`` is a callable returning (event, city, country) triples. Building a VTIMEZONE
    and serialising a few hundred events costs the ``icalendar`` library about a second,
    and calendar programs poll the feed all day, so the file is kept in the cache until an
    event is published or unpublished (the key says so) or ``FEED_CACHE_SECONDS`` pass
    (a renamed city then shows within the hour).
    """
    key = feed_cache_key(index, request)
    data = cache.get(key)
    if data is None:
        site = site_name()
        calendar = build_calendar(
            events(),
            request,
            name=_("%(site)s: events") % {"site": site},
            url=index.full_file_url("calendar", request),
            description=_("Meetings and events of the %(site)s programme.") % {"site": site},
        )
        data = calendar.to_ical()
        cache.set(key, data, FEED_CACHE_SECONDS)
    filename = f"{slugify(site_name())}-events-{get_language()}.ics"
    return ics_response(data, filename, attachment=False)


def site_name():
    return settings.WAGTAIL_SITE_NAME
