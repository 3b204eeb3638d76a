"""Admin hooks of the home app: where staff find and erase form submissions."""

from django.conf import settings
from django.db.models import Q
from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.forms.utils import get_forms_for_user

from home.models import FormPage
from home.views import DeletePersonSubmissionsView


@hooks.register("filter_form_submissions_for_user")
def list_each_form_once(user, editable_forms):
    """Every language's copy of a form stores its submissions on the English form
    (``FormPage.submissions_page``), so the Forms listing shows that one and hides its
    26 copies, whose listings would all be the same.
    """
    source = settings.LANGUAGE_CODE
    source_keys = FormPage.objects.filter(locale__language_code=source).values("translation_key")
    return editable_forms.exclude(
        ~Q(locale__language_code=source) & Q(translation_key__in=source_keys)
    )


@hooks.register("register_admin_urls")
def register_form_privacy_urls():
    urls = [
        path("delete-person/", DeletePersonSubmissionsView.as_view(), name="delete_person"),
    ]
    return [path("form-submissions/", include((urls, "home_forms"), namespace="home_forms"))]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return get_forms_for_user(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        "Delete a person's data",
        reverse("home_forms:delete_person"),
        name="delete-person-data",
        icon_name="bin",
        order=710,  # just after Wagtail's "Forms" (700)
    )
