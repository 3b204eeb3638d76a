"""The event editor's form: start and end typed as a clock at the venue shows them.

Django would read "2026-11-27 09:00" in the editor's own time zone (UTC on this site) and
store 09:00 UTC, which is 18:00 in Seoul. Editors copy times from a programme printed in
the host city, so the form reads and shows them in the event's time zone instead: the
chosen zone, or the host city's.
"""

from datetime import UTC

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminDateTimeInput

from news.timezones import make_aware_in_zone, time_zone_choices, to_wall_clock

VENUE_TIME_HELP = "Date and time at the venue, in the event's time zone (below)."


class VenueDateTimeField(forms.DateTimeField):
    """A date and time without a zone: the form decides which zone it is in."""

    widget = AdminDateTimeInput

    def to_python(self, value):
        # Parse in UTC, which has no gaps or overlaps, then drop the zone: what remains is
        # exactly what the editor typed.
        with timezone.override(UTC):
            result = super().to_python(value)
        return result.replace(tzinfo=None) if result is not None else None


class EventPageForm(WagtailAdminPageForm):
    start = VenueDateTimeField(label="Starts", help_text=VENUE_TIME_HELP)
    end = VenueDateTimeField(label="Ends", help_text=VENUE_TIME_HELP)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone_name = self.instance.zone_name if self.instance.pk else None
        for name in ("start", "end"):
            value = getattr(self.instance, name, None)
            if value is not None and zone_name:
                self.initial[name] = to_wall_clock(value, zone_name)
        if "time_zone" in self.fields:
            self.fields["time_zone"].widget = forms.Select(
                choices=[("", "The host city's time zone")] + time_zone_choices()
            )

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone") or self.instance.zone_for_host(
            cleaned_data.get("host_city")
        )
        if not zone_name:
            if "time_zone" not in self.errors:
                self.add_error("time_zone", self.instance.missing_zone_message(cleaned_data))
            return cleaned_data
        for name in ("start", "end"):
            value = cleaned_data.get(name)
            if value is None:
                continue
            try:
                cleaned_data[name] = make_aware_in_zone(value, zone_name)
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned_data
