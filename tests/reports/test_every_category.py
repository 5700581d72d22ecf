"""Breakdowns show every category, zero included: every audience and sex in the order of their
choices, every published course and active organisation by name, learners without an
organisation last; only the chosen one when a filter chooses one. The trend shows every month
of the period. Counted in the database, filled in from the choices and rows: the number of
queries stays the same."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Audience, Sex
from courses.services import enrolment_create
from reports import selectors
from reports.filters import ReportFilters
from tests.factories.accounts import OrganisationFactory, UserFactory
from tests.factories.courses import course_create

ALL = ReportFilters()


@pytest.fixture
def quiet(cohort):
    """The hand-worked cohort, plus an agency nobody from the cohort works for, an inactive
    one, a published course nobody took, an unpublished one, and a learner with no agency."""
    OrganisationFactory(name="Office of the Director of Public Prosecutions")
    OrganisationFactory(name="Defunct Unit", is_active=False)
    course_create(title="Course C (nobody yet)", modules=1, lessons=1)
    draft = course_create(title="Course D (draft)", modules=1, lessons=1)
    draft.unpublish()
    loner = UserFactory(first_name="Nadia", last_name="None", sex=Sex.FEMALE)
    enrolment_create(user=loner, course=cohort.course_b)
    return cohort


def labels(by, filters=ALL):
    return [(row["label"], row["enrolled"]) for row in selectors.breakdown(filters, by)]


def test_every_audience_and_sex_is_shown_in_the_order_of_the_choices(quiet):
    audiences = labels("audience")
    assert [label for label, _ in audiences] == [str(label) for label in Audience.labels]
    assert dict(audiences)["Other"] == 7 and dict(audiences)["Media"] == 0
    assert labels("sex") == [("Female", 5), ("Male", 2), ("Prefer not to say", 0)]
    empty = selectors.breakdown(ALL, "sex")[2]
    assert (empty["completion_rate"], empty["pass_rate"], empty["average_final"]) == (None,) * 3
    assert (empty["certificates"], empty["started"]) == (0, 0)


def test_every_active_organisation_and_published_course_is_shown(quiet):
    assert labels("organisation") == [
        ("Customs and Excise", 3),
        ("Office of the Director of Public Prosecutions", 0),
        ("Royal Saint Lucia Police Force", 3),
        ("No organisation", 1),
    ]
    assert labels("course") == [("Course A", 3), ("Course B", 4), ("Course C (nobody yet)", 0)]
    people = selectors.participants_by_organisation_and_sex(ALL)
    assert [(r["organisation"], r["total"], r["female"], r["male"]) for r in people] == [
        ("Customs and Excise", 2, 1, 1),
        ("Office of the Director of Public Prosecutions", 0, 0, 0),
        ("Royal Saint Lucia Police Force", 2, 1, 1),
        ("No organisation", 1, 1, 0),
    ]


def test_a_chosen_category_is_the_only_one_shown(quiet):
    assert labels("sex", ReportFilters(sex=Sex.MALE)) == [("Male", 2)]
    assert labels("audience", ReportFilters(audience=Audience.MEDIA)) == [("Media", 0)]
    chosen = ReportFilters(organisation_id=quiet.org1.pk)
    assert labels("organisation", chosen) == [("Royal Saint Lucia Police Force", 3)]
    assert labels("course", ReportFilters(course_id=quiet.course_a.pk)) == [("Course A", 3)]


def test_the_trend_shows_every_month_of_the_period(cohort, monkeypatch):
    monkeypatch.setattr(selectors.timezone, "localdate", lambda: date(2026, 7, 15))

    def trend(**period):
        rows = selectors.monthly_trend(ReportFilters(**period))
        return [(r["month"].strftime("%Y-%m"), r["enrolled"], r["completed"]) for r in rows]

    assert trend(date_from=date(2026, 2, 10), date_to=date(2026, 6, 30)) == [
        ("2026-02", 0, 0),
        ("2026-03", 2, 1),
        ("2026-04", 2, 0),
        ("2026-05", 1, 1),
        ("2026-06", 0, 0),
    ]
    # Never past this month; without a period, from the first month with figures to the last.
    assert trend(date_from=date(2026, 5, 1), date_to=date(2027, 12, 31))[-1] == ("2026-07", 0, 0)
    everything = trend()
    assert (everything[0], everything[-1], len(everything)) == (
        ("2025-01", 1, 0),
        ("2026-05", 1, 1),
        17,
    )
    assert ("2025-06", 0, 0) in everything
    # A period of centuries: the months with figures, not a thousand empty ones.
    assert len(trend(date_from=date(1900, 1, 1))) == 5
    assert trend(date_from=date(2030, 1, 1)) == []


def queries(function, *args) -> int:
    with CaptureQueriesContext(connection) as captured:
        function(*args)
    return len(captured)


def test_filling_in_the_categories_costs_no_query_per_row(quiet):
    known = selectors.categories()
    for by in selectors.BREAKDOWNS:
        assert queries(selectors.breakdown, ALL, by, known) == 1
    assert queries(selectors.participants_by_organisation_and_sex, ALL, known) == 1
    assert queries(selectors.categories) == 2
    assert queries(selectors.monthly_trend, ALL) == 2
    for n in range(5):
        OrganisationFactory(name=f"New agency {n}")
        course_create(title=f"New course {n}", modules=0)
    known = selectors.categories()
    assert len(selectors.breakdown(ALL, "organisation", known)) == 9
    assert queries(selectors.breakdown, ALL, "organisation", known) == 1
    assert queries(selectors.breakdown, ALL, "course", known) == 1
