"""Lesson pages under a training day (issue 17; shared/QUALITY.md, item 20).

The server is gunicorn with 2 sync workers running the production settings (persistent
database connections, Redis for cache and broker, hashed and compressed static files); the
load client is a process of its own on the same machine. On PostgreSQL (the headline, a
database `ctacademy_bench` that is emptied; BENCH_PG_URL to change) and then on SQLite.

Learners are enrolled in the open demo course and have submitted its pre-test, so that every
lesson opens: a lesson request counts only when it answers 200 with the lesson's outline
(`aria-current="page"`) in the page.

1. Throughput, side by side in alternating rounds: real lesson pages against a trivial Django
   view behind the same middleware, each read by 8 closed-loop clients signed in as learners.
   Target: the lesson page serves at least 0.5 of the trivial view's requests per second.
2. Two classes at once: 400 learners (BENCH_LEARNERS), each pausing 2-8 s (5 s on average)
   between steps, for 60 s (BENCH_LOAD_SECONDS): they read lessons, take quizzes (the quiz
   page, start, the attempt, submit, the result) and download their certificates. Target: p95
   under 300 ms, no errors, and every submission the client saw accepted is in the database.

Prints requests per second, p50/p95/p99 and errors, and the offered and served request rates.
BENCH_ONLY=postgresql or sqlite runs one database."""

import asyncio
import html
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import (
    PYTHON,
    REDIS_URL,
    ROOT,
    Gunicorn,
    bench_env,
    each_database,  # noqa: E402
    migrate_and_seed,
    production_env,
    redis_flush,
)

LEARNERS = int(os.environ.get("BENCH_LEARNERS", "400"))
CERTIFIED = 40  # learners who have completed the course and download their certificate
LOAD_SECONDS = float(os.environ.get("BENCH_LOAD_SECONDS", "60"))
THINK_SECONDS = (2.0, 8.0)
ROUND_SECONDS = 4.0
ROUNDS = 3
CONCURRENCY = 8
LESSON_MARK = b'aria-current="page"'


# --- The database's side (child processes with Django) -----------------------------------


def prepare() -> None:
    """Enrol LEARNERS learners in the open course with its pre-test submitted; CERTIFIED of them
    have completed it and hold its certificate; print sessions, URLs and codes as JSON."""
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from accounts.services import user_create
    from assessments import services as quiz_services
    from assessments.models import QuizKind, QuizPage
    from certificates.models import Certificate
    from courses import services as course_services
    from courses.models import AccessLevel, CoursePage, Enrolment, LessonPage

    course = CoursePage.objects.live().filter(access_level=AccessLevel.OPEN).first()
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    quizzes = list(QuizPage.objects.live().descendant_of(course).order_by("path"))
    pre_test = next(q for q in quizzes if q.kind == QuizKind.PRE_TEST)
    module_quizzes = [q for q in quizzes if q.kind != QuizKind.PRE_TEST]
    learners = []
    for n in range(LEARNERS):
        user = user_create(
            email=f"bench{n}@example.org", password=None, first_name="Bench", last_name=str(n)
        )
        course_services.enrolment_create(user=user, course=course)
        attempt = quiz_services.attempt_start(user=user, quiz=pre_test).attempt
        quiz_services.attempt_submit(attempt=attempt, user=user, data={})
        code = None
        if n < CERTIFIED:
            enrolment = Enrolment.objects.get(user=user, course=course)
            course_services.enrolment_complete(enrolment=enrolment)
            code = Certificate.objects.get(enrolment=enrolment).code
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        learners.append({"session": session.session_key, "certificate": code})
    print(
        json.dumps(
            {
                "learners": learners,
                "lessons": [p.url for p in lessons],
                "quizzes": [{"url": q.url, "id": q.pk} for q in module_quizzes],
            }
        )
    )


def submissions() -> None:
    """Print how many attempts of the benchmark's learners are submitted (pre-tests apart)."""
    import django

    django.setup()
    from assessments.models import AttemptState, QuizAttempt, QuizKind

    print(
        QuizAttempt.objects.filter(user__email__startswith="bench")
        .exclude(quiz__kind=QuizKind.PRE_TEST)
        .exclude(state=AttemptState.IN_PROGRESS)
        .count()
    )


# --- The load client (a process of its own) ----------------------------------------------


