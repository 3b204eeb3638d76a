"""Issue 10: editors build forms in the admin; previews and listings stay cheap."""

import io

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.test.utils.form_data import querydict_from_html

import openpyxl
import pytest
from bs4 import BeautifulSoup

from cities.models import Theme
from home.models import FormField, FormPage, FormPageSubmission

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    browser = Client(HTTP_HOST="localhost")
    browser.force_login(user)
    return browser


def add_form_page_data(staff, home_page, **fields):
    """The admin's "add form page" form as the browser would send it, with one field row."""
    url = reverse("wagtailadmin_pages:add", args=("home", "formpage", home_page.pk))
    data = querydict_from_html(staff.get(url).content.decode(), form_id="page-edit-form")
    data.update({"title": "Newsletter", "slug": "newsletter", "action-publish": "publish"})
    data["collects_personal_data"] = "on"
    data.update(
        {
            "form_fields-TOTAL_FORMS": "1",
            "form_fields-0-label": "E-mail address",
            "form_fields-0-field_type": "email",
            "form_fields-0-required": "on",
            "form_fields-0-ORDER": "1",
        }
    )
    data.update(fields)
    return url, data


def test_an_editor_builds_and_publishes_a_form_in_the_admin(staff, home_page, privacy_notice):
    url, data = add_form_page_data(staff, home_page, privacy_notice=str(privacy_notice.pk))

    response = staff.post(url, data)

    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").find(
        class_="error-message"
    )
    page = FormPage.objects.get(slug="newsletter", locale=home_page.locale)
    assert page.live
    (field,) = page.form_fields.all()
    assert (field.clean_name, field.locale_id) == ("e_mail_address", page.locale_id)
    # wagtail-localize gives every other language an alias at once, each with its own rows.
    aliases = FormPage.objects.filter(alias_of=page)
    assert aliases.count() == 26
    for alias in aliases:
        (row,) = alias.form_fields.all()
        assert (row.clean_name, row.locale_id) == ("e_mail_address", alias.locale_id)


def test_a_form_collecting_personal_data_needs_its_privacy_notice(staff, home_page):
    url, data = add_form_page_data(staff, home_page, privacy_notice="")

    response = staff.post(url, data)

    assert response.status_code == 200
    assert "Choose the privacy notice: this form collects personal data." in (
        response.content.decode()
    )
    assert not FormPage.objects.filter(slug="newsletter").exists()


def test_a_label_the_form_uses_itself_is_refused(staff, home_page, privacy_notice):
    url, data = add_form_page_data(
        staff,
        home_page,
        privacy_notice=str(privacy_notice.pk),
        **{"form_fields-0-label": "Privacy consent", "form_fields-0-field_type": "checkbox"},
    )

    response = staff.post(url, data)

    assert response.status_code == 200
    assert "The form uses this name itself: choose another label." in response.content.decode()
    assert not FormPage.objects.filter(slug="newsletter").exists()


@pytest.mark.parametrize("mode", ["form", "landing"])
def test_both_preview_modes_render(interest_form, mode):
    response = interest_form.make_preview_request(preview_mode=mode)

    assert response.status_code == 200
    html = BeautifulSoup(response.rendered_content, "html.parser")
    if mode == "form":
        assert html.find("form", class_="portal-form")
    else:
        assert "will contact you about the next steps" in html.text


def add_themes(english, count):
    Theme.objects.bulk_create(
        [
            Theme(locale=english, name=f"Theme {n:03}", slug=f"theme-{n:03}", description="")
            for n in range(count)
        ]
    )


def test_the_form_page_queries_do_not_grow_with_the_themes(client, interest_form, english):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(interest_form.url)
        assert response.status_code == 200
        return len(captured), response.content.decode().count('name="themes_of_interest"')

    client.get(interest_form.url)  # warm Wagtail's site and locale caches
    add_themes(english, 5)
    few, shown_few = queries()
    Theme.objects.filter(slug__startswith="theme-").delete()
    add_themes(english, 60)
    many, shown_many = queries()

    assert shown_many - shown_few == 55
    assert many == few


@pytest.mark.parametrize("export", ["", "csv", "xlsx"])
def test_the_submissions_listing_queries_do_not_grow(staff, interest_form, export):
    url = reverse("wagtailforms:list_submissions", args=[interest_form.pk])
    if export:
        url += f"?export={export}"

    def queries(count):
        FormPageSubmission.objects.all().delete()
        FormPageSubmission.objects.bulk_create(
            [
                FormPageSubmission(
                    page=interest_form,
                    form_data={"city": f"Town-{n}-", "themes_of_interest": ["water-management"]},
                )
                for n in range(count)
            ]
        )
        with CaptureQueriesContext(connection) as captured:
            response = staff.get(url)
            body = b"".join(response.streaming_content) if export else response.content
        if export == "xlsx":
            rows = openpyxl.load_workbook(io.BytesIO(body)).active.iter_rows(values_only=True)
            body = "\n".join(",".join(str(cell) for cell in row) for row in rows).encode()
        shown = body.count(b"Town-")
        assert body.count(b"Water management") == shown  # the theme's name on every row
        assert shown == (count if export else min(count, 20))  # the listing pages by 20
        return len(captured)

    queries(1)  # warm caches
    assert queries(5) == queries(60)


def test_field_rows_are_translatable_children_of_their_page(interest_form):
    assert all(isinstance(f, FormField) for f in interest_form.form_fields.all())
    assert {f.locale_id for f in interest_form.form_fields.all()} == {interest_form.locale_id}
