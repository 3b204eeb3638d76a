"""The event editor's form: start and end typed as a clock at the venue shows them.

Django would read "2026-11-27 09:00" in the editor's own time zone (UTC on this site) and
store 09:00 UTC, which is 18:00 in Seoul. Editors copy times from a programme printed in
the host city, so the form reads and shows them in the event's time zone instead: the
chosen zone, or the host city's.
"""

from datetime import UTC

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.models import Locale

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


class RelationsFormMixin:
    """Check boxes for related pages and snippets that list each one once.

    Every page and snippet exists once per locale; the editor offers those of the locale of
    the page being edited (pages) or the canonical English rows (snippets, as the cities
    app does), plus whatever the page already points to, sorted by name.
    """

    page_relations = ()
    snippet_relations = ()

    def limit_relation_choices(self):
        locale = self.instance.locale if self.instance.locale_id else None
        if locale is None and getattr(self, "parent_page", None) is not None:
            locale = self.parent_page.locale
        default_locale = Locale.get_default()
        for name, order in [(n, "title") for n in self.page_relations] + [
            (n, "name") for n in self.snippet_relations
        ]:
            field = self.fields.get(name)
            if field is None:
                continue
            chosen = [getattr(item, "pk", item) for item in self.initial.get(name) or []]
            wanted = locale or default_locale
            if name in self.snippet_relations:
                wanted = default_locale
            field.queryset = field.queryset.filter(Q(locale=wanted) | Q(pk__in=chosen)).order_by(
                order
            )


class NewsPageForm(RelationsFormMixin, WagtailAdminPageForm):
    page_relations = ("related_cities",)
    snippet_relations = ("themes",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_relation_choices()


class EventPageForm(RelationsFormMixin, WagtailAdminPageForm):
    start = VenueDateTimeField(label="Starts", help_text=VENUE_TIME_HELP)
    end = VenueDateTimeField(label="Ends", help_text=VENUE_TIME_HELP)
    page_relations = ("pairs",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_relation_choices()
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
            # Nothing to read the times in: EventPage.clean says which zone is missing.
            return cleaned_data
        for name in ("start", "end"):
            value = cleaned_data.get(name)
            if value is None:
                continue
            try:
                cleaned_data[name] = make_aware_in_zone(value, zone_name)
            except ValidationError as error:
                self.add_error(name, error)
        self.check_delegations()
        return cleaned_data

    def check_delegations(self):
        """A city sends one delegation: listing it twice would double its delegates."""
        formset = self.formsets.get("delegations")
        if formset is None or not formset.is_valid():
            return
        seen = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            city = data.get("city")
            if city is None or data.get("DELETE"):
                continue
            if city.translation_key in seen:
                form.add_error("city", f"{city.title} is listed twice: give it one delegation.")
            seen.add(city.translation_key)
