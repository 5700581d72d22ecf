"""The embedded default for a newcomer: SQLite, eager tasks, console e-mail, DEBUG on."""

from .base import *  # noqa: F403
from .base import env, env_list

DEBUG = True
# A fixed key is acceptable only here: dev never serves real users (production.py refuses it).
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],0.0.0.0")
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

ALLOW_DEMO_DATA = True
# Serve static files from the app folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
