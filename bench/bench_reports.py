"""Reports at 100,000 learners (issue 17, part 4; shared/QUALITY.md, item 22), on PostgreSQL
and on SQLite beside it.

100,000 learners (BENCH_LEARNERS to change) in 12 organisations, each enrolled in one or two
demo courses, with pre-test and final attempts, results and certificates, are inserted in bulk
with the development settings. Then a child process with the production settings (Redis cache,
persistent connections, hashed static files; requests as nginx forwards them) signs a programme
manager in through the real login and second factor, and measures, side by side in
alternating rounds (the best of ROUNDS):

- floor: hand-written SQL for the dashboard's figures (one aggregate per figure group, the
  same learners-only rule), in each database's own dialect;
- figures: the same figures through reports.selectors;
- dashboard: the whole page through the middleware (HTTP 200 and its headline checked);
- drill-down: its first page, and a page half-way down the list (by its cursor), through the
  middleware: the same time whatever the depth;
- CSV: the learners export through the middleware, read to its end (every row checked), and
  its floor: the export's own query run by hand and written straight to CSV.

Last, a fresh process makes the completion report PDF, as a worker does, and reports its time
and its peak memory (the worker's max-memory-per-child is 400 MB; the target is 300 MiB).

Targets: dashboard within 1 s and 3 times its floor; drill-down pages in constant time; CSV
within 2 times its floor; the PDF within 30 s and 300 MiB. BENCH_ONLY=postgresql or sqlite
runs one database."""

import csv
import io
import json
import os
import random
import resource
import sys
import time

from common import (
    REDIS_URL,
    ROOT,
    bench_env,
    each_database,
    migrate_and_seed,
    production_env,
    redis_flush,
)

LEARNERS = int(os.environ.get("BENCH_LEARNERS", "100000"))
ROUNDS = 5
MANAGER = "bench-manager@example.org"
PASSWORD = "bench-manager-password"  # noqa: S105 - a throwaway account of the bench database
SECRET = "JBSWY3DPEHPK3PXP"  # noqa: S105 - its authenticator's secret, bench only

# The learners-only rule of accounts.selectors.learner_accounts, by hand.
LEARNERS_SQL = """
SELECT u.id FROM accounts_user u
WHERE NOT u.is_staff AND NOT u.is_superuser AND NOT EXISTS (
  SELECT 1 FROM accounts_user_groups ug JOIN auth_group g ON g.id = ug.group_id
  WHERE ug.user_id = u.id AND g.name <> 'Learner')
"""
COHORT = f"""
FROM courses_enrolment e
LEFT JOIN assessments_enrolmentresult r ON r.enrolment_id = e.id
LEFT JOIN certificates_certificate c ON c.enrolment_id = e.id AND c.status <> 'superseded'
WHERE e.user_id IN ({LEARNERS_SQL})
"""
# The enrolments alone, for the figures that need no scores (median, monthly series).
ENROLMENTS = f"""
FROM courses_enrolment e
WHERE e.user_id IN ({LEARNERS_SQL})
"""
FIGURES = """COUNT(*), COUNT(e.started_at), COUNT(e.completed_at), AVG(r.best_final),
  SUM(CASE WHEN r.has_sat_final THEN 1 ELSE 0 END),
  SUM(CASE WHEN r.has_passed_final THEN 1 ELSE 0 END), COUNT(c.id),
  SUM(CASE WHEN c.status = 'revoked' THEN 1 ELSE 0 END)"""
GAIN = """AVG(CASE WHEN r.first_pre_test IS NOT NULL AND r.latest_final IS NOT NULL
              THEN r.first_pre_test END),
  AVG(CASE WHEN r.first_pre_test IS NOT NULL THEN r.latest_final END),
  AVG(r.latest_final - r.first_pre_test),
  AVG(CASE WHEN r.first_pre_test < 100 THEN
      CAST(r.latest_final - r.first_pre_test AS REAL) / (100 - r.first_pre_test) END)"""


MIDDLE_COUNT = "/* the median's count */ "


