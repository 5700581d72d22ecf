"""Settings for benchmarks: the development settings with DEBUG off, plus one trivial view
(bench/urls.py) to compare pages against on the same server."""

from lms.settings.dev import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "bench.urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
WHITENOISE_USE_FINDERS = True
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
