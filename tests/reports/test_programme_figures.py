"""The dashboard's figures in one pass (selectors.programme_figures) say what the figures'
definitions (headline, breakdown, knowledge_gain_by_course) say, under every kind of filter,
and in fewer queries."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Audience, Sex
from reports import selectors
from reports.filters import ReportFilters
from tests.factories.accounts import UserFactory


def _filters(cohort):
    return {
        "all": ReportFilters(),
        "2026": ReportFilters(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31)),
        "women": ReportFilters(sex=Sex.FEMALE),
        "course B": ReportFilters(course_id=cohort.course_b.pk),
        "police": ReportFilters(organisation_id=cohort.org1.pk),
        "border": ReportFilters(audience=Audience.BORDER),
        "nobody": ReportFilters(date_from=date(2030, 1, 1)),
    }


def _separately(filters):
    known = selectors.categories()
    return selectors.ProgrammeFigures(
        headline=selectors.headline(filters),
        breakdowns={by: selectors.breakdown(filters, by, known) for by in selectors.BREAKDOWNS},
        gain_by_course=selectors.knowledge_gain_by_course(filters),
    )


@pytest.fixture
def varied(cohort):
    """The cohort, with a revoked certificate (an erasure) and a learner of no organisation
    and no stated sex, enrolled in course A."""
    from accounts.services import user_erase
    from courses.services import enrolment_create

    user_erase(user=cohort.learners[2], actor=UserFactory(is_superuser=True))
    loner = UserFactory(first_name="No", last_name="Organisation", organisation=None, sex="")
    enrolment_create(user=loner, course=cohort.course_a)
    return cohort


def test_one_pass_gives_the_figures_the_definitions_give(varied):
    for name, filters in _filters(varied).items():
        assert selectors.programme_figures(filters) == _separately(filters), name


def test_the_figures_are_not_empty_where_the_cohort_is_not(varied):
    figures = selectors.programme_figures(ReportFilters())
    assert figures.headline.enrolled == 7 and figures.headline.certificates_revoked == 1
    assert [row["label"] for row in figures.gain_by_course] == ["Course A"]
    organisations = [row["label"] for row in figures.breakdowns["organisation"]]
    assert organisations[-1] == "No organisation"


def test_one_pass_takes_fewer_queries(varied):
    known = selectors.categories()
    with CaptureQueriesContext(connection) as one_pass:
        selectors.programme_figures(ReportFilters(), known)
    with CaptureQueriesContext(connection) as separately:
        selectors.headline(ReportFilters())
        for by in selectors.BREAKDOWNS:
            selectors.breakdown(ReportFilters(), by, known)
        selectors.knowledge_gain_by_course(ReportFilters())
    # The cells, the median (PostgreSQL's percentile, or a count and the middle rows) and the
    # registrations; separately, the headline's pass, four breakdowns and the gain by course.
    median = 1 if connection.vendor == "postgresql" else 2
    assert len(one_pass) == 2 + median
    assert len(separately) == 7 + median