def floor_queries(vendor: str) -> list[str]:
    """The dashboard's figures, hand-written: the figures of every breakdown at once, the
    median, registrations, the two monthly series."""
    if vendor == "postgresql":
        month = "date_trunc('month', {field})"
        median = (
            "SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY e.completed_at - e.enrolled_at)"
            + ENROLMENTS
            + " AND e.completed_at IS NOT NULL"
        )
        medians = [median]
    else:  # SQLite has no percentile: count, then read the middle row, as the selector does
        month = "strftime('%Y-%m', {field})"
        medians = [
            MIDDLE_COUNT + "SELECT COUNT(*)" + ENROLMENTS + " AND e.completed_at IS NOT NULL",
            "SELECT julianday(e.completed_at) - julianday(e.enrolled_at) AS d"
            + ENROLMENTS
            + " AND e.completed_at IS NOT NULL ORDER BY d LIMIT 2 OFFSET {middle}",
        ]
    # The headline, the four breakdowns and the gain by course in one pass, as the dashboard
    # reads them (reports.selectors.programme_figures): grouped by all four keys at once.
    queries = [
        f"SELECT e.course_id, p.audience, p.organisation_id, p.sex, {FIGURES}, {GAIN}"
        + COHORT.replace("WHERE", "JOIN accounts_profile p ON p.user_id = e.user_id WHERE", 1)
        + " GROUP BY e.course_id, p.audience, p.organisation_id, p.sex",
        *medians,
    ]
    queries.append(
        "SELECT COUNT(*) FROM accounts_profile p WHERE p.user_id IN (" + LEARNERS_SQL + ")"  # noqa: S608 - constants
    )
    for field in ("e.enrolled_at", "e.completed_at"):
        queries.append(
            f"SELECT {month.format(field=field)}, COUNT(*)"
            + ENROLMENTS
            + f" AND {field} IS NOT NULL GROUP BY 1"
        )
    return queries


def floor(connection, queries: list[str]) -> None:
    with connection.cursor() as cursor:
        middle = 0
        for sql in queries:
            cursor.execute(sql.replace("{middle}", str(middle)))
            rows = cursor.fetchall()
            if sql.startswith(MIDDLE_COUNT):
                middle = max(rows[0][0] - 1, 0) // 2


# --- Seeding (development settings) --------------------------------------------------------


def populate() -> None:
    import django

    django.setup()
    from django.db import connection

    from accounts import roles
    from accounts.demo import totp_enrol_with_secret
    from accounts.services import user_create

    rng = random.Random(7)
    users = _learners(rng)
    enrolments = _enrolments(rng, users)
    _results(rng, enrolments)
    manager = user_create(
        email=MANAGER, password=PASSWORD, role=roles.PROGRAMME_MANAGER, email_verified=True
    )
    totp_enrol_with_secret(user=manager, secret=SECRET)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(json.dumps({"learners": len(users), "enrolments": len(enrolments)}))


def _learners(rng) -> list:
    from datetime import timedelta

    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from accounts.models import Audience, Organisation, Profile, Sex, User

    organisations = [
        Organisation.objects.get_or_create(
            name=f"Bench agency {n}", defaults={"audience": Audience.LAW_ENFORCEMENT}
        )[0]
        for n in range(12)
    ]
    password = make_password(None)
    now = timezone.now()
    surnames = [f"Surname{n:03d}" for n in range(400)]
    users = User.objects.bulk_create(
        (
            User(
                email=f"bench{n}@example.org",
                first_name=f"Bench{n % 97}",
                last_name=rng.choice(surnames),
                password=password,
                date_joined=now - timedelta(days=rng.randint(0, 700)),
            )
            for n in range(LEARNERS)
        ),
        batch_size=5000,
    )
    Profile.objects.bulk_create(
        (
            Profile(
                user=user,
                audience=rng.choice(Audience.values),
                organisation=rng.choice(organisations),
                sex=rng.choice(Sex.values),
            )
            for user in users
        ),
        batch_size=5000,
    )
    return users


def _enrolments(rng, users) -> list:
    from datetime import timedelta

    from courses.models import CoursePage, Enrolment

    courses = list(CoursePage.objects.all())
    enrolments = []
    for user in users:
        for course in rng.sample(courses, rng.choice([1, 2])):
            enrolled = user.date_joined + timedelta(days=rng.randint(0, 30))
            started = enrolled if rng.random() < 0.85 else None
            completed = (
                enrolled + timedelta(days=rng.randint(1, 90))
                if started and rng.random() < 0.6
                else None
            )
            enrolments.append(
                Enrolment(
                    user=user,
                    course=course,
                    enrolled_at=enrolled,
                    started_at=started,
                    completed_at=completed,
                    progress_percent=100 if completed else rng.randint(0, 99),
                )
            )
    return Enrolment.objects.bulk_create(enrolments, batch_size=5000)


