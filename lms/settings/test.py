"""Settings for the pytest suite. DATABASE_URL and REDIS_URL may point at real services (CI
does); without them the suite runs on SQLite with eager tasks."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# An in-memory cache keeps tests isolated from each other and from a shared Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests run tasks eagerly unless a tier asks for a real worker (tests/conftest.py).
CELERY_TASK_ALWAYS_EAGER = True
TEST_BROKER_URL = env("CELERY_BROKER_URL", env("REDIS_URL"))
WAGTAILADMIN_BASE_URL = "http://testserver"

ALLOW_DEMO_DATA = True
# Serve static files from the app folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