class Browser:
    """One learner's cookies over plain HTTP/1.1 requests to the server, as nginx would pass
    them on (X-Forwarded-Proto: https), on asyncio: one thread drives every learner, so what
    is timed is the server, not the client's own threads waiting for their turn. Redirects are
    not followed: each request is timed."""

    def __init__(self, base: str, session: str | None):
        parts = urllib.parse.urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.cookies = {"sessionid": session} if session else {}

    async def request(self, method: str, path: str, form: dict | None = None):
        body = b""
        headers = [
            f"{method} {path} HTTP/1.1",
            f"Host: {self.host}:{self.port}",
            "X-Forwarded-Proto: https",
            "Connection: close",
        ]
        if self.cookies:
            headers.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True).encode()
            headers += [
                "Content-Type: application/x-www-form-urlencoded",
                f"Content-Length: {len(body)}",
                f"Origin: https://{self.host}:{self.port}",
            ]
        start = time.perf_counter()
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(self.host, self.port), timeout=30
        )
        try:
            writer.write(("\r\n".join(headers) + "\r\n\r\n").encode() + body)
            await writer.drain()
            raw = await asyncio.wait_for(reader.read(), timeout=30)  # the server closes
        finally:
            writer.close()
        elapsed = time.perf_counter() - start
        head, _, content = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        location = None
        chunked = False
        for line in lines[1:]:
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
            elif name == "location":
                location = value
            elif name == "transfer-encoding" and "chunked" in value.lower():
                chunked = True
        if chunked:
            content = dechunk(content)
        return status, location, content, elapsed


def dechunk(data: bytes) -> bytes:
    out, rest = [], data
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out.append(rest[:size])
        rest = rest[size + 2 :]
    return b"".join(out)


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))] * 1000


def summary(latencies: list[float]) -> dict:
    return {
        "p50": percentile(latencies, 0.50),
        "p95": percentile(latencies, 0.95),
        "p99": percentile(latencies, 0.99),
    }


async def throughput(base: str, sessions: list[str], paths: list[str], check, seconds: float):
    """Requests per second from CONCURRENCY closed-loop clients for `seconds`; latencies and
    errors (a status other than 200, or a page failing `check`)."""
    done, errors, latencies = [0], [0], []
    deadline = time.perf_counter() + seconds

    async def client(index):
        rng = random.Random(index)
        browser = Browser(base, sessions[index % len(sessions)])
        while time.perf_counter() < deadline:
            try:
                status, _, content, elapsed = await browser.request("GET", rng.choice(paths))
                ok = status == 200 and check(content)
            except (TimeoutError, OSError, ValueError, IndexError):
                ok, elapsed = False, 0.0
            if ok:
                done[0] += 1
                latencies.append(elapsed)
            else:
                errors[0] += 1

    start = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(CONCURRENCY)))
    return done[0] / (time.perf_counter() - start), latencies, errors[0]


CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
ANSWER_FIELD = re.compile(rb'<input type="(radio|checkbox|text|hidden)"[^>]*? name="([^"]+)"')
VALUE = re.compile(rb'value="([^"]*)"')


def answers_of(page: bytes) -> dict:
    """A learner's answers to the attempt page's questions: the first option of each choice
    question, a word for each short answer; the `shown` fields and the form's token."""
    form: dict[str, list[str]] = {}
    for match in ANSWER_FIELD.finditer(page):
        kind, name = match.group(1).decode(), match.group(2).decode()
        tag = page[match.start() : page.index(b">", match.start())]
        value_match = VALUE.search(tag)
        value = html.unescape(value_match.group(1).decode()) if value_match else ""
        if name == "shown":
            form.setdefault("shown", []).append(value)
        elif kind == "text":
            form[name] = ["trafficking"]
        elif kind in {"radio", "checkbox"} and name not in form:
            form[name] = [value]
    token = CSRF_FIELD.search(page)
    form["csrfmiddlewaretoken"] = [token.group(1).decode() if token else ""]
    return form


def is_lesson(content: bytes) -> bool:
    return LESSON_MARK in content


def is_pdf(content: bytes) -> bool:
    return content.startswith(b"%PDF")


