"""Keeping robots and floods out of the forms, without any third party.

Three checks, none of which needs a script, a cookie or an outside service:

- a *honeypot*: a text field people never see or reach (hidden from sight, from the
  keyboard and from assistive technology) that form-filling robots fill in;
- a *time trap*: the form carries a signed time stamp of when it was shown
  (``django.core.signing``, so it cannot be forged); an answer sent back sooner than a
  person could read and fill the form is a robot's;
- a *rate limit* per IP address (django-ratelimit, counted in the cache): a person who
  sends too many forms in a short time is told so plainly, with HTTP 429.

The first two refuse quietly: the robot gets the ordinary thank-you page and nothing is
stored or mailed. The rate limit is loud, because it may be a person.
"""

import time

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from django_ratelimit.core import is_ratelimited

HONEYPOT_FIELD_NAME = "hp_homepage"
STARTED_FIELD_NAME = "hp_started"
STARTED_SALT = "home.spam.form-started"
RATE_LIMIT_GROUP = "home.forms"

RATE_LIMIT_MESSAGE = _(
    "You have sent this form too many times in a short time. "
    "Please wait a while and try again. What you typed is still in the form."
)


def minimum_fill_seconds():
    return getattr(settings, "FORM_MINIMUM_FILL_SECONDS", 3)


def started_token(page_id, at=None):
    """A signed note of when (and on which form) the visitor was shown the form."""
    stamp = {"page": page_id, "at": time.time() if at is None else at}
    return signing.dumps(stamp, salt=STARTED_SALT)


def check_submission(data, page):
    """Why a submission looks automated, or "" when it looks like a person's."""
    if data.get(HONEYPOT_FIELD_NAME):
        return "honeypot filled in"
    try:
        started = signing.loads(data.get(STARTED_FIELD_NAME, ""), salt=STARTED_SALT)
        shown_at = float(started["at"])
        shown_on = started["page"]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return "time stamp missing or forged"
    if shown_on != page.pk:
        return "time stamp from another form"
    if time.time() - shown_at < minimum_fill_seconds():
        return "sent too soon after the form was shown"
    return ""


def rate_limit():
    return getattr(settings, "FORM_SUBMISSION_RATE_LIMIT", "10/h")


def is_rate_limited(request):
    """Count this POST against the sender's address; True once over the limit."""
    return is_ratelimited(
        request,
        group=RATE_LIMIT_GROUP,
        key="ip",
        rate=rate_limit(),
        method="POST",
        increment=True,
    )


PERIOD_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def rate_limit_period_seconds():
    """The rate's window in seconds ("10/h" → 3600, "5/10m" → 600), for Retry-After."""
    period = rate_limit().partition("/")[2]
    count = period[:-1] or "1"
    return int(count) * PERIOD_SECONDS[period[-1]]
