"""Lesson page under load (shared/QUALITY.md, item 20), on gunicorn with 2 workers, loopback only.

1. Throughput of a lesson page for a signed-in, enrolled learner against a trivial Django view on
   the same server, measured side by side in alternating rounds. Target: at least 1/3.
2. 100 simulated learners, each opening the next lesson after 1-5 s of think time (3 s on
   average: far quicker than anyone reads a lesson) for 20 s, from the same 2-core machine.
   Target: p95 under 500 ms, no errors.

The database is a fresh SQLite file with the demo catalogue, unless BENCH_DATABASE_URL names
another (a PostgreSQL database that may be emptied)."""

import json
import os
import pathlib
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
PYTHON = sys.executable
LEARNERS = 100
ROUND_SECONDS = 4.0
ROUNDS = 3
CONCURRENCY = 8
LOAD_SECONDS = 20.0
THINK_SECONDS = (1.0, 5.0)


def prepare() -> None:
    """(Child process) Enrol LEARNERS learners in the public course; print their session keys
    and the course's lesson URLs as JSON."""
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from accounts.models import User
    from accounts.services import user_create
    from courses.models import AccessLevel, CoursePage, LessonPage
    from courses.services import enrolment_create

    course = CoursePage.objects.filter(access_level=AccessLevel.OPEN).first()
    lessons = [p.url for p in LessonPage.objects.live().descendant_of(course).order_by("path")]
    sessions = []
    for n in range(LEARNERS):
        email = f"bench{n}@example.org"
        user = User.objects.filter(email=email).first() or user_create(
            email=email, password=None, first_name="Bench", last_name=str(n)
        )
        enrolment_create(user=user, course=course)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append(session.session_key)
    print(json.dumps({"sessions": sessions, "lessons": lessons}))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, session: str | None = None) -> float:
    request = urllib.request.Request(url)
    if session:
        request.add_header("Cookie", f"sessionid={session}")
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=10) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url}: {response.status}")
    return time.perf_counter() - start


def throughput(urls_and_sessions, seconds: float) -> float:
    """Requests per second with CONCURRENCY closed-loop clients for `seconds`."""
    done = [0] * CONCURRENCY
    deadline = time.perf_counter() + seconds

    def client(index):
        rng = random.Random(index)
        while time.perf_counter() < deadline:
            get(*rng.choice(urls_and_sessions))
            done[index] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CONCURRENCY)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / (time.perf_counter() - start)


def load(base: str, sessions: list[str], lessons: list[str]) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + LOAD_SECONDS

    def learner(index):
        rng = random.Random(1000 + index)
        time.sleep(rng.uniform(0, THINK_SECONDS[1]))
        position = rng.randrange(len(lessons))
        while time.perf_counter() < deadline:
            try:
                elapsed = get(base + lessons[position], sessions[index])
                with lock:
                    latencies.append(elapsed)
            except Exception:  # noqa: BLE001 - counted as an error
                with lock:
                    errors[0] += 1
            position = (position + 1) % len(lessons)
            time.sleep(rng.uniform(*THINK_SECONDS))

    threads = [threading.Thread(target=learner, args=(i,)) for i in range(len(sessions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors[0]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "CELERY_BROKER_URL"}}
        env["DJANGO_SETTINGS_MODULE"] = "bench.settings"
        env["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
        env["PYTHONPATH"] = str(ROOT)
        manage = [PYTHON, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
        subprocess.run([*manage, "seed_demo"], env=env, check=True, cwd=ROOT, capture_output=True)
        prepared = subprocess.run(
            [PYTHON, __file__, "prepare"], env=env, check=True, cwd=ROOT, capture_output=True
        )
        data = json.loads(prepared.stdout.decode().strip().splitlines()[-1])
        sessions, lessons = data["sessions"], data["lessons"]

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [
                str(pathlib.Path(PYTHON).parent / "gunicorn"),
                "lms.wsgi:application",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=ROOT,
        )
        try:
            for _ in range(100):
                try:
                    get(base + "/bench/trivial/")
                    break
                except OSError:
                    time.sleep(0.1)
            lesson_targets = [(base + url, s) for url in lessons for s in sessions[:8]]
            trivial_targets = [(base + "/bench/trivial/", s) for s in sessions[:8]]
            throughput(lesson_targets, 1.0)  # warm both workers
            lesson_rates, trivial_rates = [], []
            for _ in range(ROUNDS):
                trivial_rates.append(throughput(trivial_targets, ROUND_SECONDS))
                lesson_rates.append(throughput(lesson_targets, ROUND_SECONDS))
            lesson_rate = statistics.median(lesson_rates)
            trivial_rate = statistics.median(trivial_rates)
            ratio = lesson_rate / trivial_rate
            print(f"trivial view:  {trivial_rate:7.1f} requests/s (median of {ROUNDS} rounds)")
            print(f"lesson page:   {lesson_rate:7.1f} requests/s, signed-in enrolled learner")
            verdict = "meets" if ratio >= 1 / 3 else "MISSES"
            print(f"ratio lesson/trivial: {ratio:.2f} ({verdict} the target of at least 0.33)")

            latencies, errors = load(base, sessions, lessons)
            latencies.sort()
            p95 = latencies[int(len(latencies) * 0.95) - 1] * 1000 if latencies else float("nan")
            p50 = latencies[len(latencies) // 2] * 1000 if latencies else float("nan")
            verdict = "meets" if p95 < 500 and not errors else "MISSES"
            print(
                f"{LEARNERS} learners, think time {THINK_SECONDS[0]:.0f}-{THINK_SECONDS[1]:.0f} s, "
                f"{LOAD_SECONDS:.0f} s: {len(latencies)} "
                f"requests, p50 {p50:.0f} ms, p95 {p95:.0f} ms, {errors} errors "
                f"({verdict} p95 < 500 ms, no errors)"
            )
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    if sys.argv[1:] == ["prepare"]:
        prepare()
    else:
        main()
