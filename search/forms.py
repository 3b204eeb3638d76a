"""The search parameters a visitor sends (``q``, ``type``, ``theme``, ``page``), validated.

Whatever arrives in the address, the search page answers with a message in the visitor's
language and keeps what was valid: a search that is too long or holds a NUL byte is not
run; an unknown type or theme is ignored; a page number that is not one shows the first page.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .query import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _("Your search is too long. Use at most %(limit_value)d characters."),
            "null_characters_not_allowed": _(
                "Your search contains characters that cannot be searched for."
            ),
        },
    )
    type = forms.ChoiceField(
        required=False,
        error_messages={"invalid_choice": _("There is no such type of page. Showing all types.")},
    )
    theme = forms.ChoiceField(
        required=False,
        error_messages={"invalid_choice": _("There is no such theme. Showing all themes.")},
    )
    page = forms.IntegerField(
        required=False,
        min_value=1,
        error_messages={
            "invalid": _("The page number must be a whole number. Showing the first page."),
            "min_value": _("The page number must be a whole number. Showing the first page."),
        },
    )

    def __init__(self, data, *, type_choices, theme_choices):
        super().__init__(data)
        self.fields["type"].choices = [
            ("", pgettext_lazy("page type filter", "All types")),
            *type_choices,
        ]
        self.fields["theme"].choices = [
            ("", pgettext_lazy("theme filter", "All themes")),
            *theme_choices,
        ]

    def valid(self, name):
        """The cleaned value of a field, or its empty value when what was sent is invalid."""
        if name in self.errors:
            return None
        return self.cleaned_data.get(name) or None
