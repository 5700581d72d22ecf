"""Reports at 10,000 learners (shared/QUALITY.md, item 22), on PostgreSQL.

10,000 learners (BENCH_LEARNERS to change) in 12 organisations, each enrolled in one or two
demo courses with pre-test and final attempts and certificates, are inserted in bulk. Then,
side by side in alternating rounds in one process:

- dashboard: the figures the dashboard shows (headline, four breakdowns, knowledge gain by
  course, monthly trend) through reports.selectors;
- hand-written SQL: one aggregate query per headline figure group, written directly;
- the dashboard page through Django's test client (the whole view, template and charts);
- the completion report PDF.

Targets: dashboard within 1 s and within 3 times the hand-written SQL; the PDF within 10 s.
Uses BENCH_DATABASE_URL, else a database `ctacademy_bench` on the local PostgreSQL (created,
emptied), else a temporary SQLite file (and says so)."""

import json
import os
import shutil
import subprocess
import tempfile
import time

from common import bench_env, migrate_and_seed, run_child

LEARNERS = int(os.environ.get("BENCH_LEARNERS", "10000"))
ROUNDS = 5
PSQL = shutil.which("psql") or "/usr/bin/psql"

RAW_SQL = """
SELECT COUNT(*), COUNT(e.started_at), COUNT(e.completed_at), AVG(r.best_final),
       COUNT(*) FILTER (WHERE r.has_sat_final), COUNT(*) FILTER (WHERE r.has_passed_final),
       AVG(r.first_pre_test) FILTER (WHERE r.latest_final IS NOT NULL),
       AVG(r.latest_final - r.first_pre_test),
       AVG((r.latest_final - r.first_pre_test) / NULLIF(100 - r.first_pre_test, 0)),
       COUNT(c.id),
       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY e.completed_at - e.enrolled_at)
FROM courses_enrolment e
LEFT JOIN assessments_enrolmentresult r ON r.enrolment_id = e.id
LEFT JOIN certificates_certificate c ON c.enrolment_id = e.id AND c.status = 'valid'
"""
RAW_MORE = [
    # by course, with titles
    """SELECT e.course_id, p.title, COUNT(*), COUNT(e.started_at), COUNT(e.completed_at),
              AVG(r.best_final), COUNT(*) FILTER (WHERE r.has_passed_final),
              COUNT(c.id)
       FROM courses_enrolment e JOIN wagtailcore_page p ON p.id = e.course_id
       LEFT JOIN assessments_enrolmentresult r ON r.enrolment_id = e.id
       LEFT JOIN certificates_certificate c ON c.enrolment_id = e.id AND c.status = 'valid'
       GROUP BY e.course_id, p.title""",
    # knowledge gain by course
    """SELECT e.course_id, COUNT(*), AVG(r.first_pre_test), AVG(r.latest_final),
              AVG(r.latest_final - r.first_pre_test)
       FROM courses_enrolment e JOIN assessments_enrolmentresult r ON r.enrolment_id = e.id
       WHERE r.first_pre_test IS NOT NULL AND r.latest_final IS NOT NULL GROUP BY e.course_id""",
    # monthly trend
    """SELECT date_trunc('month', enrolled_at), COUNT(*) FROM courses_enrolment GROUP BY 1""",
    """SELECT date_trunc('month', completed_at), COUNT(*) FROM courses_enrolment
       WHERE completed_at IS NOT NULL GROUP BY 1""",
    # registered learners
    """SELECT COUNT(*) FROM accounts_profile p JOIN accounts_user u ON u.id = p.user_id
       WHERE NOT u.is_staff""",
]
RAW_BREAKDOWN = """
SELECT p.{column}, COUNT(*), COUNT(e.started_at), COUNT(e.completed_at)
FROM courses_enrolment e JOIN accounts_profile p ON p.user_id = e.user_id
GROUP BY p.{column}
"""


