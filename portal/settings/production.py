"""Production settings: everything from the environment, hardened for `check --deploy`.

Required: SECRET_KEY, ALLOWED_HOSTS. Usual: DATABASE_URL (PostgreSQL), REDIS_URL,
WAGTAILADMIN_BASE_URL, EMAIL_HOST and friends.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_list

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production settings read it from the environment: "
        "export SECRET_KEY=\"$(python -c 'import secrets; print(secrets.token_urlsafe(64))')\""
    )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. Give the site's host names, comma-separated: "
        'export ALLOWED_HOSTS="worldcities.example.eu"'
    )

# Static files: compressed and hashed by whitenoise, served with far-future caching.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS everywhere. Behind a TLS-terminating proxy, it must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Mail: SMTP from the environment.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() != "false"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# The forms' rate limit (home/spam.py). With the cache down, forms stay open and the failure
# is logged; RATELIMIT_FAIL_OPEN=false refuses every submission (429) instead.
RATELIMIT_FAIL_OPEN = os.environ.get("RATELIMIT_FAIL_OPEN", "true").lower() != "false"
# Behind a reverse proxy every connection comes from the proxy: name the header that carries
# the visitor's address (X-Real-IP, or X-Forwarded-For with RATELIMIT_PROXY_COUNT proxies of
# ours in front), or every visitor shares the proxy's one count.
RATELIMIT_CLIENT_IP_HEADER = os.environ.get("RATELIMIT_CLIENT_IP_HEADER", "")
RATELIMIT_PROXY_COUNT = int(os.environ.get("RATELIMIT_PROXY_COUNT", "1"))
if RATELIMIT_CLIENT_IP_HEADER:
    RATELIMIT_IP_META_KEY = "home.spam.client_ip"
