"""Editors place the find-a-partner page in the tree from the admin."""

from django.contrib.auth.models import Group

from wagtail.test.utils.form_data import nested_form_data

import pytest

from cities.models import FindPartnerPage
from translations.groups import STAFF_GROUP_NAME

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    """A member of the communication staff, with that group's rights only."""
    user = django_user_model.objects.create_user(
        username="editor",
        email="editor@example.org",
        password="pass",  # noqa: S106
    )
    user.groups.set([Group.objects.get(name=STAFF_GROUP_NAME)])
    client.force_login(user)
    return client


def test_an_editor_adds_the_find_a_partner_page_under_the_home_page(editor_client, home_page):
    assert FindPartnerPage.can_create_at(home_page)
    response = editor_client.post(
        f"/admin/pages/add/cities/findpartnerpage/{home_page.pk}/",
        nested_form_data(
            {
                "title": "Find a partner city",
                "slug": "find-a-partner",
                "intro": "Pick a city, or describe yours.",
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = FindPartnerPage.objects.get(slug="find-a-partner", locale=home_page.locale)
    # wagtail-localize made it in every other language too, as it does for every page.
    assert FindPartnerPage.objects.filter(translation_key=page.translation_key).count() == 27
    assert page.live
    home_page.refresh_from_db()
    assert not FindPartnerPage.can_create_at(home_page)  # one per home page
    visitor = editor_client.get(page.url)
    assert visitor.status_code == 200
    assert "Pick a city, or describe yours." in visitor.content.decode()
