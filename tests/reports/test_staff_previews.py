"""Staff who enrol to preview a course (trainers, programme managers, administrators, members of
Wagtail's Editors or any other admin group, `is_staff` and superusers) are not learners: no
figure, breakdown, drill-down, export or report counts them, in the reports or in the admin.
The cohort here has ten learners, four of whom complete, and six staff previews, two of them
completed; a second cohort sits a pre-test and a final assessment beside staff who ace them.
Every figure is checked against numbers written straight in SQL, where a learner is an account
in no group but Learner (the rule written here, not read from the code)."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.urls import reverse
from pypdf import PdfReader

from accounts import roles
from accounts.models import Audience, Sex
from courses.services import enrolment_create, item_complete
from reports import exports, pdf, selectors
from reports.filters import ReportFilters
from tests.factories.accounts import OrganisationFactory, UserFactory
from tests.factories.courses import course_create, lessons_of
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db

ALL = ReportFilters()
# The accounts that count: not staff, not superusers, in no group but Learner.
LEARNERS_SQL = """
    SELECT u.id FROM accounts_user u
     WHERE u.is_staff = %s AND u.is_superuser = %s
       AND NOT EXISTS (SELECT 1 FROM accounts_user_groups ug
                         JOIN auth_group g ON g.id = ug.group_id
                        WHERE ug.user_id = u.id AND g.name <> %s)
"""
LEARNERS_PARAMS = [False, False, roles.LEARNER]
LEARNER_ENROLMENTS_SQL = """
    SELECT COUNT(*),
           SUM(CASE WHEN e.started_at IS NOT NULL THEN 1 ELSE 0 END),
           SUM(CASE WHEN e.completed_at IS NOT NULL THEN 1 ELSE 0 END),
           (SELECT COUNT(*) FROM certificates_certificate c
              JOIN courses_enrolment e2 ON e2.id = c.enrolment_id
             WHERE e2.user_id IN (LEARNERS) AND c.status <> 'superseded')
      FROM courses_enrolment e
     WHERE e.user_id IN (LEARNERS)
