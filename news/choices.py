"""The programme calendar's fixed vocabularies: event types and the programme's phases.

Visitors see these labels (filters, badges, the timeline), so they go through gettext; the
stored values are stable English keys that also appear in listing URLs (``?type=field-visit``).
"""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class EventType(models.TextChoices):
    SELECTION = "selection", _("Selection of cities")
    WORKING_MEETING = "working-meeting", _("Working meeting")
    FIELD_VISIT = "field-visit", _("Field visit")
    FOLLOW_UP = "follow-up", _("Follow-up meeting")
    CLOSING = "closing", _("Closing meeting")
    CONFERENCE = "conference", _("Conference")
    WEBINAR = "webinar", _("Webinar")


@dataclass(frozen=True)
class Phase:
    key: str
    title: Promise
    summary: Promise
    event_types: tuple[str, ...]


# One programme cycle, in order. Conferences and webinars happen at any time and belong
# to no phase: the timeline leaves them out, the event list shows them.
PROGRAMME_PHASES = (
    Phase(
        "selection",
        _("Selection of cities"),
        _("Cities apply, and the programme matches each EU city with a partner city."),
        (EventType.SELECTION,),
    ),
    Phase(
        "working-meetings",
        _("Working meetings in the partner countries"),
        _("Delegations from the EU cities visit their partner cities and agree a plan."),
        (EventType.WORKING_MEETING, EventType.FIELD_VISIT),
    ),
    Phase(
        "follow-up",
        _("Follow-up meetings in Europe"),
        _("Delegations from the partner cities visit their EU partners."),
        (EventType.FOLLOW_UP,),
    ),
    Phase(
        "closing",
        _("Closing meetings"),
        _("The pairs present what they achieved and plan what comes next."),
        (EventType.CLOSING,),
    ),
)
