"""Project-level guarantees: migrations are complete, production settings are safe."""

import os
import re
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command


@pytest.mark.django_db
def test_migrations_are_up_to_date():
    # Exits non-zero (SystemExit) when a model change has no migration.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


# Not contacted: `check` only reads the settings (the cache connects on first use).
SOME_REDIS = "redis://127.0.0.1:6379/13"


def _manage(*args: str, **env_overrides: str) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "BASE_URL",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "REDIS_URL",
        }
    }
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        DATABASE_URL="sqlite:///:memory:",
        **env_overrides,
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check_with_no_warning():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="academy.example.lc",
        BASE_URL="https://academy.example.lc",
        REDIS_URL=SOME_REDIS,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "secret_key",
    [None, "short", "dev-only-insecure-key-never-use-in-production-xxxxxxxxxxxxxxxxxxxx"],
)
def test_production_refuses_to_start_without_a_real_secret_key(secret_key):
    overrides = {"ALLOWED_HOSTS": "academy.example.lc", "BASE_URL": "https://academy.example.lc"}
    overrides = {"ALLOWED_HOSTS": "academy.example.lc", "REDIS_URL": SOME_REDIS}
    if secret_key:
        overrides["SECRET_KEY"] = secret_key
    result = _manage("check", **overrides)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _manage("check", SECRET_KEY=secrets.token_urlsafe(64), REDIS_URL=SOME_REDIS)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        (None, "BASE_URL must be set"),
        ("http://academy.example.lc", "BASE_URL must be set to the site's public https"),
        ("https://elsewhere.example.lc", "BASE_URL's host must be one of ALLOWED_HOSTS"),
        ("https://academy.example.lc/academy/", "BASE_URL must have no path"),
    ],
)
def test_production_refuses_to_start_without_an_https_base_url(base_url, message):
    """Links in e-mails and the QR code on certificates are built on BASE_URL."""
    overrides = {"SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "academy.example.lc"}
    if base_url:
        overrides["BASE_URL"] = base_url
    result = _manage("check", **overrides)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_refuses_to_start_without_a_shared_cache():
    """Rate limits counted in each process's memory would not hold on several workers."""
    result = _manage(
        "check",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="a.example.lc",
        BASE_URL="https://a.example.lc",
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured: REDIS_URL must point at the Redis" in result.stderr
    assert "rate limits" in result.stderr


def test_the_style_sheet_closes_every_block_it_opens():
    """A brace lost in a merge silently drops every rule after it (it happened once)."""
    css = re.sub(
        r"/\*.*?\*/", "", (settings.BASE_DIR / "static/css/site.css").read_text(), flags=re.S
    )
    depth = 0
    for character in css:
        depth += {"{": 1, "}": -1}.get(character, 0)
        assert depth >= 0
    assert depth == 0
