"""Every figure of the dashboard, the breakdowns, the trend and the exports, checked against
numbers worked out by hand for the cohort of conftest.py."""

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from accounts.models import Sex
from reports import exports, selectors
from reports.filters import ReportFilters
from tests.factories.accounts import UserFactory

ALL = ReportFilters()
YEAR_2026 = ReportFilters(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31))
WOMEN = ReportFilters(sex=Sex.FEMALE)

# Worked out by hand from conftest.py:
# enrolments L1A (completed, pre 0, final 100 passed), L1B (not started), L2A (pre 50, final 50
# failed), L3A (pre 100, no final), L3B (completed), L4B (2025, completed).
# Days to complete: L1A 10, L3B 4, L4B 30.
EXPECTED = {
    ALL: dict(
        registered=4,
        enrolled=6,
        started=5,
        completed=3,
        completion_rate=50.0,
        median_days=10.0,
        average_final=75.0,
        pass_rate=50.0,
        gain_count=2,
        average_pre=25.0,
        average_post=75.0,
        average_gain=50.0,
        average_normalised_gain=0.5,
        certificates=3,
    ),
    YEAR_2026: dict(
        registered=4,
        enrolled=5,
        started=4,
        completed=2,
        completion_rate=40.0,
        median_days=7.0,
        average_final=75.0,
        pass_rate=50.0,
        gain_count=2,
        average_pre=25.0,
        average_post=75.0,
        average_gain=50.0,
        average_normalised_gain=0.5,
        certificates=2,
    ),
    WOMEN: dict(
        registered=2,
        enrolled=4,
        started=3,
        completed=2,
        completion_rate=50.0,
        median_days=7.0,
        average_final=100.0,
        pass_rate=100.0,
        gain_count=1,
        average_pre=0.0,
        average_post=100.0,
        average_gain=100.0,
        average_normalised_gain=1.0,
        certificates=2,
    ),
}


@pytest.mark.parametrize("filters", list(EXPECTED), ids=["all", "2026", "women"])
def test_headline_figures(cohort, filters):
    headline = selectors.headline(filters)
    assert {key: getattr(headline, key) for key in EXPECTED[filters]} == EXPECTED[filters]


def test_breakdowns(cohort):
    by_org = {row["label"]: row for row in selectors.breakdown(ALL, "organisation")}
    assert {
        k: (v["enrolled"], v["started"], v["completed"], v["certificates"])
        for k, v in by_org.items()
    } == {
        "Royal Saint Lucia Police Force": (3, 2, 1, 1),
        "Customs and Excise": (3, 3, 2, 2),
    }
    assert by_org["Royal Saint Lucia Police Force"]["completion_rate"] == 33.3
    assert by_org["Royal Saint Lucia Police Force"]["average_final"] == 75.0
    assert by_org["Royal Saint Lucia Police Force"]["pass_rate"] == 50.0
    by_course = {row["label"]: row for row in selectors.breakdown(ALL, "course")}
    assert (by_course["Course A"]["enrolled"], by_course["Course A"]["completed"]) == (3, 1)
    assert (by_course["Course B"]["enrolled"], by_course["Course B"]["completed"]) == (3, 2)
    assert by_course["Course B"]["average_final"] is None
    by_sex = {row["label"]: row["enrolled"] for row in selectors.breakdown(ALL, "sex")}
    assert by_sex == {"Female": 4, "Male": 2, "Prefer not to say": 0}
    gain = selectors.knowledge_gain_by_course(ALL)
    assert [
        (g["label"], g["learners"], g["average_gain"], g["average_normalised_gain"]) for g in gain
    ] == [("Course A", 2, 50.0, 0.5)]
    people = {
        row["organisation"]: (row["total"], row["female"], row["male"])
        for row in selectors.participants_by_organisation_and_sex(ALL)
    }
    assert people == {"Royal Saint Lucia Police Force": (2, 1, 1), "Customs and Excise": (2, 1, 1)}