class Load:
    """Two classes at once: every learner reads, takes quizzes and downloads, pausing between
    steps. Offered: requests sent; served: those answered as expected."""

    def __init__(self, base: str, data: dict):
        self.base, self.data = base, data
        self.latencies: list[float] = []
        self.by_kind: dict[str, list[float]] = {}
        self.sent = self.errors = self.submitted = 0
        self.error_kinds: dict[str, int] = {}
        self.deadline = time.perf_counter() + LOAD_SECONDS

    async def step(self, browser, kind, method, path, expect, form=None, check=None):
        self.sent += 1
        try:
            status, location, content, elapsed = await browser.request(method, path, form)
            ok = status in expect and (check is None or check(content))
        except (TimeoutError, OSError, ValueError, IndexError) as error:
            status, location, content, ok = type(error).__name__, None, b"", False
        if ok:
            self.latencies.append(elapsed)
            self.by_kind.setdefault(kind, []).append(elapsed)
        else:
            self.errors += 1
            label = f"{kind} {status}"
            self.error_kinds[label] = self.error_kinds.get(label, 0) + 1
        return ok, location, content

    async def think(self, rng) -> bool:
        """Pause as a learner does; False when the load's time is up (a pause never runs past
        it, so the rates are over the load's own seconds, not diluted by the last pauses)."""
        pause = rng.uniform(*THINK_SECONDS)
        remaining = self.deadline - time.perf_counter()
        if pause >= remaining:
            await asyncio.sleep(max(0.0, remaining))
            return False
        await asyncio.sleep(pause)
        return True

    async def quiz(self, browser, rng, quiz) -> None:
        ok, _, page = await self.step(browser, "quiz page", "GET", quiz["url"], {200})
        token = CSRF_FIELD.search(page) if ok else None
        if not token or not await self.think(rng):
            return
        start = f"/learn/quizzes/{quiz['id']}/start/"
        form = {"csrfmiddlewaretoken": token.group(1).decode()}
        ok, attempt_url, _ = await self.step(browser, "start", "POST", start, {302}, form)
        if not ok or "/attempts/" not in (attempt_url or ""):
            return
        attempt_path = urllib.parse.urlsplit(attempt_url).path
        ok, _, page = await self.step(browser, "attempt", "GET", attempt_path, {200})
        if not ok or not await self.think(rng):
            return
        form = {**answers_of(page), "submit": ["1"]}
        ok, review_url, _ = await self.step(browser, "submit", "POST", attempt_path, {302}, form)
        if ok and "/review/" in (review_url or ""):
            self.submitted += 1
            review = urllib.parse.urlsplit(review_url).path
            await self.step(browser, "result", "GET", review, {200})

    async def learner(self, index: int) -> None:
        rng = random.Random(1000 + index)
        learner = self.data["learners"][index]
        lessons, quizzes = self.data["lessons"], list(self.data["quizzes"])
        rng.shuffle(quizzes)
        browser = Browser(self.base, learner["session"])
        position = rng.randrange(len(lessons))
        await asyncio.sleep(rng.uniform(0, THINK_SECONDS[1]))
        while time.perf_counter() < self.deadline:
            roll = rng.random()
            if roll < 0.15 and quizzes:
                await self.quiz(browser, rng, quizzes.pop())
            elif roll < 0.25 and learner["certificate"]:
                path = f"/certificates/{learner['certificate']}/pdf/"
                await self.step(browser, "certificate", "GET", path, {200}, check=is_pdf)
            else:
                lesson = lessons[position]
                await self.step(browser, "lesson", "GET", lesson, {200}, check=is_lesson)
                position = (position + 1) % len(lessons)
            if not await self.think(rng):
                break

    async def run(self) -> dict:
        start = time.perf_counter()
        await asyncio.gather(*(self.learner(i) for i in range(len(self.data["learners"]))))
        seconds = time.perf_counter() - start
        return {
            "seconds": seconds,
            "offered": self.sent / seconds,
            "served": len(self.latencies) / seconds,
            "requests": self.sent,
            "errors": self.errors,
            "error_kinds": self.error_kinds,
            "submitted": self.submitted,
            "kinds": {
                kind: {"count": len(seen), **summary(seen)} for kind, seen in self.by_kind.items()
            },
            **summary(self.latencies),
        }


