"""Settings shared by every environment. Secure by default: DEBUG is off and nothing secret
has a fallback here. Environment-specific modules (dev, test, production) import from this one.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name: str, default: str | None = None) -> str | None:
    """Read an environment variable; an empty value counts as unset."""
    value = os.environ.get(name, "").strip()
    return value or default


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in (env(name, default) or "").split(",") if item.strip()]


def base_url_checked(value: str) -> str:
    """BASE_URL as `scheme://host[:port]`, without a trailing slash; refused otherwise (a path
    would be doubled by `reverse()`, which already knows the script prefix)."""
    parts = urlsplit(value.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ImproperlyConfigured(f"BASE_URL must be http(s)://host[:port], not {value!r}")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ImproperlyConfigured(f"BASE_URL must have no path, query or fragment: {value!r}")
    return f"{parts.scheme}://{parts.netloc}"


DEBUG = False
SECRET_KEY = env("SECRET_KEY")  # production.py refuses to start without a real one
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Applications, ordered so that imports run one way (see docs/architecture.md):
# core <- accounts <- cms <- courses <- assessments <- certificates <- reports <- lms.
INSTALLED_APPS = [
    "core",
    "accounts",
    "cms",
    "courses",
    "assessments",
    "certificates",
    "reports",
    "lms",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lms.middleware.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.LanguageCookieMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.middleware.PageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "lms.middleware.BadInputMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.SessionActivityMiddleware",
    "accounts.middleware.RequireStaffMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL (postgres://user:pass@host:5432/name) or the embedded SQLite file.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE takes the write lock at BEGIN, which avoids most "database is locked" errors
    # under concurrent writes; a busy timeout makes writers queue instead of failing at once.
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# django-allauth: e-mail is the login, verified before first use; enumeration is prevented
# (sign-up and password reset answer alike for known and unknown addresses).
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False  # a reset never skips the second factor
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False  # keep this session; usersessions ends the others
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[CT Academy] "
# allauth's own rate limits: 5 failed logins per account in 5 minutes (whatever the client IP
# claims), 10 a minute per IP; password resets and sign-ups limited too.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
}
# Links in allauth's e-mails (verification, password reset, notices) use BASE_URL, not the
# request's host (accounts.adapter).
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
# Clients are identified by REMOTE_ADDR unless the deployment says how many proxies to trust
# (docs/deploy.md); a forged X-Forwarded-For is then ignored.
ALLAUTH_TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "CT Academy"
MFA_RECOVERY_CODE_COUNT = 10
# Sessions' last-seen time and address are kept (and shown on the Sessions page), written by
# accounts.middleware.SessionActivityMiddleware at most once per interval per session; allauth's
# own middleware, which writes on every request, is not installed.
USERSESSIONS_TRACK_ACTIVITY = True
USERSESSIONS_ACTIVITY_INTERVAL = int(env("USERSESSIONS_ACTIVITY_INTERVAL", "300"))
# Paths where staff must have passed a second factor (accounts.middleware).
MFA_REQUIRED_PATH_PREFIXES = ["/admin/", "/reports/"]

# Wagtail's admin login goes through allauth (same rate limits and second factor); passwords
# are managed by allauth only.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False

# Internationalisation: British English is the house spelling; Saint Lucia's clock. Interface
# text is marked for translation; French is configured as the second language: a reader who
# chooses it in the footer reads the interface, and pages translated by editors, in French at
# the same addresses (lms.middleware.LanguageCookieMiddleware).
# Adding a translation is a .po file in locale/ (docs/translation.md); adding a language is a
# line in LANGUAGES (Kweyol, "acf", is not in Django's list of languages: docs/translation.md).
LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/St_Lucia"
USE_I18N = True
USE_TZ = True
# Editors can translate pages (Wagtail's locales and "Translate" action); untranslated pages
# are shown in English.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Static files are served by whitenoise; media by the web server or object storage.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
# Private files (certificate PDFs, completion reports, library documents) live outside
# MEDIA_ROOT and have no URL: they are served only by views that check who is asking.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private")))
PRIVATE_STORAGES = ("certificates", "reports", "documents")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Library and lesson documents are served by Wagtail's serve view after its permission hook.
    **{
        alias: {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": PRIVATE_MEDIA_ROOT / alias, "base_url": None},
        }
        for alias in PRIVATE_STORAGES
    },
}


def s3_storages(
    *,
    bucket: str,
    private_bucket: str | None = None,
    endpoint_url: str | None = None,
    region: str | None = None,
    access_key_id: str | None = None,
    secret_access_key: str | None = None,
    media_domain: str | None = None,
    object_acls: bool = True,
) -> dict:
    """Every file storage in an S3-compatible bucket (core.storage): media under `media/`,
    private files under `certificates/`, `reports/` and `documents/`, in `private_bucket` when
    given. Without keys, boto3 finds credentials itself (an instance role, AWS_* variables)."""
    common = {
        "endpoint_url": endpoint_url,
        "region_name": region,
        "access_key": access_key_id,
        "secret_key": secret_access_key,
    }
    if not object_acls:  # a bucket with ACLs disabled: its policy decides (docs/deploy.md)
        common["default_acl"] = None
    media = {"bucket_name": bucket, "location": "media", "custom_domain": media_domain}
    return {
        "default": {"BACKEND": "core.storage.MediaBucketStorage", "OPTIONS": common | media},
        "staticfiles": STORAGES["staticfiles"],
        **{
            alias: {
                "BACKEND": "core.storage.PrivateBucketStorage",
                "OPTIONS": common | {"bucket_name": private_bucket or bucket, "location": alias},
            }
            for alias in PRIVATE_STORAGES
        },
    }


def s3_media_origin(
    *, bucket: str, endpoint_url: str | None = None, media_domain: str | None = None
) -> str:
    """Where browsers fetch public renditions from (for the Content-Security-Policy): the
    custom domain, else the endpoint (path-style addresses), else AWS's bucket host."""
    if media_domain:
        return f"https://{media_domain}"
    if endpoint_url:
        parsed = urlsplit(endpoint_url)
        return f"{parsed.scheme}://{parsed.netloc}"
    return f"https://{bucket}.s3.amazonaws.com"


