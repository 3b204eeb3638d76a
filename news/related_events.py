"""Which events a city or a pair of cities takes part in: one query, whatever the number.

A city takes part in the events it hosts and in those it sends a delegation to; a pair in
the events that list it. Relations point to the English pages (wagtail-localize
synchronises them), so they are matched by translation key, and the events are those of
the city's own language tree.
"""

from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from wagtail.models import Page

from news.visibility import public_q
from portal.localization import mark_text_language, source_language_annotation


def _host_city_title():
    """The title of the host city in the event's own language tree (English as fallback)."""
    localized = Page.objects.filter(
        translation_key=OuterRef("host_city__translation_key"), locale=OuterRef("locale")
    ).values("title")[:1]
    return Subquery(localized)


def events_for(page, now=None):
    """The live, public events a CityPage or PairPage takes part in.

    Returns ``{"upcoming": [...], "past": [...]}``: upcoming (and running) events soonest
    first, then past events latest first. Each event has ``host_city_title`` in the
    page's language and ``text_lang``. One query.
    """
    from cities.models import CityPage, PairPage
    from news.models import EventPage
    from news.models.events import EventDelegation

    key = page.translation_key
    if isinstance(page, CityPage):
        delegations = EventDelegation.objects.filter(city__translation_key=key)
        takes_part = Q(host_city__translation_key=key) | Q(pk__in=delegations.values("page_id"))
    elif isinstance(page, PairPage):
        links = EventPage.pairs.through.objects.filter(pairpage__translation_key=key)
        takes_part = Q(pk__in=links.values("eventpage_id"))
    else:
        return {"upcoming": [], "past": []}

    now = now or timezone.now()
    events = list(
        EventPage.objects.live()
        .filter(public_q(), takes_part, locale_id=page.locale_id)
        .defer_streamfields()
        .select_related("locale", "host_city__country")
        .annotate(
            host_city_title=_host_city_title(),
            source_language_code=source_language_annotation(),
        )
        .upcoming_first(now)
    )
    events = mark_text_language(events)
    return {
        "upcoming": [event for event in events if not event.is_past],
        "past": [event for event in events if event.is_past],
    }