async def measure_all(base: str, data: dict) -> dict:
    sessions = [learner["session"] for learner in data["learners"]][:CONCURRENCY]
    lessons = data["lessons"]
    await throughput(base, sessions, lessons, is_lesson, 2.0)  # warm both workers and caches
    rounds = {"trivial": [], "lesson": []}
    latencies = {"trivial": [], "lesson": []}
    errors = {"trivial": 0, "lesson": 0}
    for _ in range(ROUNDS):
        for kind, paths, check in [
            ("trivial", ["/bench/trivial/"], lambda content: content == b"ok"),
            ("lesson", lessons, is_lesson),
        ]:
            rate, seen, failed = await throughput(base, sessions, paths, check, ROUND_SECONDS)
            rounds[kind].append(rate)
            latencies[kind] += seen
            errors[kind] += failed
    figures = {
        kind: {"rate": statistics.median(rounds[kind]), "errors": errors[kind],
               **summary(latencies[kind])}
        for kind in rounds
    }  # fmt: skip
    figures["load"] = await Load(base, data).run()
    return figures


def client(base: str, data_file: str) -> None:
    """(The load client's process) Measure; print the figures as JSON."""
    with open(data_file) as f:
        data = json.load(f)
    print(json.dumps(asyncio.run(measure_all(base, data))))


# --- The benchmark -----------------------------------------------------------------------


def run_child(args: list[str], env: dict) -> str:
    result = subprocess.run(
        [PYTHON, __file__, *args], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if result.returncode:
        print(result.stderr[-3000:])
        raise SystemExit(result.returncode)
    return result.stdout.strip().splitlines()[-1]


def measure(label: str, database_url: str, tmp: str, static_root: str) -> dict:
    env = production_env(tmp, database_url, static_root)
    # Seeding and preparing run with the development settings on the same database and files
    # (the demo data is refused under production settings; tasks run in the process, so the
    # certificates are rendered), with the same secret, so the sessions stay valid.
    setup_env = {**bench_env(tmp, database_url), "SECRET_KEY": env["SECRET_KEY"]}
    migrate_and_seed(setup_env)
    data = json.loads(run_child(["prepare"], setup_env))
    data_file = f"{tmp}/data.json"
    with open(data_file, "w") as f:
        json.dump(data, f)
    problem = redis_flush(REDIS_URL)
    if problem:
        raise SystemExit(f"Redis at {REDIS_URL}: {problem}")
    server = Gunicorn(env)
    try:
        server.wait_ready()
        figures = json.loads(run_child(["client", server.base, data_file], env))
    finally:
        server.stop()
    figures["stored"] = int(run_child(["submissions"], setup_env))
    figures["label"] = label
    return figures


def report(f: dict) -> None:
    trivial, lesson, load = f["trivial"], f["lesson"], f["load"]
    ratio = lesson["rate"] / trivial["rate"]
    print(f"-- {f['label']} (gunicorn, 2 workers, production settings)")
    for kind, row in (("trivial view", trivial), ("lesson page", lesson)):
        print(
            f"{kind:13} {row['rate']:7.1f} requests/s  p50 {row['p50']:5.1f} ms  "
            f"p95 {row['p95']:5.1f} ms  p99 {row['p99']:5.1f} ms  {row['errors']} errors"
        )
    verdict = "meets" if ratio >= 0.5 and not lesson["errors"] else "MISSES"
    print(f"ratio lesson/trivial: {ratio:.2f} ({verdict} the target of at least 0.5)")
    lost = load["submitted"] - f["stored"]
    verdict = "meets" if load["p95"] < 300 and not load["errors"] and not lost else "MISSES"
    print(
        f"{LEARNERS} learners pausing {THINK_SECONDS[0]:.0f}-{THINK_SECONDS[1]:.0f} s for "
        f"{load['seconds']:.0f} s: offered {load['offered']:.1f} requests/s, served "
        f"{load['served']:.1f}/s; p50 {load['p50']:.0f} ms, p95 {load['p95']:.0f} ms, p99 "
        f"{load['p99']:.0f} ms; {load['errors']} errors {load['error_kinds'] or ''}; "
        f"{load['submitted']} quiz submissions accepted, {f['stored']} stored "
        f"({verdict} p95 < 300 ms, no errors, no lost submission)"
    )
    for kind, row in sorted(load["kinds"].items()):
        print(
            f"    {kind:12} {row['count']:6} requests  p50 {row['p50']:6.0f} ms  "
            f"p95 {row['p95']:6.0f} ms  p99 {row['p99']:6.0f} ms"
        )


def main() -> None:
    each_database(lambda *where: report(measure(*where)))


if __name__ == "__main__":
    if sys.argv[1:2] == ["prepare"]:
        prepare()
    elif sys.argv[1:2] == ["submissions"]:
        submissions()
    elif sys.argv[1:2] == ["client"]:
        client(sys.argv[2], sys.argv[3])
    else:
        main()