def test_monthly_trend(cohort, monkeypatch):
    monkeypatch.setattr(selectors.timezone, "localdate", lambda: date(2026, 8, 20))
    trend = [
        (r["month"], r["enrolled"], r["completed"]) for r in selectors.monthly_trend(YEAR_2026)
    ]
    # Every month of the period, up to this one.
    assert trend == [
        (date(2026, 1, 1), 0, 0),
        (date(2026, 2, 1), 0, 0),
        (date(2026, 3, 1), 2, 1),
        (date(2026, 4, 1), 2, 0),
        (date(2026, 5, 1), 1, 1),
        (date(2026, 6, 1), 0, 0),
        (date(2026, 7, 1), 0, 0),
        (date(2026, 8, 1), 0, 0),
    ]
    everything = selectors.monthly_trend(ALL)
    assert (everything[0]["month"], everything[0]["enrolled"]) == (date(2025, 1, 1), 1)
    assert (everything[1]["month"], everything[1]["completed"]) == (date(2025, 2, 1), 1)


def test_drill_downs_list_the_learners_behind_each_figure(cohort):
    def names(figure, filters=ALL):
        return sorted(
            (e.user.last_name, e.course.title) for e in selectors.learners(filters, figure)
        )

    assert names("completed") == [("Four", "Course B"), ("One", "Course A"), ("Three", "Course B")]
    assert names("passed") == [("One", "Course A")]
    assert names("sat_final") == [("One", "Course A"), ("Two", "Course A")]
    assert names("certified", YEAR_2026) == [("One", "Course A"), ("Three", "Course B")]
    assert len(names("enrolled")) == 6 and len(names("started")) == 5


def _csv(table, filters, figure="enrolled"):
    text = "".join(
        exports.csv_stream(exports.table_lines(table=table, filters=filters, figure=figure))
    )
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def test_csv_exports_state_the_filters_and_hold_the_same_figures(cohort):
    rows = _csv("summary", YEAR_2026)
    assert rows[0] == ["CT Academy: Summary"] and rows[1][0].startswith("Generated 20")
    assert ["Period (enrolment dates)", "1 January 2026 to 31 December 2026"] in rows
    assert ["Completion rate (%)", "40.0"] in rows
    assert ["Median days to complete", "7.0"] in rows
    assert ["Certificates issued", "2"] in rows
    by_course = _csv("by_course", ALL)
    assert ["Course A", "3", "3", "1", "33.3", "75.0", "50.0", "1"] in by_course


def test_exported_cells_cannot_run_as_formulas(cohort):
    rows = _csv("learners", ALL)
    names = [row[0] for row in rows if len(row) > 5]
    assert '\'=HYPERLINK("http://x") Two' in names
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert exports.neutralise("+1 758 456 7890") == "'+1 758 456 7890"
    assert exports.neutralise(-5) == -5  # numbers stay numbers


def test_xlsx_export_matches(cohort):
    workbook = load_workbook(exports.xlsx_file(table="by_sex", filters=ALL), read_only=True)
    rows = [list(row) for row in workbook["By sex"].iter_rows(values_only=True)]
    female = next(r for r in rows if r and r[0] == "Female")
    assert female[1:4] == [4, 3, 2]
    about = [list(row) for row in workbook["About"].iter_rows(values_only=True)]
    assert ["Sex", "All"] in [r[:2] for r in about]
    learners = load_workbook(exports.xlsx_file(table="learners", filters=ALL), read_only=True)
    cells = [
        c
        for sheet in learners.worksheets
        for row in sheet.iter_rows(values_only=True)
        for c in row
        if isinstance(c, str)
    ]
    assert not any(c.startswith("=") for c in cells)


def test_erasing_a_learner_changes_no_total(cohort):
    from accounts.services import user_erase

    before = selectors.headline(ALL)

    def by_organisation():
        rows = selectors.breakdown(ALL, "organisation")
        return [{k: v for k, v in r.items() if k != "certificates_revoked"} for r in rows]

    by_org = by_organisation()
    user_erase(user=cohort.learners[0], actor=UserFactory(is_superuser=True))
    after = selectors.headline(ALL)
    # Every total holds; the erased learner's certificate now counts as "since revoked".
    assert (after.certificates_revoked, before.certificates_revoked) == (1, 0)
    after.certificates_revoked = 0
    assert after == before
    assert by_organisation() == by_org
    # The annex lists valid certificates only: the erased learner's is withdrawn.
    assert "(erased)" not in [c.holder_name for c in selectors.certified_participants(ALL)]
    assert selectors.certified_participants(ALL).count() == before.certificates - 1
