"""Helpers that drive the real login flow, second factor included."""

import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse

from accounts.demo import totp_enrol_with_secret

TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXP"
PASSWORD = "a-long-test-password"  # noqa: S105
DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105 - seed_demo's published password


def totp_code(secret: str = TEST_TOTP_SECRET, offset: int = 0, seconds: float = 3) -> str:
    """The TOTP code `offset` periods from now, taken with at least `seconds` of the current
    period left: the server accepts only the current period's code, so a code taken in the last
    moment of its period would already be stale when a busy machine's request checks it."""
    left = 30 - time.time() % 30
    if left < seconds:
        time.sleep(left + 0.2)
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


def totp_code_to_type(seconds: float = 10) -> str:
    """The current TOTP code, with at least `seconds` of its 30 left: typing and sending it in
    a browser takes a moment on a busy machine."""
    return totp_code(seconds=seconds)


def login_with_mfa(client, user, password: str = PASSWORD) -> None:
    """Log in through allauth: password, then the TOTP step (enrolling the user first)."""
    totp_enrol_with_secret(user=user, secret=TEST_TOTP_SECRET)
    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response.status_code == 302, response.content[:500]
    assert response["Location"] == reverse("mfa_authenticate"), response["Location"]
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response.status_code == 302, response.content[:2000]


def browser_log_in(page, base_url: str, email: str, password: str = DEMO_PASSWORD) -> None:
    """Log in through the login form in a Playwright page (learners: no second factor)."""
    page.goto(base_url + "/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()


def refused(response) -> bool:
    """Inside the Wagtail admin a permission failure redirects to the dashboard with a
    message; elsewhere it is a 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def test_database_url() -> str:
    """A URL for the database the tests are using (the test database, once created), for a
    subprocess such as a Celery worker."""
    from django.db import connection

    params = connection.settings_dict
    if params["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{params['NAME']}"
    user = params.get("USER") or ""
    password = f":{params['PASSWORD']}" if params.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    host = params.get("HOST") or "localhost"
    port = f":{params['PORT']}" if params.get("PORT") else ""
    return f"postgres://{auth}{host}{port}/{params['NAME']}"


def celery_worker_start(*, queue: str, log_path, database: bool = False):
    """A Celery worker subprocess (solo pool) on a queue of its own, against the test broker;
    with `database`, it uses the test database and the test run's private files."""
    import os
    import subprocess
    import sys

    from django.conf import settings

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "CELERY_BROKER_URL": settings.TEST_BROKER_URL,
        "CELERY_QUEUE": queue,
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
    }
    if database:
        env["DATABASE_URL"] = test_database_url()
    log = open(log_path, "w")  # noqa: SIM115 - handed to the process, closed by the caller
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "lms",
            "worker",
            "--pool=solo",
            "--concurrency=1",
            "--loglevel=INFO",
            "-Q",
            queue,
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-n",
            f"{queue}@%h",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    process.log = log
    return process


def celery_worker_stop(process) -> None:
    import subprocess

    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    process.log.close()


class TcpProxy:
    """A loopback TCP proxy in front of a server that a test can cut and restore: an outage as
    a client sees it (new connections refused, open ones dropped), without stopping the
    machine's own service."""

    def __init__(self, host: str, port: int):
        import socket
        import threading

        self.target = (host, port)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._lock = threading.Lock()
        self._sockets: list = []
        self._listener = None

    def start(self) -> "TcpProxy":
        import socket
        import threading

        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def _accept(self, listener) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.close()
                except OSError:
                    pass

    def cut(self) -> None:
        import socket

        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for end in sockets:
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            end.close()

    def restore(self) -> None:
        self.start()
