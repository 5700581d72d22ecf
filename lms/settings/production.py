"""Production: everything comes from the environment; refuses to start when a secret is
missing; passes `manage.py check --deploy --fail-level WARNING`."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.http.request import validate_host

from .base import *  # noqa: F403
from .base import BASE_URL, CACHES, SECRET_KEY, env, env_bool, env_list

DEBUG = False

_INSECURE_MARKERS = ("insecure", "dev-only", "test-only", "change-me", "changeme", "django-")
if not SECRET_KEY or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters in production "
        '(python -c "import secrets; print(secrets.token_urlsafe(64))").'
    )
if any(marker in SECRET_KEY.lower() for marker in _INSECURE_MARKERS):
    raise ImproperlyConfigured("SECRET_KEY looks like a development or example key.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names in production.")

# Every link in e-mails and PDFs, and the QR code printed on certificates, is built on BASE_URL:
# it must be the public https address, and one of the host names served.
if not env("BASE_URL") or not BASE_URL.startswith("https://"):
    raise ImproperlyConfigured(
        "BASE_URL must be set to the site's public https address in production "
        "(https://academy.example.lc): links in e-mails and certificate QR codes use it. "
        "It replaces WAGTAILADMIN_BASE_URL, which is derived from it."
    )
if not validate_host(urlsplit(BASE_URL).hostname, ALLOWED_HOSTS):
    raise ImproperlyConfigured(f"BASE_URL's host must be one of ALLOWED_HOSTS ({BASE_URL}).")
# The limits on logins, sign-ups, password resets and certificate verification (allauth's and
# django-ratelimit's), and allauth's record of TOTP codes already used, are kept in the default
# cache. Local memory would give every worker process its own count: N workers, N times the
# limit, and a code replayed on another worker.
if CACHES["default"]["BACKEND"] != "django.core.cache.backends.redis.RedisCache":
    raise ImproperlyConfigured(
        "REDIS_URL must point at the Redis that every web process shares (e.g. "
        "redis://redis.internal:6379/0) in production: login, sign-up, password-reset and "
        "certificate-verification rate limits are counted in the cache, and a cache of each "
        "process's own would let every worker count on its own."
    )

# HTTPS everywhere; the reverse proxy sets X-Forwarded-Proto (see docs/deploy.md).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

# Files as base.py chose them (local folders, or the bucket when S3_BUCKET is set); static
# files hashed and compressed for whitenoise.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail's background jobs go to the Celery workers (lms/task_backends.py).
TASKS = {"default": {"BACKEND": "lms.task_backends.CeleryTaskBackend"}}

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
ADMINS = [("Operations", address) for address in env_list("ADMINS")]

ALLOW_DEMO_DATA = False  # never: seed_demo refuses to run here
