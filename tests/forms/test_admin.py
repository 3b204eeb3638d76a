"""Issue 10: staff read, filter, export and erase submissions in the admin."""

import datetime
import io

from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from wagtail.models import GroupPagePermission

import openpyxl
import pytest
from bs4 import BeautifulSoup

from home.models import FormPageSubmission
from tests.forms.conftest import person_data
from translations.groups import STAFF_GROUP_NAME, translators_group_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    """A browser of its own, logged in as an administrator."""
    user = django_user_model.objects.create_superuser("staff", "staff@example.org", "pw")
    browser = Client(HTTP_HOST="localhost")
    browser.force_login(user)
    return browser


@pytest.fixture
def submissions(client, interest_form, korean_interest_form, valid_interest):
    """One English and one Korean submission, sent through the public pages."""
    client.post(interest_form.url, person_data(**valid_interest))
    korean = {**valid_interest, "_page": korean_interest_form, "city": "부산", "goals": "홍수 방지"}
    client.post(korean_interest_form.url, person_data(**korean))
    assert FormPageSubmission.objects.count() == 2
    return FormPageSubmission.objects.order_by("pk")


def listing_url(page, **query):
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def test_staff_see_each_form_once_in_the_forms_index(
    staff, interest_form, korean_interest_form, submissions
):
    response = staff.get(reverse("wagtailforms:index"))

    assert response.status_code == 200
    html = response.content.decode()
    assert listing_url(interest_form) in html
    # The Korean copy stores its submissions on the English form: no second listing.
    assert listing_url(korean_interest_form) not in html


def test_a_korean_submission_is_visible_to_staff(staff, interest_form, submissions):
    response = staff.get(listing_url(interest_form))

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    table = html.find("table", class_="listing")
    headings = [th.text.strip() for th in table.find_all("th")]
    assert "Language" in headings
    assert "City" in headings
    assert "Consent to the privacy notice" in headings
    text = table.text
    assert "부산" in text and "홍수 방지" in text
    assert "Korean" in text and "Busan" in text
    # Themes are stored by slug, the same in every language; staff read their names.
    assert "Water management" in text and "water-management" not in text


def test_staff_filter_submissions_by_language(staff, interest_form, submissions):
    response = staff.get(listing_url(interest_form, language="ko"))

    table = BeautifulSoup(response.content, "html.parser").find("table", class_="listing")
    rows = table.find("tbody").find_all("tr")
    assert len(rows) == 1
    assert "부산" in rows[0].text and "Korean" in rows[0].text


def test_a_bad_filter_value_is_not_an_error(staff, interest_form, submissions):
    response = staff.get(listing_url(interest_form, language="xx", date_from="yesterday"))

    assert response.status_code == 200


