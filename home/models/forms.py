"""Forms editors build: contact, expression of interest, and whatever comes next.

A ``FormPage`` is Wagtail's form builder (``AbstractEmailForm`` / ``AbstractFormField``) on
the portal's base page. What makes it the portal's:

- Its fields translate through wagtail-localize like the rest of the page: ``FormField``
  is a ``TranslatableMixin`` child, so labels, help texts and choices become segments for
  translators, while the field's machine name (``clean_name``, the key of the stored data)
  and its type stay synchronised with English.
- Every language's copy of a form stores its submissions against the *English* form page
  (the source of the translation tree), with the visitor's language beside the data. Staff
  then read, filter and export one listing per form, not 27.
- Spam checks, rate limit, payload limits and the staff e-mail live in ``home.spam``,
  ``home.forms`` and ``home.notifications``; ``serve`` ties them together.
"""

import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, ValidationError
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.languages import ENGLISH_NAMES
from portal.models import PortalPage

logger = logging.getLogger(__name__)

THEMES_FIELD_TYPE = "themes"
PORTAL_FIELD_CHOICES = (
    *FORM_FIELD_CHOICES,
    (THEMES_FIELD_TYPE, "Themes of interest (the Theme snippets)"),
)

# Names the form itself uses next to the editors' fields: the spam checks, the consent box
# and the language column of the stored data. A field label that slugs to one of these
# would overwrite it, so the editor is asked for another label.
CONSENT_FIELD_NAME = "privacy_consent"
LANGUAGE_DATA_KEY = "submission_language"


def reserved_field_names():
    from home.spam import HONEYPOT_FIELD_NAME, STARTED_FIELD_NAME

    return {HONEYPOT_FIELD_NAME, STARTED_FIELD_NAME, CONSENT_FIELD_NAME, LANGUAGE_DATA_KEY}


