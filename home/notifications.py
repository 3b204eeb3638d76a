"""Telling staff about a new form submission, by e-mail.

Called after the submission is committed: a mail server that is down or refuses the
message costs the staff an e-mail, never the visitor's submission. The failure is logged
(with the submission's id, so staff can find it in the admin) and the visitor still sees
the thank-you page. The e-mail is for the programme team, so it is in English, with the
English form's labels whatever language the visitor used.
"""

import datetime
import logging

from django.conf import settings
from django.urls import reverse

from wagtail.admin.mail import send_mail

logger = logging.getLogger(__name__)


def format_value(value):
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M %Z").strip()
    if value is None:
        return ""
    return str(value)


def render_message(page, submission):
    source = page.submissions_page
    data = submission.get_data()
    lines = [f'A new submission to the form "{source.title}".', ""]
    for name, label in page.get_data_fields():
        lines.append(f"{label}: {format_value(data.get(name))}")
    listing = reverse("wagtailforms:list_submissions", args=[source.pk])
    lines += ["", f"All submissions: {settings.WAGTAILADMIN_BASE_URL}{listing}"]
    return "\n".join(lines)


def notify_staff(page, submission):
    """E-mail the form's staff addresses; True if the mail went out."""
    addresses = [address.strip() for address in page.to_address.split(",") if address.strip()]
    if not addresses:
        return False
    subject = page.subject or f"New submission: {page.submissions_page.title}"
    try:
        send_mail(
            subject,
            render_message(page, submission),
            addresses,
            page.from_address or None,
            reply_to=[submission.email] if submission.email else None,
        )
    except Exception:
        # Anything the mail backend raises (SMTP errors, DNS, timeouts): the submission
        # is already stored, so log it for the staff and let the visitor carry on.
        logger.exception(
            "Form page %s: submission %s is stored, but the e-mail to staff failed",
            page.pk,
            submission.pk,
        )
        return False
    return True
