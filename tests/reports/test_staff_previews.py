"""Staff who enrol to preview a course (trainers, programme managers, administrators) are not
learners: no figure, breakdown, drill-down, export or report counts them. The cohort here has
ten learners, four of whom complete, and four staff previews, two of them completed; every
figure is checked against counts written straight in SQL."""

import csv
import io

import pytest
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
LEARNER_ENROLMENTS_SQL = """
    SELECT COUNT(*),
           SUM(CASE WHEN e.started_at IS NOT NULL THEN 1 ELSE 0 END),
           SUM(CASE WHEN e.completed_at IS NOT NULL THEN 1 ELSE 0 END),
           (SELECT COUNT(*) FROM certificates_certificate c
             WHERE c.enrolment_id IN (SELECT e2.id FROM courses_enrolment e2
                                        JOIN accounts_user u2 ON u2.id = e2.user_id
                                       WHERE u2.is_staff = %s AND u2.is_superuser = %s
                                         AND u2.id NOT IN (SELECT ug.user_id
                                               FROM accounts_user_groups ug
                                               JOIN auth_group g ON g.id = ug.group_id
                                              WHERE g.name IN (%s, %s, %s)))
               AND c.status <> 'superseded')
      FROM courses_enrolment e
      JOIN accounts_user u ON u.id = e.user_id
     WHERE u.is_staff = %s AND u.is_superuser = %s
       AND u.id NOT IN (SELECT ug.user_id FROM accounts_user_groups ug
                          JOIN auth_group g ON g.id = ug.group_id
                         WHERE g.name IN (%s, %s, %s))
"""
STAFF = [roles.TRAINER, roles.PROGRAMME_MANAGER, roles.ADMINISTRATOR]


def learner_counts_in_sql() -> dict:
    with connection.cursor() as cursor:
        cursor.execute(LEARNER_ENROLMENTS_SQL, [False, False, *STAFF, False, False, *STAFF])
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
    staff = [
        UserFactory(role=roles.TRAINER, organisation=organisation),
        UserFactory(role=roles.PROGRAMME_MANAGER, organisation=organisation),
        UserFactory(role=roles.ADMINISTRATOR, organisation=organisation),
        UserFactory(is_superuser=True, organisation=organisation),
    ]
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