def test_csv_export_holds_every_language(staff, interest_form, submissions):
    response = staff.get(listing_url(interest_form, export="csv"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    lines = b"".join(response.streaming_content).decode("utf-8").splitlines()
    assert lines[0].startswith("Submission date,Language,City,Country,Organisation")
    assert lines[0].endswith("Consent to the privacy notice")
    assert len(lines) == 3
    assert "English,Busan" in lines[1]
    assert "Korean,부산" in lines[2]
    assert ",Water management," in lines[2] and "water-management" not in lines[2]


def test_csv_export_defuses_formulas(staff, client, interest_form, valid_interest):
    formula = '=HYPERLINK("https://evil.example","Open")'
    client.post(interest_form.url, person_data(**{**valid_interest, "goals": formula}))

    response = staff.get(listing_url(interest_form, export="csv"))

    body = b"".join(response.streaming_content).decode("utf-8")
    assert "'=HYPERLINK" in body
    assert ",=HYPERLINK" not in body and ',"=HYPERLINK' not in body


def test_xlsx_export_opens_with_the_same_rows(staff, interest_form, submissions):
    response = staff.get(listing_url(interest_form, export="xlsx"))

    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Submission date", "Language", "City")
    assert [row[1:3] for row in rows[1:]] == [("English", "Busan"), ("Korean", "부산")]
    themes = rows[0].index("Themes of interest")
    assert [row[themes] for row in rows[1:]] == ["Water management", "Water management"]
    assert isinstance(rows[1][0], datetime.datetime)


def test_an_answer_naming_a_deleted_theme_keeps_its_slug(
    staff, interest_form, submissions, water_theme
):
    water_theme.get_translations().delete()
    water_theme.delete()

    response = staff.get(listing_url(interest_form, export="csv"))

    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.count("water-management") == 2  # nothing lost


def test_the_korean_copy_has_no_listing_of_its_own(staff, korean_interest_form, submissions):
    response = staff.get(listing_url(korean_interest_form))

    assert response.status_code in (302, 403)


# Deleting one person's submissions ------------------------------------------------------


@pytest.fixture
def people(client, interest_form, contact_form, valid_interest):
    """Min-ji wrote twice (two forms, two spellings of her address); someone else once."""
    client.post(interest_form.url, person_data(**valid_interest))
    contact = {
        "_page": contact_form,
        "your_name": "Kim Min-ji",
        "e_mail_address": "MIN-JI.KIM@EXAMPLE.KR",
        "subject": "Visit",
        "message": "Hello",
        "privacy_consent": "on",
    }
    client.post(contact_form.url, person_data(**contact))
    other = {**valid_interest, "e_mail_address": "someone@example.org", "city": "Lyon"}
    client.post(interest_form.url, person_data(**other))
    assert FormPageSubmission.objects.count() == 3


DELETE_URL = "/admin/form-submissions/delete-person/"


def test_staff_find_then_delete_one_persons_submissions(staff, people):
    assert reverse("home_forms:delete_person") == DELETE_URL
    found = staff.post(DELETE_URL, {"email": "Min-Ji.Kim@example.kr"})

    assert found.status_code == 200
    html = BeautifulSoup(found.content, "html.parser")
    rows = [
        [td.text for td in tr.find_all("td")]
        for tr in html.find("section").find("tbody").find_all("tr")
    ]
    assert sorted(rows) == [
        ["Contact the programme", "1"],
        ["Expression of interest: join the next cycle", "1"],
    ]
    assert FormPageSubmission.objects.count() == 3  # nothing deleted before confirmation

    response = staff.post(
        DELETE_URL, {"email": "Min-Ji.Kim@example.kr", "confirm": "delete"}, follow=True
    )

    assert response.status_code == 200
    assert "2 submissions of min-ji.kim@example.kr deleted." in response.content.decode()
    (remaining,) = FormPageSubmission.objects.all()
    assert remaining.form_data["city"] == "Lyon"


def test_an_unknown_address_deletes_nothing(staff, people):
    response = staff.post(DELETE_URL, {"email": "nobody@example.org", "confirm": "delete"})

    assert response.status_code == 302
    assert FormPageSubmission.objects.count() == 3


def test_a_malformed_address_is_explained(staff, people):
    response = staff.post(DELETE_URL, {"email": "not an address", "confirm": "delete"})

    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert FormPageSubmission.objects.count() == 3


def test_the_admin_menu_offers_the_deletion(staff, interest_form):
    response = staff.get(reverse("wagtailadmin_home"))

    assert DELETE_URL in response.content.decode()


def test_an_editor_without_access_to_the_forms_cannot_delete(client, django_user_model, people):
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    group = Group.objects.create(name="Readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)

    response = client.post(DELETE_URL, {"email": "min-ji.kim@example.kr", "confirm": "delete"})

    assert response.status_code in (302, 403)
    assert FormPageSubmission.objects.count() == 3


def test_an_editor_deletes_only_on_the_forms_they_manage(
    client, django_user_model, contact_form, people
):
    """Access follows Wagtail's own rule for submissions: edit permission on the form."""
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    group = Group.objects.create(name="Contact editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=contact_form, permission_type="change")
    editor.groups.add(group)
    client.force_login(editor)

    client.post(DELETE_URL, {"email": "min-ji.kim@example.kr", "confirm": "delete"})

    remaining = FormPageSubmission.objects.order_by("pk")
    assert contact_form.pk not in {s.page_id for s in remaining}
    assert {s.form_data.get("city") for s in remaining} == {"Busan", "Lyon"}


# Who reads submissions: the programme team, not the translators ----------------------------


def member_of(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    browser = Client(HTTP_HOST="localhost")
    browser.force_login(user)
    return browser


def test_communication_staff_read_export_and_erase_submissions(
    django_user_model, interest_form, submissions
):
    staff = member_of(django_user_model, "editor", STAFF_GROUP_NAME)

    assert listing_url(interest_form) in staff.get(reverse("wagtailforms:index")).content.decode()
    listing = staff.get(listing_url(interest_form))
    assert listing.status_code == 200 and "부산" in listing.content.decode()
    assert staff.get(listing_url(interest_form, export="csv")).status_code == 200
    assert staff.get(DELETE_URL).status_code == 200


def test_a_translator_of_the_form_sees_no_submissions(
    django_user_model, interest_form, korean_interest_form, submissions
):
    """Submissions hold personal data for the programme team; translating a form gives no
    access to them, in any language (the Korean ones included)."""
    translator = member_of(django_user_model, "minji", translators_group_name("ko"))
    # The translator may work on the Korean form itself...
    edit = translator.get(reverse("wagtailadmin_pages:edit", args=[korean_interest_form.pk]))
    assert edit.status_code == 200
    assert "Total submissions" not in edit.content.decode()

    # ...but is offered no forms to read, and every listing, export and erasure is refused.
    home = translator.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailforms:index") not in home and DELETE_URL not in home
    index = translator.get(reverse("wagtailforms:index"))
    assert listing_url(interest_form) not in index.content.decode()
    assert listing_url(korean_interest_form) not in index.content.decode()
    for page in (interest_form, korean_interest_form):
        for export in ("", "csv", "xlsx"):
            response = translator.get(listing_url(page, **({"export": export} if export else {})))
            assert response.status_code in (302, 403), (page, export)
            assert "부산".encode() not in response.content
    assert translator.get(DELETE_URL).status_code in (302, 403)
    response = translator.post(DELETE_URL, {"email": "min-ji.kim@example.kr", "confirm": "delete"})
    assert response.status_code in (302, 403)
    assert FormPageSubmission.objects.count() == 2