def _results(rng, enrolments) -> None:
    """Attempts, certificates and the per-enrolment results that grading keeps in step."""
    from decimal import Decimal

    from django.utils import timezone

    from assessments.models import EnrolmentResult, QuizAttempt, QuizKind, QuizPage
    from certificates.codes import code_generate
    from certificates.models import Certificate, CertificateTemplate
    from courses.models import CoursePage

    quizzes = {
        (q.kind, course.pk): q
        for course in CoursePage.objects.all()
        for q in QuizPage.objects.descendant_of(course).filter(
            kind__in=[QuizKind.PRE_TEST, QuizKind.FINAL]
        )
    }
    attempts, certificates, results = [], [], []
    template = CertificateTemplate.objects.get(is_default=True)
    for e in enrolments:
        pre = rng.randint(10, 80) if e.started_at else None
        final = rng.randint(60, 100) if e.completed_at else None
        if pre is not None:
            attempts.append(
                _attempt(QuizAttempt, e, quizzes[(QuizKind.PRE_TEST, e.course_id)], pre)
            )
        if final is not None:
            quiz = quizzes[(QuizKind.FINAL, e.course_id)]
            attempts.append(_attempt(QuizAttempt, e, quiz, final))
            certificates.append(
                Certificate(
                    enrolment=e,
                    template=template,
                    code=code_generate(),
                    holder_name=f"Bench Learner {e.user_id}",
                    course_title=f"Course {e.course_id}",
                    issuing_authority="CT Academy",
                    completed_on=timezone.localdate(e.completed_at),
                )
            )
        if pre is not None or final is not None:
            results.append(
                EnrolmentResult(
                    enrolment=e,
                    first_pre_test=None if pre is None else Decimal(pre),
                    best_final=None if final is None else Decimal(final),
                    latest_final=None if final is None else Decimal(final),
                    has_sat_final=final is not None,
                    has_passed_final=final is not None and final >= 70,
                )
            )
    QuizAttempt.objects.bulk_create(attempts, batch_size=5000)
    Certificate.objects.bulk_create(certificates, batch_size=5000)
    EnrolmentResult.objects.bulk_create(results, batch_size=5000)


def _attempt(model, enrolment, quiz, percent):
    from decimal import Decimal

    return model(
        user_id=enrolment.user_id,
        quiz=quiz,
        enrolment=enrolment,
        number=1,
        state="graded",
        questions=[],
        started_at=enrolment.enrolled_at,
        submitted_at=enrolment.enrolled_at,
        score=Decimal(percent),
        max_score=Decimal(100),
        percent=Decimal(percent),
        has_passed=percent >= 70,
    )


# --- Measuring (production settings) -------------------------------------------------------


def signed_in_client():
    """A test client as a browser behind nginx, signed in as the manager through the login
    form and the authenticator code (the second factor the reports require)."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    response = client.post("/accounts/login/", {"login": MANAGER, "password": PASSWORD})
    assert response.status_code == 302, response.status_code
    assert response["Location"] == "/accounts/2fa/authenticate/", response["Location"]
    left = 30 - time.time() % 30
    if left < 3:
        time.sleep(left + 0.2)
    code = format_hotp_value(hotp_value(SECRET, int(time.time()) // 30))
    response = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 302, response.status_code
    assert "/accounts/" not in response["Location"], response["Location"]
    return client


def csv_floor(connection, queryset) -> int:
    """The export's own query, run by hand and written straight to CSV; its rows."""
    sql, params = queryset.query.sql_with_params()
    out = io.StringIO()
    writer = csv.writer(out)
    rows = 0
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while batch := cursor.fetchmany(2000):
            writer.writerows(batch)
            rows += len(batch)
            out.seek(0)
            out.truncate()
    return rows