# An S3-compatible bucket (AWS S3, MinIO, Ceph, ...) when S3_BUCKET is set, so that several app
# servers and workers see the same files (docs/deploy.md); local folders otherwise.
S3_BUCKET = env("S3_BUCKET")
MEDIA_ORIGINS: list[str] = []
if S3_BUCKET:
    STORAGES = s3_storages(
        bucket=S3_BUCKET,
        private_bucket=env("S3_PRIVATE_BUCKET"),
        endpoint_url=env("S3_ENDPOINT_URL"),
        region=env("S3_REGION"),
        access_key_id=env("S3_ACCESS_KEY_ID"),
        secret_access_key=env("S3_SECRET_ACCESS_KEY"),
        media_domain=env("S3_MEDIA_CUSTOM_DOMAIN"),
        object_acls=env_bool("S3_OBJECT_ACLS", True),
    )
    MEDIA_ORIGINS = [
        s3_media_origin(
            bucket=S3_BUCKET,
            endpoint_url=env("S3_ENDPOINT_URL"),
            media_domain=env("S3_MEDIA_CUSTOM_DOMAIN"),
        )
    ]

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Cache: Redis when REDIS_URL is set (shared by every web process), else local memory; production
# refuses to start without it. allauth's rate limits and used-TOTP-code markers use the default
# cache (allauth has no setting of its own for them); so does django-ratelimit, which counts the
# certificate verifications.
RATELIMIT_USE_CACHE = "default"
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ctacademy",
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Celery: a broker from CELERY_BROKER_URL or REDIS_URL; none configured means tasks run eagerly
# in the calling process (the embedded default for a newcomer).
CELERY_BROKER_URL = env("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", CELERY_BROKER_URL)
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL is None
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_QUEUE", "celery")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_EXPIRES = 24 * 3600
# Nothing in the platform waits for a task's return value (the database records the outcome),
# and a task that stores a result makes `.delay()` talk to the result backend too: with Redis
# down that costs 20 s of reconnects and leaves the process's Celery app broken until restart.
# Tasks that are read back (lms.ping) say ignore_result=False themselves.
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
# A dead broker must never hang a learner's request: bounded connection attempts and publish
# retries, short socket timeouts. The database row is the source of truth; sweepers re-queue.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 2,
    "socket_timeout": 2,
    "max_retries": 1,
}
CELERY_TASK_PUBLISH_RETRY = True
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
# A worker process is replaced after 200 tasks or once it holds 400 MB (WeasyPrint renders).
CELERY_WORKER_MAX_TASKS_PER_CHILD = 200
CELERY_WORKER_MAX_MEMORY_PER_CHILD = 400_000  # KiB
CELERY_BEAT_SCHEDULE: dict = {}  # periodic tasks are declared in lms/celery.py