""".replace("LEARNERS", LEARNERS_SQL)


def staff_of_every_kind(**fields) -> list:
    editors, _ = Group.objects.get_or_create(name="Editors")
    editor = UserFactory(**fields)
    editor.groups.add(editors)
    return [
        UserFactory(role=roles.TRAINER, **fields),
        UserFactory(role=roles.PROGRAMME_MANAGER, **fields),
        UserFactory(role=roles.ADMINISTRATOR, **fields),
        UserFactory(is_superuser=True, **fields),
        editor,
        UserFactory(is_staff=True, **fields),
    ]


def learner_counts_in_sql() -> dict:
    with connection.cursor() as cursor:
        cursor.execute(LEARNER_ENROLMENTS_SQL, LEARNERS_PARAMS * 2)
        enrolled, started, completed, certificates = cursor.fetchone()
    return {
        "enrolled": enrolled,
        "started": started,
        "completed": completed,
        "completion_rate": round(100 * completed / enrolled, 1),
        "certificates": certificates,
    }


@pytest.fixture
def previewed_cohort():
    organisation = OrganisationFactory(name="Royal Saint Lucia Police Force")
    course = course_create(title="First response", modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    learners = [
        UserFactory(
            organisation=organisation,
            audience=Audience.OTHER,
            sex=Sex.FEMALE if n % 2 else Sex.MALE,
        )
        for n in range(10)
    ]
    for n, learner in enumerate(learners):
        enrolment_create(user=learner, course=course)
        if n < 4:
            item_complete(user=learner, item=lesson)
    staff = staff_of_every_kind(organisation=organisation)
    for n, person in enumerate(staff):
        enrolment_create(user=person, course=course)
        if n < 2:
            item_complete(user=person, item=lesson)
    return course, learners, staff


def test_the_headline_counts_learners_only(previewed_cohort):
    expected = learner_counts_in_sql()
    assert expected == {
        "enrolled": 10,
        "started": 4,
        "completed": 4,
        "completion_rate": 40.0,
        "certificates": 4,
    }
    headline = selectors.headline(ALL)
    assert {key: getattr(headline, key) for key in expected} == expected
    assert headline.registered == 10


@pytest.mark.parametrize("by", list(selectors.BREAKDOWNS))
def test_every_breakdown_counts_learners_only(previewed_cohort, by):
    rows = selectors.breakdown(ALL, by)
    expected = learner_counts_in_sql()
    assert sum(row["enrolled"] for row in rows) == expected["enrolled"]
    assert sum(row["completed"] for row in rows) == expected["completed"]
    assert sum(row["certificates"] for row in rows) == expected["certificates"]


def test_trend_participants_gain_and_drill_downs_count_learners_only(previewed_cohort):
    _, learners, staff = previewed_cohort
    trend = selectors.monthly_trend(ALL)
    assert sum(row["enrolled"] for row in trend) == 10
    people = selectors.participants_by_organisation_and_sex(ALL)
    assert sum(row["total"] for row in people) == 10
    for figure in ("enrolled", "completed", "certified"):
        ids = set(selectors.learners(ALL, figure).values_list("user_id", flat=True))
        assert ids and ids <= {learner.pk for learner in learners}
    certified = {c.enrolment.user_id for c in selectors.certified_participants(ALL)}
    assert certified.isdisjoint({person.pk for person in staff}) and len(certified) == 4


def test_exports_say_who_is_counted_and_count_learners_only(previewed_cohort):
    rows = list(csv.reader(io.StringIO("".join(exports.csv_stream(
        exports.table_lines(table="summary", filters=ALL)
    )))))  # fmt: skip
    values = {row[0]: row[1] for row in rows if len(row) == 2}
    assert values["Who is counted"] == selectors.WHO_IS_COUNTED
    assert values["Enrolled"] == "10" and values["Completion rate (%)"] == "40.0"
    learners = "".join(exports.csv_stream(exports.table_lines(table="learners", filters=ALL)))
    for person in previewed_cohort[2]:
        assert person.email not in learners


def test_the_dashboard_and_the_completion_report_count_learners_only(previewed_cohort, client):
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    html = client.get(reverse("reports_dashboard")).content.decode()
    assert "are not counted" in html
    page = client.get(reverse("reports_learners"), {"figure": "enrolled"}).content.decode()
    for person in previewed_cohort[2]:
        assert person.email not in page
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(io.BytesIO(pdf.completion_report_pdf(ALL))).pages
    )
    assert "are not counted" in text
    assert "completion rate of 40%" in text and "36.4%" not in text


# Per learner of a quiz: their best graded score, whether any attempt passed, and their first
# and latest score (each sits once here, so first = latest = best).
QUIZ_SQL = """
    SELECT COUNT(*), AVG(best), SUM(passed)
      FROM (SELECT a.user_id, MAX(a.percent) AS best,
                   MAX(CASE WHEN a.has_passed THEN 1 ELSE 0 END) AS passed
              FROM assessments_quizattempt a
             WHERE a.quiz_id = %s AND a.state = 'graded' AND a.user_id IN (LEARNERS)
             GROUP BY a.user_id) per_learner
""".replace("LEARNERS", LEARNERS_SQL)
GAIN_SQL = """
    SELECT COUNT(*), AVG(post.percent - pre.percent)
      FROM assessments_quizattempt pre
      JOIN assessments_quizattempt post ON post.user_id = pre.user_id
     WHERE pre.quiz_id = %s AND post.quiz_id = %s
       AND pre.state = 'graded' AND post.state = 'graded'
       AND pre.user_id IN (LEARNERS)
