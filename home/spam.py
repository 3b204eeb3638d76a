"""Keeping robots and floods out of the forms, without any third party.

Three checks, none of which needs a script, a cookie or an outside service:

- a *honeypot*: a text field people never see or reach (hidden from sight, from the
  keyboard and from assistive technology) that form-filling robots fill in;
- a *time trap*: the form carries a signed time stamp of when it was shown
  (``django.core.signing``, so it cannot be forged); an answer sent back sooner than a
  person could read and fill the form is a robot's;
- a *rate limit* per IP address (django-ratelimit, counted in the cache): a person who
  sends too many forms in a short time is told so plainly, with HTTP 429.

Two choices about the rate limit, made here rather than left to django-ratelimit's defaults:

- *The cache is down.* django-ratelimit would then refuse every submission (429), and a
  Redis that is unreachable makes it raise, i.e. a 500. Losing every city's application
  while the cache is down is worse than a flood, which the honeypot and time trap still
  thin out, so forms stay open and the failure is logged (``RATELIMIT_FAIL_OPEN``, true in
  production unless the environment says ``false``; ``False`` refuses with the 429).
- *Behind a reverse proxy* ``REMOTE_ADDR`` is the proxy's address, so every visitor would
  share one count. ``client_ip`` reads the address the proxy adds to a header instead
  (production's ``RATELIMIT_CLIENT_IP_HEADER``).

The first two refuse quietly: the robot gets the ordinary thank-you page and nothing is
stored or mailed. The rate limit is loud, because it may be a person.
"""

import ipaddress
import logging
import time

from django.conf import settings
from django.core import signing
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from django_ratelimit.core import is_ratelimited

logger = logging.getLogger(__name__)

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
    """Count this POST against the sender's address; True once over the limit.

    When the cache cannot count, ``RATELIMIT_FAIL_OPEN`` decides (see the module's
    docstring); django-ratelimit handles caches that fail quietly, this handles the ones
    that raise (Django's Redis backend).
    """
    try:
        return is_ratelimited(
            request,
            group=RATE_LIMIT_GROUP,
            key="ip",
            rate=rate_limit(),
            method="POST",
            increment=True,
        )
    except ImproperlyConfigured:
        raise
    except Exception:
        fail_open = getattr(settings, "RATELIMIT_FAIL_OPEN", False)
        logger.exception(
            "Form rate limit: the cache could not count this submission; %s",
            "letting it through" if fail_open else "refusing it",
        )
        return not fail_open


def client_ip(request):
    """The visitor's address as the reverse proxy saw it (``RATELIMIT_IP_META_KEY``).

    ``RATELIMIT_CLIENT_IP_HEADER`` names the header the proxy sets (``X-Real-IP``, or
    ``X-Forwarded-For``). A client may send that header itself, and proxies *append* to
    X-Forwarded-For, so only the last ``RATELIMIT_PROXY_COUNT`` entries (default 1: one
    proxy of ours) are trusted and the first of them is the visitor: a forged entry
    further left changes nothing. Without a usable address the connection's own is
    counted, with a warning, so a misconfiguration never refuses or breaks a form.
    """
    header = getattr(settings, "RATELIMIT_CLIENT_IP_HEADER", "")
    proxies = max(1, int(getattr(settings, "RATELIMIT_PROXY_COUNT", 1)))
    if header:
        meta_key = "HTTP_" + header.upper().replace("-", "_")
        entries = [part.strip() for part in request.META.get(meta_key, "").split(",")]
        entries = [entry for entry in entries if entry]
        if len(entries) >= proxies:
            try:
                return str(ipaddress.ip_address(entries[-proxies]))
            except ValueError:
                pass
        logger.warning(
            "Form rate limit: no client address in %s; counting the connection's address",
            header,
        )
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"  # noqa: S104 -- one shared count


PERIOD_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def rate_limit_period_seconds():
    """The rate's window in seconds ("10/h" → 3600, "5/10m" → 600), for Retry-After."""
    period = rate_limit().partition("/")[2]
    count = period[:-1] or "1"
    return int(count) * PERIOD_SECONDS[period[-1]]
