"""The visitor's side of a FormPage: the fields it builds, their limits and messages.

Wagtail's ``FormBuilder`` turns the editors' ``FormField`` rows into a Django form. Ours
adds what a public, 27-language form needs:

- every field has a length limit (an oversized answer is a clear error, never a 500), and
  the limit reaches the browser as ``maxlength`` so nobody types more than is kept;
- every error message is the portal's own, translated in ``home/locale`` (Django's
  catalogs lack Maltese, and say "This field is required" without saying what to do);
- a "themes of interest" field whose options are the Theme snippets, in the visitor's
  language; the stored value is the theme's slug, the same in every language;
- the consent box and the two spam-check fields (see ``home.spam``).
"""

import django.forms
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from home import spam
from home.models.forms import CONSENT_FIELD_NAME

SINGLE_LINE_MAX_LENGTH = 255
MULTI_LINE_MAX_LENGTH = 5000
EMAIL_MAX_LENGTH = 254  # RFC 5321's limit on a forward path
URL_MAX_LENGTH = 2000
NUMBER_MAX_DIGITS = 15

TOO_LONG = ngettext_lazy(
    "Shorten this to %(limit_value)d character or fewer.",
    "Shorten this to %(limit_value)d characters or fewer.",
    "limit_value",
)
TEXT_MESSAGES = {"required": _("Fill in this field."), "max_length": TOO_LONG}
CHOICE_MESSAGES = {
    "required": _("Choose an option."),
    "invalid_choice": _("Choose one of the options in the list."),
}
MULTIPLE_CHOICE_MESSAGES = {
    "required": _("Choose at least one option."),
    "invalid_choice": _("Choose one of the options in the list."),
    "invalid_list": _("Choose one of the options in the list."),
}
THEME_MESSAGES = {
    "required": _("Choose at least one theme."),
    "invalid_choice": _("Choose one of the themes in the list."),
    "invalid_list": _("Choose one of the themes in the list."),
}
PAYLOAD_TOO_LARGE_MESSAGE = _(
    "What you sent is too large. Please shorten your text and send the form again."
)


def theme_choices():
    """(slug, name) for every theme, named in the visitor's language (else in English).

    The slug is the same in every language (a synchronised field of ``cities.Theme``), so
    answers given in Korean and in German are stored alike.
    """
    from cities.models import Theme

    themes = Theme.objects.for_display(get_language()).values()
    return sorted(((theme.slug, theme.name) for theme in themes), key=lambda c: c[1].casefold())


class ThemesField(django.forms.MultipleChoiceField):
    """Themes of interest: ticked boxes, checked against the Theme snippets."""

    widget = django.forms.CheckboxSelectMultiple
    default_error_messages = THEME_MESSAGES


class PortalForm(BaseForm):
    """The form a visitor fills in, with the spam-check fields beside the editors' ones."""

    spam_field_names = (spam.HONEYPOT_FIELD_NAME, spam.STARTED_FIELD_NAME)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, ThemesField):
                field.choices = theme_choices()
                if not field.choices:
                    field.required = False  # no themes yet: nothing to choose from
        self.fields[spam.HONEYPOT_FIELD_NAME] = django.forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=django.forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        self.fields[spam.STARTED_FIELD_NAME] = django.forms.CharField(
            required=False,
            widget=django.forms.HiddenInput,
            initial=spam.started_token(self.page.pk if self.page else None),
        )

    @property
    def visitor_fields(self):
        """The fields a person fills in, in order (the consent box last)."""
        return [field for field in self if field.name not in self.spam_field_names]

    @property
    def honeypot(self):
        return self[spam.HONEYPOT_FIELD_NAME]

    @property
    def started(self):
        return self[spam.STARTED_FIELD_NAME]

    def submission_data(self):
        """What is stored: the answers, without the spam-check fields."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.spam_field_names
        }

    def first_email_address(self):
        """The first e-mail answer, lower-cased, so that staff can find a person's data."""
        for name, field in self.fields.items():
            if isinstance(field, django.forms.EmailField) and self.cleaned_data.get(name):
                return self.cleaned_data[name].strip().lower()
        return ""

    def error_summary(self):
        """(anchor id, label, message) for every error, in the order of the fields."""
        items = []
        for field in self.visitor_fields:
            for message in field.errors:
                items.append((anchor_id(field), field.label, message))
        return items


