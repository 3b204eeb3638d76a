"""The status board's filters: a plain GET form, every value checked."""

from django import forms

from .groups import english_language_name
from .sections import ALL_SECTIONS
from .status import STATE_LABELS


class StatusFilterForm(forms.Form):
    language = forms.ChoiceField(label="Language", required=False)
    section = forms.ChoiceField(
        label="Section",
        required=False,
        choices=[("", "All sections")] + [(s.key, s.label) for s in ALL_SECTIONS],
    )
    state = forms.ChoiceField(
        label="State",
        required=False,
        choices=[("", "Any state"), *STATE_LABELS.items()],
    )

    def __init__(self, *args, locales=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", "All languages")] + [
            (locale.language_code, english_language_name(locale.language_code))
            for locale in locales
        ]

    def value(self, name):
        """The cleaned value of one filter; a filter with a bad value is simply not applied."""
        if not self.is_bound:
            return ""
        self.is_valid()
        return self.cleaned_data.get(name) or ""