class FormField(TranslatableMixin, AbstractFormField):
    """One field of a FormPage, translatable with its page."""

    page = ParentalKey("home.FormPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(
        verbose_name="field type", max_length=16, choices=PORTAL_FIELD_CHOICES
    )
    field_type.required_on_save = True  # previews build the form from unsaved fields

    # Words are translated (label, help text, choices, default value); the machine name
    # must stay what English gave it, or every language would store its answers under a
    # different key and the staff listing would split them into different columns.
    override_translatable_fields = [
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = "form field"

    def clean(self):
        super().clean()
        if (self.clean_name or self.get_field_clean_name()) in reserved_field_names():
            raise ValidationError(
                {"label": "The form uses this name itself: choose another label."}
            )


class FormPageSubmission(AbstractFormSubmission):
    """A stored submission, with what staff need to find and delete it later."""

    language = models.CharField(
        max_length=8, blank=True, help_text="The language the visitor used the form in."
    )
    email = models.EmailField(
        blank=True,
        db_index=True,
        help_text="The first e-mail address given, lower-cased: finds one person's submissions.",
    )

    class Meta:
        verbose_name = "form submission"
        indexes = [models.Index(fields=["submit_time"], name="home_formsub_submit_time")]

    def get_data(self):
        """The answers as staff read them (listing, CSV/XLSX export, e-mail).

        Themes are stored by slug, the same in every language; staff read their English
        names. A theme deleted since keeps its slug, so no answer is lost.
        """
        data = super().get_data()
        data[LANGUAGE_DATA_KEY] = ENGLISH_NAMES.get(self.language, self.language)
        for name, names in self.display_names.items():
            if isinstance(data.get(name), list):
                data[name] = [names.get(value, value) for value in data[name]]
        return data

    @cached_property
    def display_names(self):
        """{field name: {stored value: name}} for the themes fields of this submission's form.

        Two queries for one submission; a listing computes it once with
        ``display_names_for`` and sets it on every row, so rows add no queries.
        """
        return display_names_for(self.page_id)


def display_names_for(page_id):
    from cities.models import Theme

    fields = FormField.objects.filter(page_id=page_id, field_type=THEMES_FIELD_TYPE)
    field_names = list(fields.values_list("clean_name", flat=True))
    if not field_names:
        return {}
    english = Theme.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return dict.fromkeys(field_names, dict(english.values_list("slug", "name")))


class FormPage(AbstractEmailForm, PortalPage):
    """A form editors build field by field; see the module's docstring."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ol", "ul"])
    thank_you_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="Shown after a successful submission. Defaults to a short thank-you.",
    )
    collects_personal_data = models.BooleanField(
        default=True,
        help_text=(
            "Adds a required consent box linked to the privacy notice. Untick only for "
            "forms that ask for nothing that identifies a person."
        ),
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The privacy notice the consent box links to (in the visitor's language).",
    )

    content_panels = PortalPage.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldPanel("collects_personal_data"), FieldPanel("privacy_notice")],
            heading="Privacy",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="E-mail to staff",
        ),
    ]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]

    # The staff e-mail settings are facts, not words; a language may still send its
    # notifications to its own team (overridable).
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        SynchronizedField("subject"),
        SynchronizedField("collects_personal_data", overridable=False),
        SynchronizedField("privacy_notice", overridable=False),
    ]

    subpage_types = []
    template = "home/form_page.html"
    landing_page_template = "home/form_page_landing.html"

    class Meta:
        verbose_name = "form page"

    def clean(self):
        super().clean()
        if self.collects_personal_data and not self.privacy_notice_id:
            message = "Choose the privacy notice: this form collects personal data."
            raise ValidationError({"privacy_notice": message})

    # Where submissions live -----------------------------------------------------------

    @cached_property
    def submissions_page(self):
        """The form whose listing holds this page's submissions: the English source.

        Aliases and translations share the source's ``translation_key``. A form created
        directly in another language (no English original) keeps its own.
        """
        source = (
            FormPage.objects.filter(
                translation_key=self.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            )
            .exclude(pk=self.pk)
            .first()
        )
        return source or self

    def get_submission_class(self):
        return FormPageSubmission

    def get_submissions(self):
        return FormPageSubmission.objects.filter(page=self.submissions_page)

    def get_submissions_list_view_class(self):
        from home.views import PortalSubmissionsListView

        return PortalSubmissionsListView

    def get_data_fields(self):
        """Columns of the staff listing and export, labelled in the source language."""
        source = self.submissions_page
        fields = [
            ("submit_time", "Submission date"),
            (LANGUAGE_DATA_KEY, "Language"),
        ]
        fields += [(field.clean_name, field.label) for field in source.get_form_fields()]
        if source.collects_personal_data:
            fields.append((CONSENT_FIELD_NAME, "Consent to the privacy notice"))
        return fields

    # The visitor's form -----------------------------------------------------------------

    def get_form_class(self):
        from home.forms import PortalFormBuilder

        return PortalFormBuilder(
            self.get_form_fields(), with_consent=self.collects_personal_data
        ).get_form_class()

    def process_form_submission(self, form):
        """Store first (committed on its own), then tell staff: mail never loses data."""
        from home.notifications import notify_staff

        with transaction.atomic():
            submission = FormPageSubmission.objects.create(
                page=self.submissions_page,
                form_data=form.submission_data(),
                language=self.locale.language_code,
                email=form.first_email_address(),
            )
        notify_staff(self, submission)
        return submission

    def serve(self, request, *args, **kwargs):
        from home import spam
        from home.forms import PAYLOAD_TOO_LARGE_MESSAGE, initial_from

        if request.method != "POST":
            return self.render_form(request, self.get_form(page=self))

        over_limit = spam.is_rate_limited(request)
        try:
            data = request.POST
        except (RequestDataTooBig, TooManyFieldsSent):
            # Beyond DATA_UPLOAD_MAX_MEMORY_SIZE / _NUMBER_FIELDS Django reads nothing.
            data = None

        if over_limit:
            # Probably a person: say so, and keep what they typed for their next try.
            form = self.get_form(page=self, initial=initial_from(self, data))
            response = self.render_form(request, form, 429, spam.RATE_LIMIT_MESSAGE)
            response["Retry-After"] = str(spam.rate_limit_period_seconds())
            return response
        if data is None:
            form = self.get_form(page=self)
            return self.render_form(request, form, 413, PAYLOAD_TOO_LARGE_MESSAGE)

        verdict = spam.check_submission(data, page=self)
        if verdict:
            # Refused quietly: a robot learns nothing from the answer, and nothing is kept.
            logger.info("Form page %s: submission refused as automated (%s)", self.pk, verdict)
            return self._never_cached(self.render_landing_page(request))

        form = self.get_form(data, page=self, user=request.user)
        if form.is_valid():
            submission = self.process_form_submission(form)
            return self._never_cached(self.render_landing_page(request, submission))
        return self.render_form(request, form)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        notice = self.privacy_notice
        if notice is not None:
            # The notice in the visitor's language when it exists there.
            notice = notice.localized
            context["privacy_notice"] = notice if notice.live else None
        return context

    def render_form(self, request, form, status=200, problem=None):
        """The form page; ``problem`` is a message about the whole submission."""
        context = self.get_context(request)
        context["form"] = form
        context["problem"] = problem
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        return self._never_cached(response)

    @staticmethod
    def _never_cached(response):
        # Forms carry a CSRF token and, after a POST, what the visitor typed: no shared
        # or browser cache may keep them.
        add_never_cache_headers(response)
        return response