def populate() -> None:
    import random

    rng = random.Random(7)
    users = _learners(rng)
    enrolments = _enrolments(rng, users)
    _results(rng, enrolments)


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
    users = User.objects.bulk_create(
        User(
            email=f"bench{n}@example.org",
            first_name="Bench",
            last_name=f"Learner {n}",
            password=password,
            date_joined=now - timedelta(days=rng.randint(0, 700)),
        )
        for n in range(LEARNERS)
    )
    Profile.objects.bulk_create(
        Profile(
            user=user,
            audience=rng.choice(Audience.values),
            organisation=rng.choice(organisations),
            sex=rng.choice(Sex.values),
        )
        for user in users
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
    return Enrolment.objects.bulk_create(enrolments, batch_size=2000)


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
                    course_title="Course",
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
    QuizAttempt.objects.bulk_create(attempts, batch_size=2000)
    Certificate.objects.bulk_create(certificates, batch_size=2000)
    EnrolmentResult.objects.bulk_create(results, batch_size=2000)


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


def _raw_sql(connection) -> None:
    with connection.cursor() as cursor:
        cursor.execute(RAW_SQL)
        cursor.fetchall()
        for column in ("audience", "organisation_id", "sex"):
            cursor.execute(RAW_BREAKDOWN.format(column=column))
            cursor.fetchall()
        for sql in RAW_MORE:
            cursor.execute(sql)
            cursor.fetchall()


def child() -> None:
    import django

    django.setup()
    from django.db import connection

    from accounts import roles
    from accounts.services import user_create
    from reports import pdf, selectors
    from reports.filters import ReportFilters

    populate()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    filters = ReportFilters()

    def dashboard_figures():
        selectors.headline(filters)
        for by in selectors.BREAKDOWNS:
            selectors.breakdown(filters, by)
        selectors.knowledge_gain_by_course(filters)
        selectors.monthly_trend(filters)

    from django.test import RequestFactory

    from reports.views import dashboard

    manager = user_create(
        email="bench-manager@example.org", password=None, role=roles.PROGRAMME_MANAGER
    )

    def page():
        # The view itself, with template and charts (the second-factor middleware is not
        # what is measured).
        request = RequestFactory().get("/reports/", HTTP_HOST="127.0.0.1")
        request.user = manager
        assert dashboard(request).status_code == 200

    def raw_sql():
        if connection.vendor == "postgresql":  # the hand-written aggregate is PostgreSQL's SQL
            _raw_sql(connection)

    timings = {"figures": [], "raw": [], "page": []}
    dashboard_figures()
    raw_sql()
    for _ in range(ROUNDS):
        for name, function in (("figures", dashboard_figures), ("raw", raw_sql), ("page", page)):
            began = time.perf_counter()
            function()
            timings[name].append(time.perf_counter() - began)
    began = time.perf_counter()
    data = pdf.completion_report_pdf(filters)
    pdf_seconds = time.perf_counter() - began
    from courses.models import Enrolment

    print(
        json.dumps(
            {
                "learners": LEARNERS,
                "enrolments": Enrolment.objects.count(),
                "figures": min(timings["figures"]),
                "raw": min(timings["raw"]),
                "page": min(timings["page"]),
                "pdf": pdf_seconds,
                "pdf_pages": data.count(b"/Type /Page\n") or None,
                "database": connection.vendor,
            }
        )
    )


def database_url(tmp: str) -> str:
    if os.environ.get("BENCH_DATABASE_URL"):
        return os.environ["BENCH_DATABASE_URL"]
    check = subprocess.run(
        [PSQL, "-h", "127.0.0.1", "-U", "postgres", "-tAc", "SELECT 1"],
        capture_output=True,
        text=True,
    )
    if check.returncode == 0:
        subprocess.run(
            [
                PSQL,
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-c",
                "DROP DATABASE IF EXISTS ctacademy_bench",
            ],
            capture_output=True,
        )
        subprocess.run(
            [PSQL, "-h", "127.0.0.1", "-U", "postgres", "-c", "CREATE DATABASE ctacademy_bench"],
            capture_output=True,
            check=True,
        )
        return "postgres://postgres@127.0.0.1:5432/ctacademy_bench"
    print(
        "PostgreSQL is not reachable: measuring on SQLite instead (the raw SQL needs PostgreSQL)."
    )
    return f"sqlite:///{tmp}/bench.sqlite3"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = bench_env(tmp, database_url(tmp))
        migrate_and_seed(env)
        figures = run_child(__file__, env)
    print(
        f"{figures['learners']} learners, {figures['enrolments']} enrolments "
        f"({figures['database']})"
    )
    print(
        f"dashboard figures (selectors): {figures['figures'] * 1000:.0f} ms (target under 1000 ms)"
    )
    print(f"hand-written SQL aggregates:   {figures['raw'] * 1000:.0f} ms")
    print(f"ratio dashboard / SQL: {figures['figures'] / figures['raw']:.2f} (target at most 3)")
    print(f"dashboard view with template and charts: {figures['page'] * 1000:.0f} ms")
    print(f"completion report PDF: {figures['pdf']:.1f} s (target under 10 s)")


if __name__ == "__main__":
    if os.environ.get("BENCH_CHILD"):
        child()
    else:
        main()