def anchor_id(bound_field):
    """The element an error summary link should move focus to."""
    widget = bound_field.field.widget
    if isinstance(widget, django.forms.CheckboxSelectMultiple | django.forms.RadioSelect):
        return f"{bound_field.auto_id}_0"  # the first option of the group
    return bound_field.auto_id


class PortalFormBuilder(FormBuilder):
    """Wagtail's builder, with limits, translated messages, themes and consent."""

    def __init__(self, fields, with_consent=False):
        super().__init__(fields)
        self.with_consent = with_consent

    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["error_messages"] = dict(TEXT_MESSAGES)
        return options

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        return django.forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTI_LINE_MAX_LENGTH
        options["widget"] = django.forms.Textarea(attrs={"rows": 6})
        return django.forms.CharField(**options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX_LENGTH
        options["error_messages"]["invalid"] = _(
            "Enter an e-mail address in the form name@example.org."
        )
        options["widget"] = django.forms.EmailInput(attrs={"autocomplete": "email"})
        return django.forms.EmailField(**options)

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX_LENGTH
        options["assume_scheme"] = "https"
        options["error_messages"]["invalid"] = _(
            "Enter a web address in the form https://example.org."
        )
        return django.forms.URLField(**options)

    def create_number_field(self, field, options):
        options["max_digits"] = NUMBER_MAX_DIGITS
        options["error_messages"].update(
            invalid=_("Enter a number."),
            max_digits=ngettext_lazy(
                "Enter a number with at most %(max)s digit.",
                "Enter a number with at most %(max)s digits.",
                "max",
            ),
        )
        return django.forms.DecimalField(**options)

    def create_date_field(self, field, options):
        options["error_messages"]["invalid"] = _("Enter a date in the form 2026-12-31.")
        options["widget"] = django.forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        return django.forms.DateField(**options)

    def create_datetime_field(self, field, options):
        options["error_messages"]["invalid"] = _(
            "Enter a date and time in the form 2026-12-31 14:30."
        )
        options["widget"] = django.forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
        )
        return django.forms.DateTimeField(**options)

    def create_dropdown_field(self, field, options):
        options["error_messages"].update(CHOICE_MESSAGES)
        return super().create_dropdown_field(field, options)

    def create_radio_field(self, field, options):
        options["error_messages"].update(CHOICE_MESSAGES)
        return super().create_radio_field(field, options)

    def create_multiselect_field(self, field, options):
        options["error_messages"].update(MULTIPLE_CHOICE_MESSAGES)
        return super().create_multiselect_field(field, options)

    def create_checkboxes_field(self, field, options):
        options["error_messages"].update(MULTIPLE_CHOICE_MESSAGES)
        return super().create_checkboxes_field(field, options)

    def create_checkbox_field(self, field, options):
        options["error_messages"]["required"] = _("Tick this box to continue.")
        return django.forms.BooleanField(**options)

    def create_hidden_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        return super().create_hidden_field(field, options)

    def create_themes_field(self, field, options):
        options.pop("error_messages")  # the field's own, about themes
        options["initial"] = []
        return ThemesField(**options)

    @property
    def formfields(self):
        fields = super().formfields
        if self.with_consent:
            fields[CONSENT_FIELD_NAME] = django.forms.BooleanField(
                label=_("I agree to the privacy notice"),
                help_text=_(
                    "The privacy notice explains how the programme team uses and keeps "
                    "what you send."
                ),
                error_messages={"required": _("Tick this box to agree to the privacy notice.")},
            )
        return fields

    def get_form_class(self):
        return type("PortalForm", (PortalForm,), self.formfields)


def initial_from(page, data):
    """What the visitor typed, as initial values of a fresh (unvalidated) form."""
    if not data:
        return {}
    initial = {}
    for name, field in page.get_form_class().base_fields.items():
        if name not in data:
            continue
        if isinstance(field, django.forms.MultipleChoiceField):
            initial[name] = data.getlist(name)
        else:
            initial[name] = data.get(name)
    return initial