""".replace("LEARNERS", LEARNERS_SQL)


def quiz_in_sql(quiz) -> tuple[int, float, int]:
    with connection.cursor() as cursor:
        cursor.execute(QUIZ_SQL, [quiz.pk, *LEARNERS_PARAMS])
        sat, average, passed = cursor.fetchone()
    return sat, float(average), int(passed)


def gain_in_sql(pre, final) -> tuple[int, float]:
    with connection.cursor() as cursor:
        cursor.execute(GAIN_SQL, [pre.pk, final.pk, *LEARNERS_PARAMS])
        count, average = cursor.fetchone()
    return count, float(average)


@pytest.fixture
def tested_cohort():
    """Six learners sit the pre-test (all fail) and the final (two pass); six staff of every
    kind preview the course and pass both, which would lift every score if they counted."""
    from assessments.models import QuizKind
    from assessments.services import attempt_start, attempt_submit
    from tests.factories.assessments import (
        correct_answers,
        question_create,
        quiz_add,
        wrong_answers,
    )

    course = course_create(title="Victim identification", modules=1, lessons=0)
    module = course.get_children().get().specific
    pre = quiz_add(module, questions=[question_create()], kind=QuizKind.PRE_TEST, is_required=False)
    final = quiz_add(module, questions=[question_create()], kind=QuizKind.FINAL, is_required=False)

    def sit(user, quiz, right: bool):
        attempt = attempt_start(user=user, quiz=quiz).attempt
        data = correct_answers(attempt) if right else wrong_answers(attempt)
        attempt_submit(attempt=attempt, user=user, data=data)

    learners = [UserFactory() for _ in range(6)]
    for n, learner in enumerate(learners):
        enrolment_create(user=learner, course=course)
        sit(learner, pre, right=False)
        sit(learner, final, right=n < 2)
    staff = staff_of_every_kind()
    for person in staff:
        enrolment_create(user=person, course=course)
        sit(person, pre, right=True)
        sit(person, final, right=True)
    return course, pre, final, learners, staff


def test_scores_pass_rate_and_gain_count_learners_only(tested_cohort):
    course, pre, final, learners, staff = tested_cohort
    sat, average_final, passed = quiz_in_sql(final)
    gain_count, average_gain = gain_in_sql(pre, final)
    assert (sat, passed, gain_count) == (6, 2, 6)  # the figures the cohort was built to give
    headline = selectors.headline(ALL)
    assert headline.enrolled == 6
    assert headline.average_final == round(average_final, 1)
    assert headline.pass_rate == pytest.approx(round(100 * passed / sat, 1))
    assert headline.gain_count == gain_count
    assert float(headline.average_gain) == round(average_gain, 1)
    assert float(headline.average_pre) == 0.0


def test_the_admins_course_and_quiz_figures_count_learners_only(tested_cohort):
    from assessments import selectors as quiz_selectors
    from courses import selectors as course_selectors

    course, pre, final, learners, staff = tested_cohort
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    sat, average_final, passed = quiz_in_sql(final)
    counts = learner_counts_in_sql()  # the only course
    listed = course_selectors.courses_managed_by(user=manager).get(pk=course.pk)
    assert (listed.enrolled_count, listed.completed_count) == (6, counts["completed"])
    enrolled = course_selectors.course_learners(course=course)
    assert {e.user_id for e in enrolled} == {learner.pk for learner in learners}
    quizzes = {q.pk: q for q in quiz_selectors.quizzes_followed_by(user=manager)}
    assert quizzes[final.pk].graded_count == sat
    assert float(quizzes[final.pk].average_percent) == pytest.approx(average_final)
    results = quiz_selectors.quiz_results(quiz=final)
    assert len(results.attempts) == sat and sum(results.distribution) == sat
    assert results.items[0].attempts == sat
    listing = quiz_selectors.quiz_graded_attempts(quiz=final)
    assert {a.user_id for a in listing} == {learner.pk for learner in learners}
    gain = quiz_selectors.course_knowledge_gain(course=course)
    gain_count, average_gain = gain_in_sql(pre, final)
    assert gain.count == gain_count and float(gain.average_gain) == round(average_gain, 2)


def test_the_admins_quiz_screens_say_who_is_counted(tested_cohort, client):
    course, pre, final, learners, staff = tested_cohort
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    for url in (
        reverse("assessments_admin:results", args=[final.pk]),
        reverse("assessments_admin:attempts", args=[final.pk]),
        reverse("assessments_admin:quizzes"),
        reverse("courses_admin:courses"),
        reverse("courses_admin:learners", args=[course.pk]),
    ):
        html = client.get(url).content.decode()
        assert "who enrol to preview a course are not counted" in html, url
