"""What the benchmarks share: a child process with its own database and files, whose last line
of output is its figures as JSON."""

import json
import os
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def bench_env(tmp: str, database_url: str) -> dict:
    """The environment of a benchmark: bench settings, its database, its files in `tmp` (never
    a bucket named by S3_*: the benchmark's certificates must not land in a real one), no broker
    (tasks run in the process)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("S3_")}
    env["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    env["DATABASE_URL"] = database_url
    env["PRIVATE_MEDIA_ROOT"] = f"{tmp}/private"
    env["MEDIA_ROOT"] = f"{tmp}/media"
    env["PYTHONPATH"] = str(ROOT)
    env.pop("CELERY_BROKER_URL", None)
    env.pop("REDIS_URL", None)
    return env


def migrate_and_seed(env: dict) -> None:
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "seed_demo"], env=env, check=True, cwd=ROOT, capture_output=True)


def run_child(script: str, env: dict) -> dict:
    """Run the benchmark's own file as the measuring child; return its JSON figures."""
    result = subprocess.run(
        [PYTHON, script],
        env={**env, "BENCH_CHILD": "1"},
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        print(result.stderr[-3000:])
        raise SystemExit(result.returncode)
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- A production server for the load benchmarks -------------------------------------------

PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/ctacademy_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")


def postgres_reset(url: str) -> str | None:
    """Drop and create the benchmark's PostgreSQL database; None when it worked, else why not."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    args = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)]
    args += ["-U", parts.username or "postgres"]
    name = parts.path.lstrip("/")
    try:
        for command in (["dropdb", *args, "--if-exists", name], ["createdb", *args, name]):
            command[0] = shutil.which(command[0]) or f"/usr/bin/{command[0]}"
            subprocess.run(command, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as error:
        return str(getattr(error, "stderr", b"") or error).strip()
    return None


def redis_flush(url: str) -> str | None:
    """Empty the benchmark's Redis database (cache and broker); None when it worked."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    command = [shutil.which("redis-cli") or "/usr/bin/redis-cli"]
    command += ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 6379)]
    command += ["-n", parts.path.lstrip("/") or "0", "flushdb"]
    try:
        subprocess.run(command, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as error:
        return str(getattr(error, "stderr", b"") or error).strip()
    return None


def production_env(tmp: str, database_url: str, static_root: str) -> dict:
    """The environment of the production settings (bench/settings_production.py) on this
    machine: a random secret, loopback host names, Redis for cache and broker (no worker: the
    web side only queues tasks, as in production), persistent database connections, static
    files collected, hashed and compressed."""
    import secrets

    env = bench_env(tmp, database_url)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings_production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        BASE_URL="https://127.0.0.1",
        REDIS_URL=REDIS_URL,
        DATABASE_CONN_MAX_AGE="600",
        STATIC_ROOT=static_root,
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    return env


def collectstatic(env: dict) -> None:
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Gunicorn:
    """gunicorn serving the project with 2 sync workers on a loopback port, as docs/deploy.md
    runs it behind nginx."""

    def __init__(self, env: dict, workers: int = 2):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        gunicorn = str(pathlib.Path(PYTHON).parent / "gunicorn")
        self.process = subprocess.Popen(
            [gunicorn, "lms.wsgi:application", "--workers", str(workers), "--bind",
             f"127.0.0.1:{self.port}", "--log-level", "warning"],
            env={**env, "PYTHONPATH": str(ROOT)},
            cwd=ROOT,
        )  # fmt: skip

    def wait_ready(self) -> None:
        import time
        import urllib.request

        for _ in range(200):
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=2).read()
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("gunicorn did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


def each_database(run) -> None:
    """`run(label, database_url, tmp, static_root)` on PostgreSQL (PG_URL, dropped and made
    again) and then SQLite, or the one that BENCH_ONLY names, in a temporary directory with the
    static files collected once under the production settings."""
    import tempfile

    only = os.environ.get("BENCH_ONLY", "").lower()
    with tempfile.TemporaryDirectory() as tmp:
        static_root = f"{tmp}/static"
        collectstatic(production_env(tmp, f"sqlite:///{tmp}/unused.sqlite3", static_root))
        if only in ("", "postgresql"):
            problem = postgres_reset(PG_URL)
            if problem:
                print(f"-- PostgreSQL skipped: {PG_URL}: {problem}")
            else:
                os.makedirs(f"{tmp}/pg")
                run("PostgreSQL", PG_URL, f"{tmp}/pg", static_root)
        if only in ("", "sqlite"):
            os.makedirs(f"{tmp}/sqlite")
            run("SQLite", f"sqlite:///{tmp}/sqlite/bench.sqlite3", f"{tmp}/sqlite", static_root)
