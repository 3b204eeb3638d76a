"""Delete form submissions older than the retention period, and say how many.

    manage.py purge_form_submissions              # FORM_SUBMISSION_RETENTION_DAYS (730)
    manage.py purge_form_submissions --days 365   # another period, this once
    manage.py purge_form_submissions --dry-run    # count only

The privacy notice promises that what people send through the forms is kept no longer
than needed; run this daily (cron, a systemd timer or the host's scheduler).
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from home.models import FormPageSubmission


class Command(BaseCommand):
    help = "Delete form submissions older than FORM_SUBMISSION_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep this many days instead of FORM_SUBMISSION_RETENTION_DAYS.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.FORM_SUBMISSION_RETENTION_DAYS if days is None else days
        if days < 1:
            raise CommandError("The retention period must be at least one day.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        # Wagtail's own submission table too, should any form page ever use it.
        querysets = [
            FormPageSubmission.objects.filter(submit_time__lt=cutoff),
            FormSubmission.objects.filter(submit_time__lt=cutoff),
        ]
        if dry_run:
            count = sum(queryset.count() for queryset in querysets)
            verb = "Would delete"
        else:
            count = sum(queryset.delete()[0] for queryset in querysets)
            verb = "Deleted"
        self.stdout.write(
            f"{verb} {count} form submission{'s' if count != 1 else ''} older than {days} days "
            f"(sent before {cutoff:%Y-%m-%d %H:%M} UTC)."
        )