def measure() -> None:
    import django

    django.setup()
    from django.db import connection

    from courses.models import Enrolment
    from reports import exports, selectors
    from reports.filters import ReportFilters

    everyone = ReportFilters()
    enrolments = Enrolment.objects.count()
    client = signed_in_client()
    queries = floor_queries(connection.vendor)
    order = list(selectors.learners(everyone).values_list("pk", flat=True))
    middle = order[len(order) // 2]
    export_query = selectors.learners(everyone).values_list(*exports.LEARNER_FIELDS)

    def figures():
        selectors.programme_figures(everyone, selectors.categories())
        selectors.monthly_trend(everyone)

    def page(path: str, must: str) -> None:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code, response.get("Location"))
        assert must in response.content.decode(), (path, must)

    def export() -> bytes:
        """The file as a browser receives it; checked in full once, outside the timings."""
        response = client.get("/reports/export/learners.csv")
        assert response.status_code == 200, response.status_code
        body = b"".join(response.streaming_content)
        assert body.count(b"\n") > enrolments, "a short file"
        return body

    def check_export() -> None:
        lines = list(csv.reader(io.StringIO(export().decode("utf-8-sig"))))
        header = lines.index([str(c) for c in exports.TABLES["learners"].columns])
        assert len(lines) - header - 1 == enrolments, (len(lines), header, enrolments)

    def csv_floor_rows() -> None:
        assert csv_floor(connection, export_query) == enrolments

    tasks = {
        "floor": lambda: floor(connection, queries),
        "figures": figures,
        "dashboard": lambda: page("/reports/", "Headline figures"),
        "first_page": lambda: page("/reports/learners/", 'rel="next"'),
        "deep_page": lambda: page(f"/reports/learners/?after={middle}", 'rel="prev"'),
        "csv_floor": csv_floor_rows,
        "csv": export,
    }
    check_export()
    for task in tasks.values():  # warm: plans, caches, the first session writes
        task()
    timings = {name: [] for name in tasks}
    for _ in range(ROUNDS):
        for name, task in tasks.items():
            began = time.perf_counter()
            task()
            timings[name].append(time.perf_counter() - began)
    print(
        json.dumps(
            {
                "enrolments": enrolments,
                "database": connection.vendor,
                **{name: min(values) for name, values in timings.items()},
            }
        )
    )


def report_pdf() -> None:
    """(A fresh process, as a worker) The completion report for everyone: time, peak memory."""
    import django

    django.setup()
    from pypdf import PdfReader

    from reports import pdf
    from reports.filters import ReportFilters

    began = time.perf_counter()
    data = pdf.completion_report_pdf(ReportFilters())
    seconds = time.perf_counter() - began
    reader = PdfReader(io.BytesIO(data))
    assert "enrolments" in " ".join(reader.pages[1].extract_text().split())
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "pages": len(reader.pages),
                "attached": sorted(reader.attachments),
                "bytes": len(data),
            }
        )
    )


# --- The benchmark -------------------------------------------------------------------------


def child(step: str, env: dict) -> dict:
    import subprocess

    result = subprocess.run(
        [sys.executable, __file__, step], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if result.returncode:
        print(result.stderr[-3000:])
        raise SystemExit(result.returncode)
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(label: str, database_url: str, tmp: str, static_root: str) -> None:
    env = production_env(tmp, database_url, static_root)
    setup_env = {**bench_env(tmp, database_url), "SECRET_KEY": env["SECRET_KEY"]}
    began = time.perf_counter()
    migrate_and_seed(setup_env)
    seeded = child("populate", setup_env)
    seeding = time.perf_counter() - began
    problem = redis_flush(REDIS_URL)
    if problem:
        print(f"-- {label}: Redis at {REDIS_URL} is needed by the production settings: {problem}")
        return
    f = child("measure", env)
    made = child("pdf", env)
    ms = {k: f[k] * 1000 for k in f if k not in ("enrolments", "database")}
    print(
        f"-- {label}: {seeded['learners']} learners, {f['enrolments']} enrolments "
        f"(seeded in {seeding:.0f} s); best of {ROUNDS} rounds, production settings"
    )
    print(f"dashboard figures, SQL floor:   {ms['floor']:7.0f} ms")
    print(f"dashboard figures, selectors:   {ms['figures']:7.0f} ms")
    print(
        f"dashboard page, via middleware: {ms['dashboard']:7.0f} ms "
        f"(target under 1000 ms); ratio to the floor {f['dashboard'] / f['floor']:.2f} "
        "(target at most 3)"
    )
    print(
        f"drill-down, first page:         {ms['first_page']:7.0f} ms; half-way down: "
        f"{ms['deep_page']:.0f} ms (ratio {f['deep_page'] / f['first_page']:.2f}, target ~1)"
    )
    print(
        f"learners CSV, via middleware:   {ms['csv']:7.0f} ms; floor {ms['csv_floor']:.0f} ms; "
        f"ratio {f['csv'] / f['csv_floor']:.2f} (target at most 2)"
    )
    print(
        f"completion report PDF:          {made['seconds']:7.1f} s, peak memory "
        f"{made['peak_mib']:.0f} MiB (targets 30 s, 300 MiB); {made['pages']} pages, "
        f"attached: {', '.join(made['attached']) or 'nothing'}"
    )


def main() -> None:
    each_database(run)


if __name__ == "__main__":
    step = sys.argv[1:2]
    if step == ["populate"]:
        populate()
    elif step == ["measure"]:
        measure()
    elif step == ["pdf"]:
        report_pdf()
    else:
        main()
