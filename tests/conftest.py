"""Shared fixtures and the test tiers.

Tiers: `celery_worker` needs a reachable Redis broker; `redis` needs a reachable Redis
(REDIS_URL) for tests that share it between processes; `browser` needs Playwright and Debian's
/usr/bin/chromium; `s3` needs moto's standalone server (tests/core/test_storage.py starts it on
loopback) and django-storages with boto3. `make test` runs every tier whose services are
reachable and skips the others with the reason. With REQUIRE_ALL_TIERS=1 (CI) a tier that
cannot run fails instead of skipping.
"""

import importlib.util
import os
import socket
from functools import cache
from urllib.parse import urlparse

import pytest
from django.conf import settings

REQUIRE_ALL_TIERS = os.environ.get("REQUIRE_ALL_TIERS", "").lower() in {"1", "true", "yes"}
CHROMIUM = "/usr/bin/chromium"
TIERS = ("celery_worker", "redis", "browser", "s3")


def pytest_configure(config):
    config.addinivalue_line("markers", "redis: needs a reachable Redis (REDIS_URL)")


def broker_url() -> str | None:
    return getattr(settings, "TEST_BROKER_URL", None)


@cache
def _reachable(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 6379), timeout=1):
            return True
    except OSError:
        return False


def tier_unavailable(marker: str) -> str | None:
    """Why a tier cannot run here, or None when it can."""
    if marker == "celery_worker":
        url = broker_url()
        if not url:
            return "no broker configured (set REDIS_URL to run the Celery worker tier)"
        if not _reachable(url):
            return f"broker {urlparse(url).netloc} is unreachable"
    if marker == "redis":
        url = getattr(settings, "REDIS_URL", None)
        if not url:
            return "no Redis configured (set REDIS_URL to run the redis tier)"
        if not _reachable(url):
            return f"Redis {urlparse(url).netloc} is unreachable"
    if marker == "browser":
        if not os.path.exists(CHROMIUM):
            return f"{CHROMIUM} is not installed (apt-get install chromium)"
        try:
            import playwright  # noqa: F401
        except ImportError:
            return "playwright is not installed"
    if marker == "s3":
        # Looked for, not imported: the server runs in a process of its own.
        for module in ("moto", "flask", "flask_cors", "storages", "boto3"):
            if importlib.util.find_spec(module) is None:
                return f"{module} is not installed (pip install -e '.[dev]')"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """How `make test`'s workers share the suite (pytest-xdist, `--dist loadgroup`): the tests of
    a module that seeds the demo once (`demo_seeded`) run on one worker, which then seeds it
    once instead of every worker seeding it; and the slow and browser tests are handed out
    first, so that the run ends on short tests filling both workers rather than on one worker
    finishing a long test while the other waits. (pytest-django then moves the tests that flush
    the database to the end, keeping this order within each part.)"""
    for item in items:
        if "demo_seeded" in item.fixturenames:
            item.add_marker(pytest.mark.xdist_group(item.module.__name__))
    if getattr(config.option, "loadgroup", False):  # set on xdist workers under --dist loadgroup
        _name_the_groups(items)
    items.sort(key=lambda item: not any(item.get_closest_marker(m) for m in ("slow", "browser")))


def _name_the_groups(items) -> None:
    """pytest-xdist 3.8 tells its scheduler a test's group by appending `@group` to the node id
    through `item._nodeid`, which pytest 9.2 no longer reads (the id is `item._id`, structured):
    every group is then scattered over the workers without a word
    (https://github.com/pytest-dev/pytest-xdist/issues/1386). Append it where pytest 9.2 reads
    it, as xdist's pending fix does; on a pytest that still reads `_nodeid`, xdist does it."""
    try:
        from _pytest.nodeid import NodeId
    except ImportError:
        return
    for item in items:
        names = {
            str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
            for mark in item.iter_markers("xdist_group")
        }
        if names and isinstance(getattr(item, "_id", None), NodeId):
            item._id = NodeId.parse(f"{item.nodeid}@{'_'.join(sorted(names))}")


def pytest_runtest_setup(item):
    for marker in TIERS:
        if item.get_closest_marker(marker):
            reason = tier_unavailable(marker)
            if reason and REQUIRE_ALL_TIERS:
                pytest.fail(f"{marker} tier required but cannot run: {reason}", pytrace=False)
            if reason:
                pytest.skip(f"{marker} tier skipped: {reason}")


def pytest_report_header(config):
    lines = []
    for marker in TIERS:
        reason = tier_unavailable(marker)
        lines.append(f"tier {marker}: {'runs' if reason is None else 'skipped: ' + reason}")
    lines.append(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
    return lines


@pytest.fixture
def redis_url() -> str:
    """A reachable Redis URL, for tests that talk to the real broker or cache."""
    url = broker_url()
    reason = None if url and _reachable(url) else "Redis is not configured or unreachable"
    if reason and REQUIRE_ALL_TIERS:
        pytest.fail(reason, pytrace=False)
    if reason:
        pytest.skip(reason)
    return url


@pytest.fixture(autouse=True)
def _default_language():
    """Every request activates its reader's language in the thread that serves it
    (lms.middleware.LanguageCookieMiddleware) and nothing switches it back: a test that asked
    for a page in French would leave French to the next test of its worker. Start each test in
    the default language."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate-limit counters and used-TOTP markers live in the cache: start each test clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def artifacts_dir():
    """Where tests leave screenshots and rendered files for people to look at."""
    path = settings.BASE_DIR / "artifacts"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(scope="session", autouse=True)
def _private_files():
    """Certificate PDFs written by the tests go to a folder of this run's; removed at the end."""
    import shutil

    root = settings.PRIVATE_MEDIA_ROOT
    yield root
    if "artifacts" in str(root):
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(autouse=True)
def _celery_join_flag():
    """Celery marks "inside a task" with a process-wide flag while an eager task runs; eager
    tasks in several threads at once (the concurrency tests) can leave it set, which would make
    a later test's `result.get()` refuse to wait. Start each test with it cleared."""
    from celery._state import _set_task_join_will_block

    _set_task_join_will_block(False)
    yield


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network connection attempted: {args!r}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture(scope="module")
def demo_seeded(django_db_setup, django_db_blocker):
    """`manage.py seed_demo` once for a module's tests, on the empty test database: seeded in
    a transaction that is rolled back when the module ends; each test runs in a savepoint of
    its own inside it (pytest-django's usual rollback), so every test starts from the freshly
    seeded demo and none sees another's changes. Seeding takes tens of seconds on PostgreSQL:
    once per module instead of once per test. Only for tests marked `django_db` without
    `transaction=True` (a live server or another connection cannot see the seeded rows)."""
    import io

    from django.core.management import call_command
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
