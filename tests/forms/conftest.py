"""Fixtures for the forms tests: a published form page, its Korean translation, a
submitting helper that behaves like a person (an old enough signed time stamp)."""

import os
import subprocess
import sys
import time
from pathlib import Path

from django.core.cache import cache

import pytest

from cities.models import Theme
from home.forms_demo import build_contact_form, build_expression_of_interest_form
from home.models import StandardPage
from home.spam import STARTED_FIELD_NAME, started_token

KOREAN_LABELS = {
    "city": "도시",
    "country": "국가",
    "organisation": "기관",
    "contact_person": "담당자",
    "e_mail_address": "이메일 주소",
    "themes_of_interest": "관심 주제",
    "goals": "목표",
    "government_research_and_business": "정부, 연구, 기업",
}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """The rate limit counts in the cache: every test starts with a clean count."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def privacy_notice(home_page):
    page = home_page.add_child(
        instance=StandardPage(title="Privacy notice", slug="privacy", intro="How we use data.")
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def water_theme(english, korean):
    """A theme of our own, in English and Korean, so the tests need no seeded data."""
    theme = Theme.objects.create(
        locale=english, name="Water management", slug="water-management", description=""
    )
    translation = theme.copy_for_translation(korean)
    translation.name = "물 관리"
    translation.save()
    return theme


@pytest.fixture
def interest_form(home_page, privacy_notice, water_theme):
    return build_expression_of_interest_form(
        home_page, privacy_notice=privacy_notice, to_address="team@example.org"
    )


@pytest.fixture
def contact_form(home_page, privacy_notice):
    return build_contact_form(
        home_page, privacy_notice=privacy_notice, to_address="team@example.org"
    )


@pytest.fixture
def korean_interest_form(interest_form, korean):
    """A Korean translation of the form, its labels translated (as a translator would)."""
    page = interest_form.copy_for_translation(korean, copy_parents=True)
    for field in page.form_fields.all():
        field.label = KOREAN_LABELS.get(field.clean_name, field.label)
        field.save()
    page.title = "관심 표명: 다음 주기에 참여하세요"
    page.save_revision().publish()
    return page


def person_data(**fields):
    """POST data with a time stamp from a minute ago, as a person's browser sends it."""
    return {STARTED_FIELD_NAME: started_token(fields.pop("_page").pk, time.time() - 60), **fields}


@pytest.fixture
def valid_interest(interest_form):
    return {
        "_page": interest_form,
        "city": "Busan",
        "country": "South Korea",
        "organisation": "Busan Metropolitan City",
        "contact_person": "Kim Min-ji",
        "e_mail_address": "Min-ji.Kim@example.kr",
        "themes_of_interest": ["water-management"],
        "goals": "Learn about flood protection.",
        "government_research_and_business": "A city agency, a university and a port company.",
        "privacy_consent": "on",
    }


ROOT = Path(__file__).resolve().parents[2]


def settings_values(module, names, **env):
    """The given settings as text, read by a fresh process with ``portal.settings.<module>``
    and the environment ``env`` (the forms' own variables unset unless given)."""
    code = (
        "from django.conf import settings; "
        f"print(*(getattr(settings, name, None) for name in {list(names)!r}), sep='|')"
    )
    ours = ("RATELIMIT_", "EMAIL_", "DEFAULT_FROM_EMAIL", "DJANGO_SETTINGS_MODULE")
    environ = {key: value for key, value in os.environ.items() if not key.startswith(ours)}
    environ.update(
        DJANGO_SETTINGS_MODULE=f"portal.settings.{module}",
        SECRET_KEY="a-long-random-production-secret-" + "x7Qp9" * 10,
        ALLOWED_HOSTS="worldcities.example.eu",
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().split("|")
