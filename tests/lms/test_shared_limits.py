"""Limits that hold on several workers: two web processes (gunicorn, one worker each, as two
machines would run them) on the same Redis share every count, so a limit reached through one
is enforced by the other.

Two processes, not two cache clients inside this one: what must hold is that nothing a process
keeps to itself (its memory, a connection's state, a prefix of its own) takes part in counting,
and only separate processes show that. Production refuses to start without Redis
(tests/lms/test_project.py)."""

import os
import socket
import subprocess
import sys
import time
import uuid

import pytest
import requests
from django.conf import settings

from tests import helpers

pytestmark = [
    pytest.mark.redis,
    pytest.mark.slow,
    # One worker runs the module, so that its two web processes start once.
    pytest.mark.xdist_group("shared-limits"),
    # The web processes read (and may write) the test database: nothing may hold it locked.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

STARTUP_SECONDS = 60
# Both processes are asked for the same site, as behind a load balancer: allauth's per-account
# login limit is kept per site (the host name) and per address.
SITE = {"Host": "localhost"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_serving(base_url: str, process) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, f"{base_url} exited with {process.returncode}"
        try:
            if requests.get(f"{base_url}/healthz", timeout=10).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{base_url} did not answer /healthz in {STARTUP_SECONDS} s")


@pytest.fixture(scope="module")
def web_processes(django_db_setup, tmp_path_factory):
    """Two gunicorn processes sharing the test database and one Redis cache (REDIS_URL: the
    `redis` tier), under a key prefix of this module's own: started once for the module (each
    takes seconds to start), their counts emptied before every test (`two_web_processes`).
    Yields (base URLs, the Redis client, the prefix)."""
    import redis

    redis_url = settings.REDIS_URL
    prefix = f"limits-{uuid.uuid4().hex}"
    client = redis.Redis.from_url(redis_url)
    logs = tmp_path_factory.mktemp("web-processes")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": helpers.test_database_url(),
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        "TEST_SHARED_CACHE_URL": redis_url,
        "TEST_SHARED_CACHE_PREFIX": prefix,
    }
    processes, urls = [], []
    try:
        for name in ("a", "b"):
            port = _free_port()
            log = open(logs / f"web-{name}.log", "w")  # noqa: SIM115 - closed below
            process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
                [sys.executable, "-m", "gunicorn", "lms.wsgi:application", "--workers", "1"]
                + ["--bind", f"127.0.0.1:{port}", "--timeout", "60"],
                cwd=settings.BASE_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            process.log = log
            processes.append(process)
            urls.append(f"http://127.0.0.1:{port}")
        for url, process in zip(urls, processes, strict=True):
            _wait_until_serving(url, process)
        yield urls, client, prefix
    finally:
        for process in processes:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            process.log.close()
        _forget(client, prefix)


def _forget(client, prefix: str) -> None:
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.fixture
def two_web_processes(web_processes):
    """The base URLs of the two processes, every count of theirs starting from nothing (what
    the module's last test counted goes with the processes)."""
    urls, client, prefix = web_processes
    _forget(client, prefix)
    return urls


def _form_post(session: requests.Session, base_url: str, path: str, data: dict) -> int:
    """POST a form as a browser does: the page first, for its CSRF cookie and token."""
    session.get(f"{base_url}{path}", headers=SITE, timeout=10)
    token = session.cookies.get("csrftoken")
    response = session.post(
        f"{base_url}{path}",
        data={**data, "csrfmiddlewaretoken": token},
        headers=SITE,
        allow_redirects=False,
        timeout=10,
    )
    return response.status_code


def test_certificate_verification_limit_reached_on_one_process_holds_on_the_other(
    two_web_processes,
):
    first, second = two_web_processes
    path = "/certificates/verify/NOT-A-CODE/"  # counted before the code is even read
    statuses = [requests.get(first + path, headers=SITE, timeout=10).status_code for _ in range(5)]
    assert 429 not in statuses, statuses
    assert requests.get(second + path, headers=SITE, timeout=10).status_code == 429


@pytest.mark.parametrize(
    ("path", "allowed", "data"),
    [
        # allauth: 5 failed logins per account in 5 minutes.
        ("/accounts/login/", 5, {"login": "target@example.org", "password": "wrong-password"}),
        # allauth: 5 password resets a minute per address.
        ("/accounts/password/reset/", 5, {"email": "target@example.org"}),
        # allauth: 20 sign-up attempts a minute per client address.
        ("/accounts/signup/", 20, {"email": "not-an-address"}),
    ],
    ids=["login", "password-reset", "sign-up"],
)
def test_allauth_limits_reached_on_one_process_hold_on_the_other(
    two_web_processes, path, allowed, data
):
    first, second = two_web_processes
    session = requests.Session()
    statuses = [_form_post(session, first, path, data) for _ in range(allowed)]
    assert 429 not in statuses, statuses
    assert _form_post(session, second, path, data) == 429
