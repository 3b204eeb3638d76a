"""Admin views for form submissions: the filtered listing, and erasing one person's data.

Both are for staff (the Wagtail admin speaks each user's own admin language), so their
labels are plain English like the rest of the portal's admin-only text.
"""

import logging

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.generic import FormView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import SubmissionsListFilterSet, SubmissionsListView

from django_filters import ChoiceFilter

from home.models.forms import FormPageSubmission, display_names_for
from portal.languages import ENGLISH_NAMES, LANGUAGE_CODES

logger = logging.getLogger(__name__)


class PortalSubmissionsFilterSet(SubmissionsListFilterSet):
    language = ChoiceFilter(
        label="Language",
        field_name="language",
        choices=[(code, ENGLISH_NAMES[code]) for code in LANGUAGE_CODES],
    )


# A spreadsheet program reads a CSV cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class PortalSubmissionsListView(SubmissionsListView):
    """Wagtail's listing (date filter, CSV and XLSX export) plus a language filter."""

    filterset_class = PortalSubmissionsFilterSet

    @cached_property
    def display_names(self):
        return display_names_for(self.form_page.submissions_page.pk)

    def paginate_queryset(self, queryset, page_size):
        """The listing's rows share one set of theme names: no query per row."""
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = object_list = list(object_list)
        for submission in object_list:
            submission.display_names = self.display_names
        return paginator, page, object_list, is_paginated

    def to_row_dict(self, item):
        item.display_names = self.display_names  # the export's rows, likewise
        return super().to_row_dict(item)

    def preprocess_field_value(self, field, value, export_format):
        """Defuse formulas in the CSV export: the answers come from anyone on the web.

        Wagtail already writes XLSX cells as text; a CSV has no types, so an answer such as
        ``=HYPERLINK(…)`` is quoted the way OWASP recommends (a leading apostrophe).
        """
        value = super().preprocess_field_value(field, value, export_format)
        if (
            export_format == self.FORMAT_CSV
            and isinstance(value, str)
            and value.startswith(FORMULA_PREFIXES)
        ):
            return "'" + value
        return value


class PersonEmailForm(forms.Form):
    email = forms.EmailField(
        label="E-mail address",
        max_length=254,
        help_text="Finds every submission in which this address was given (case does not matter).",
    )


class DeletePersonSubmissionsView(WagtailAdminTemplateMixin, FormView):
    """Find and delete every submission one person made, across the forms one may manage.

    Answering a request to erase someone's data (GDPR article 17) should not mean reading
    through every form's listing. The view only ever touches submissions of forms whose
    listings the user may open (Wagtail's own rule: edit permission on the form page), and
    shows what it will delete before it does.
    """

    template_name = "home/admin/delete_person_submissions.html"
    form_class = PersonEmailForm
    page_title = "Delete a person's form submissions"
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        self.form_pages = get_forms_for_user(request.user)
        if not self.form_pages.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailforms:index"), "label": "Forms"},
            {"url": "", "label": self.page_title},
        ]

    def matching(self, email):
        return FormPageSubmission.objects.filter(page__in=self.form_pages.values("pk"), email=email)

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        submissions = self.matching(email)
        if self.request.POST.get("confirm") != "delete":
            found = (
                submissions.values("page__title")
                .annotate(count=Count("pk"))
                .order_by("page__title")
            )
            return self.render_to_response(
                self.get_context_data(form=form, email=email, found=list(found), searched=True)
            )
        count, _ = submissions.delete()
        # The address itself stays out of the log: it is the data being erased.
        logger.info("%s deleted %d form submissions of one person", self.request.user, count)
        noun = "submission" if count == 1 else "submissions"
        messages.success(self.request, f"{count} {noun} of {email} deleted.")
        return redirect("home_forms:delete_person")
