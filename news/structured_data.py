"""schema.org JSON-LD for events and news articles, and the one safe way to print it.

Search engines read these to show an event's dates and place, or an article's date and
image. Dates carry their offset (2026-11-27T09:00:00+09:00), so the event's time zone
survives. Text comes from editors and translators, so the JSON is escaped for a
``<script>`` element: ``</script>`` inside a title must not end it.
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

# The escapes of django.utils.html.json_script, plus the two line separators that end a
# JavaScript string literal.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}

SCHEMA = "https://schema.org"


def script_tag(data):
    """``<script type="application/ld+json">`` with ``data``, safe whatever it contains."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_SCRIPT_ESCAPES)),  # noqa: S308 (escaped just above)
    )


def organisation(request):
    return {
        "@type": "Organization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": request.build_absolute_uri(f"/{get_language()}/"),
    }


def _place(event, host_city, country):
    address = {"@type": "PostalAddress"}
    if event.address:
        address["streetAddress"] = event.address
    if host_city is not None:
        address["addressLocality"] = host_city.title
    if country is not None:
        address["addressCountry"] = country.iso_code
    place = {"@type": "Place", "name": event.venue or (host_city.title if host_city else "")}
    if len(address) > 1:
        place["address"] = address
    return place


def event(page, request, host_city=None, country=None):
    """schema.org Event: name, dates with offsets, place and/or online address, organiser."""
    locations = []
    if page.venue or page.address or host_city is not None:
        locations.append(_place(page, host_city, country))
    if page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    if page.online_url and len(locations) > 1:
        mode = "MixedEventAttendanceMode"
    elif page.online_url:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": page.title,
        "description": page.intro,
        "url": page.get_full_url(request),
        "inLanguage": page.content_language_code,
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/{mode}",
        "organizer": organisation(request),
    }
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    return data


def news_article(page, request, image_url=None, themes=()):
    """schema.org NewsArticle: headline, dates, language, image, publisher, themes."""
    data = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        # Google shows at most 110 characters of a headline.
        "headline": page.title[:110],
        "description": page.intro,
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
        "inLanguage": page.content_language_code,
        "datePublished": page.date.isoformat(),
        "author": organisation(request),
        "publisher": organisation(request),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if image_url:
        data["image"] = [request.build_absolute_uri(image_url)]
    if themes:
        data["about"] = [{"@type": "Thing", "name": theme.name} for theme in themes]
    return data
