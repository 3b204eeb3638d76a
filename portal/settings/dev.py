"""Settings for a developer's machine: the first-run command uses these."""

import os

from .base import *  # noqa: F403

DEBUG = True
# A fixed key is fine here: this module never serves the public.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-not-for-production")  # noqa: S105
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
INTERNAL_IPS = ["127.0.0.1"]
# Serve static files straight from the apps while developing (no collectstatic needed).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
