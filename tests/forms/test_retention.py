"""Issue 10: submissions are kept no longer than the retention period."""

import datetime
from io import StringIO

from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest

from home.models import FormPageSubmission

pytestmark = pytest.mark.django_db


@pytest.fixture
def aged_submissions(interest_form):
    """Submissions sent 10, 729 and 731 days ago."""
    now = timezone.now()
    for days in (10, 729, 731):
        submission = FormPageSubmission.objects.create(
            page=interest_form, form_data={"city": f"{days} days"}, language="en"
        )
        # submit_time is auto_now_add: set the age afterwards, as time would.
        FormPageSubmission.objects.filter(pk=submission.pk).update(
            submit_time=now - datetime.timedelta(days=days)
        )


def purge(*args):
    out = StringIO()
    call_command("purge_form_submissions", *args, stdout=out)
    return out.getvalue()


def remaining():
    return sorted(FormPageSubmission.objects.values_list("form_data__city", flat=True))


def test_the_default_retention_is_24_months(settings):
    assert settings.FORM_SUBMISSION_RETENTION_DAYS == 730


def test_submissions_older_than_the_retention_period_are_deleted(aged_submissions):
    output = purge()

    assert "Deleted 1 form submission older than 730 days" in output
    assert remaining() == ["10 days", "729 days"]


def test_the_period_comes_from_settings(aged_submissions, settings):
    settings.FORM_SUBMISSION_RETENTION_DAYS = 30

    output = purge()

    assert "Deleted 2 form submissions older than 30 days" in output
    assert remaining() == ["10 days"]


def test_a_dry_run_counts_and_keeps_everything(aged_submissions):
    output = purge("--dry-run", "--days", "5")

    assert "Would delete 3 form submissions older than 5 days" in output
    assert len(remaining()) == 3


def test_nothing_to_delete_is_reported_too(interest_form):
    assert "Deleted 0 form submissions" in purge()


def test_a_retention_period_below_one_day_is_refused(aged_submissions):
    with pytest.raises(CommandError, match="at least one day"):
        purge("--days", "0")
    assert len(remaining()) == 3