# Wagtail 8 runs its own background jobs (reference index, file deletion) through Django's tasks
# framework (the django-tasks backport on Django 5.2). Production hands them to Celery; dev and
# test run them immediately in-process.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Certificates (certificates/): who issues them when a template does not say, how often the
# public verification may be asked (per client address, below), the largest upload.
CERTIFICATE_AUTHORITY = env(
    "CERTIFICATE_AUTHORITY", "CT Academy · Counter-Trafficking Training Programme, Saint Lucia"
)
# Per client address (django-ratelimit, "count/period" with s, m, h or d), comma-separated rates
# each counted on its own.
CERTIFICATE_VERIFY_RATE_LIMITS = {"verify": "30/m,300/h", "verify_upload": "10/m"}
CERTIFICATE_UPLOAD_MAX_BYTES = 5 * 1024 * 1024

# Content-Security-Policy (django-csp 4) on the public site and the learner's pages: scripts,
# styles, fonts and images from this site only; videos embedded from YouTube (no-cookie) and
# Vimeo only. Wagtail's admin cannot yet run under a strict policy and is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],  # renditions in a bucket
        "font-src": ["'self'"],
        "media-src": ["'self'", "https:"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}

# E-mail: SMTP settings from the environment.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "CT Academy <no-reply@ctacademy.example>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# The site's public address: every absolute link that leaves the site (e-mails, including
# allauth's and Wagtail's, the certificate PDF and its QR code, the completion report) is built
# on it (core.links), never on the host a request came in on. `make run` sets it from HOST and
# PORT; production refuses to start without an https one.
BASE_URL = base_url_checked(env("BASE_URL", "http://127.0.0.1:8000"))

# Wagtail
WAGTAIL_SITE_NAME = "CT Academy"
WAGTAILADMIN_BASE_URL = BASE_URL  # links in Wagtail's own e-mails (moderation, notifications)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search_backend"}}
# Documents: the library's model (cms.LibraryDocument), always served through Wagtail's view
# (which runs cms.wagtail_hooks' permission check and sends `Content-Security-Policy:
# default-src 'none'` and nosniff). Only these extensions: no SVG, no HTML.
WAGTAILDOCS_DOCUMENT_MODEL = "cms.LibraryDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.forms.LibraryDocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024  # checked by Wagtail's document form
# Images: no SVG; 10 MB and 40 megapixels at most (a "pixel bomb" is refused before decoding).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Nothing Django handles may send a request body bigger than this (lms.middleware): a 200 MB
# upload is refused from its Content-Length before a byte of it is read. The reverse proxy
# should refuse it first (docs/deploy.md).
REQUEST_BODY_MAX_BYTES = 25 * 1024 * 1024

# Security headers that hold in every environment; production.py adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Demo data (manage.py seed_demo) is for development and CI only; production never allows it.
ALLOW_DEMO_DATA = False
DEMO_PASSWORD = env("DEMO_PASSWORD", "demo-pass-2026")
DEMO_TOTP_SECRET = env("DEMO_TOTP_SECRET", "JBSWY3DPEHPK3PXP")

# No Gravatar: the admin would send a hash of every staff e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
