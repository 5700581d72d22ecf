"""Sentences and figures read as a person writes them: plurals, "the same day", 40% rather than
40.0%, no "None" and no "0 learners ... 0 started"."""

from dataclasses import replace

import pytest
from django.utils import translation

from reports import wording
from reports.selectors import Headline

FULL = Headline(
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
    certificates_revoked=0,
)
EMPTY = Headline(
    registered=0,
    enrolled=0,
    started=0,
    completed=0,
    completion_rate=None,
    median_days=None,
    average_final=None,
    pass_rate=None,
    gain_count=0,
    average_pre=None,
    average_post=None,
    average_gain=None,
    average_normalised_gain=None,
    certificates=0,
    certificates_revoked=0,
)


@pytest.mark.parametrize(
    ("value", "percent", "points", "days"),
    [
        (None, "—", "—", "—"),
        (0, "0%", "0 points", "Same day"),
        (0.3, "0.3%", "0.3 points", "Under a day"),
        (1, "1%", "1 point", "1 day"),
        (1.0, "1%", "1 point", "1 day"),
        (1.5, "1.5%", "1.5 points", "1.5 days"),
        (7.04, "7%", "7 points", "7 days"),
        (33.33, "33.3%", "33.3 points", "33.3 days"),
        (100.0, "100%", "100 points", "100 days"),
    ],
)
def test_figures(value, percent, points, days):
    assert (wording.percent(value), wording.points(value), wording.days(value)) == (
        percent,
        points,
        days,
    )


def test_figures_use_the_readers_decimal_mark():
    with translation.override("fr"):
        assert wording.number(33.3) == "33,3"


def summary(headline, **changes) -> str:
    return " ".join(wording.executive_summary(replace(headline, **changes)))


def test_the_full_summary():
    assert summary(FULL) == (
        "4 learners registered on the platform in the period. The courses counted 5 enrolments "
        "in the period: 4 started and 2 completed (a completion rate of 40%). Half of those who "
        "completed did so within 7 days of enrolling. The average final assessment score was "
        "75%, and 50% of those who sat it passed. Across the 2 enrolments whose learners sat "
        "both the pre-test and the final assessment, scores rose from 25% to 75% on average: a "
        "gain of 50 points. The normalised gain (the share of the possible improvement "
        "achieved) was 0.50. 2 certificates were issued."
    )


def test_an_empty_period_says_so_without_zeros_or_none():
    text = summary(EMPTY)
    assert text == (
        "No learner registered on the platform in the period. Nobody enrolled in a course in "
        "the period. No certificate was issued."
    )
    assert "None" not in text and "0" not in text


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"registered": 1}, "1 learner registered on the platform"),
        (
            {"enrolled": 1, "started": 1, "completed": 1, "completion_rate": 100.0},
            "counted 1 enrolment in the period: 1 started and 1 completed (a completion rate of "
            "100%).",
        ),
        ({"started": 0, "completed": 0}, "5 enrolments in the period; none has been started yet."),
        ({"completed": 0}, "4 started, none completed yet."),
        ({"median_days": 0.0}, "did so on the day they enrolled."),
        ({"median_days": 0.4}, "did so within a day of enrolling."),
        ({"median_days": 1.0}, "did so within 1 day of enrolling."),
        ({"median_days": 7.2}, "did so within 8 days of enrolling."),
        ({"pass_rate": 100.0}, "and all who sat it passed."),
        ({"pass_rate": 0.0}, "and nobody who sat it passed."),
        (
            {"gain_count": 1, "average_gain": 1.0},
            "In the 1 enrolment whose learner sat both the pre-test and the final assessment, "
            "the score rose from 25% to 75%: a gain of 1 point.",
        ),
        ({"average_gain": -12.5}, "scores fell from 25% to 75% on average: a drop of 12.5 points."),
        ({"average_gain": 0.0}, "scores stayed at 25% on average."),
        ({"certificates": 1}, "1 certificate was issued."),
        ({"certificates": 3, "certificates_revoked": 1}, "Since then, 1 has been revoked."),
        ({"certificates_revoked": 2}, "Since then, 2 have been revoked."),
    ],
)
def test_each_sentence_reads_naturally(changes, expected):
    assert expected in summary(FULL, **changes)


def test_a_course_filter_says_registrations_are_for_the_whole_platform():
    sentences = wording.executive_summary(FULL, course_chosen=True)
    assert sentences[1] == "Registrations are counted for the whole platform, not per course."
    normalised = wording.executive_summary(replace(FULL, average_normalised_gain=None))
    assert not any("normalised" in sentence for sentence in normalised)
