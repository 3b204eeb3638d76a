"""Issue 2: the first-run set-up can run any number of times."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

import pytest

from home.models import HomePage
from portal.languages import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def counts():
    return {
        "locales": Locale.objects.count(),
        "home_pages": HomePage.objects.count(),
        "pages": Page.objects.count(),
        "sites": Site.objects.count(),
        "synchronisations": LocaleSynchronization.objects.count(),
    }


def test_setup_twice_leaves_one_set_of_locales_and_one_home_per_locale(settings, tmp_path):
    settings.BASE_DIR = tmp_path
    call_command("setup_portal", "--admin", "admin", stdout=StringIO())
    first = counts()
    call_command("setup_portal", "--admin", "admin", stdout=StringIO())

    assert counts() == first
    assert first["locales"] == len(LANGUAGE_CODES) == 27
    assert first["home_pages"] == 27
    assert first["synchronisations"] == 26
    assert sorted(HomePage.objects.values_list("locale__language_code", flat=True)) == sorted(
        LANGUAGE_CODES
    )
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "en"
    assert get_user_model().objects.filter(username="admin", is_superuser=True).count() == 1


def test_setup_prints_the_admin_login_and_keeps_the_password(settings, tmp_path, capsys):
    settings.BASE_DIR = tmp_path
    call_command("setup_portal", "--admin", "admin")
    first = capsys.readouterr().out
    call_command("setup_portal", "--admin", "admin")
    second = capsys.readouterr().out

    password = (tmp_path / ".admin-password").read_text().strip()
    assert f"with password {password!r}" in first
    assert f"with password {password!r}" in second
    user = get_user_model().objects.get(username="admin")
    assert user.check_password(password)


def test_non_english_home_pages_are_aliases_of_english(english):
    english_home = HomePage.objects.get(locale=english)
    for home in HomePage.objects.exclude(locale=english):
        assert home.alias_of_id == english_home.pk
        assert home.translation_key == english_home.translation_key


def test_publishing_the_english_home_page_warns_of_nothing(caplog):
    """The 27 home pages share the root, so their slugs differ (home, home-ko…); no address
    shows them, and publishing the English home must not log 26 warnings about it."""
    english_home = HomePage.objects.get(locale__language_code="en")
    with caplog.at_level("WARNING"):
        english_home.save_revision().publish()
    assert [record for record in caplog.records if "keeps the slug" in record.getMessage()] == []
    assert HomePage.objects.get(locale__language_code="ko").slug != english_home.slug
