"""Settings for the load benchmarks: the production settings unchanged (their environment is
set by bench/serve.py: a random secret, Redis, persistent database connections, hashed and
compressed static files), plus one trivial view (bench/urls.py) to compare pages against on the
same server. Requests arrive over loopback with X-Forwarded-Proto: https, as nginx sends them."""

from lms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
