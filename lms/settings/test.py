"""Settings for the pytest suite. DATABASE_URL and REDIS_URL may point at real services (CI
does); without them the suite runs on SQLite with eager tasks."""

import os
from pathlib import Path

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# An in-memory cache keeps tests isolated from each other and from a shared Redis.
# Large enough that no test's entries are culled half-way (the default keeps 300).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }
}
if env("TEST_SHARED_CACHE_URL"):
    # Web processes started by tests/lms/test_shared_limits.py share one Redis, as production's
    # do, under a key prefix of that test's own; verification is counted by the day there, so
    # that the test never straddles the end of a counting window.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env("TEST_SHARED_CACHE_URL"),
            "KEY_PREFIX": env("TEST_SHARED_CACHE_PREFIX", "shared-limits"),
        }
    }
    CERTIFICATE_VERIFY_RATE_LIMITS = {"verify": "5/d", "verify_upload": "5/d"}
# Tests run tasks eagerly unless a tier asks for a real worker (tests/conftest.py).
CELERY_TASK_ALWAYS_EAGER = True
TEST_BROKER_URL = env("CELERY_BROKER_URL", env("REDIS_URL"))
# Links in e-mails and PDFs point at Django's test client host (tests that follow them against
# a live server set BASE_URL to its address); the environment's BASE_URL is not used.
BASE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = BASE_URL
# Private files of a test run go to a folder of their own (tests/conftest.py empties it), and
# the suite's files stay on this machine whatever S3_* says: the s3 tier starts its own server
# on loopback and points the storages at it (tests/core/test_storage.py).
_PRIVATE_DEFAULT = BASE_DIR / "artifacts" / f"private-{os.getpid()}"  # noqa: F405
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(_PRIVATE_DEFAULT)))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    **{
        alias: {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": PRIVATE_MEDIA_ROOT / alias, "base_url": None},
        }
        for alias in PRIVATE_STORAGES  # noqa: F405
    },
}

ALLOW_DEMO_DATA = True
# Serve static files from the app folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not Django's shared-cache in-memory database: concurrency tests open one
    # connection per thread, and only a file database gives each its own lock and busy timeout,
    # as in real use. One file per test run (two runs at once must not share it); durability
    # is not needed while testing.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(BASE_DIR / f".test-db-{os.getpid()}.sqlite3")  # noqa: F405
    }
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA synchronous=OFF;"  # noqa: F405
