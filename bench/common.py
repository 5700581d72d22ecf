"""What the benchmarks share: a child process with its own database and files, whose last line
of output is its figures as JSON."""

import json
import os
import pathlib
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
