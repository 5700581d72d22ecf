"""Grading of every question type, partial credit and edge cases (pure functions)."""

from decimal import Decimal

import pytest

from assessments import grading


def options(*flags):
    return [
        {"id": f"o{i}", "text": f"Option {i}", "is_correct": flag, "feedback": ""}
        for i, flag in enumerate(flags)
    ]


SINGLE = {"key": "q1", "kind": "single", "text": "?", "points": 2, "options": options(0, 1, 0)}
TRUE_FALSE = {
    "key": "q2",
    "kind": "true_false",
    "text": "Consent is a defence.",
    "points": 1,
    "options": [
        {"id": "true", "text": "True", "is_correct": False, "feedback": ""},
        {"id": "false", "text": "False", "is_correct": True, "feedback": ""},
    ],
}
PARTIAL = {
    "key": "q3",
    "kind": "multiple",
    "text": "?",
    "points": 1,
    "scoring": "partial",
    "options": options(1, 1, 0, 0),
}
SHORT = {
    "key": "q4",
    "kind": "short_answer",
    "text": "?",
    "points": 1,
    "accepted": ["847", "Eight Four Seven"],
}


@pytest.mark.parametrize(
    ("response", "points"),
    [({"choice": "o1"}, 2), ({"choice": "o0"}, 0), (None, 0)],
)
def test_single_choice(response, points):
    assert grading.grade_leaf(SINGLE, response) == points


def test_true_false():
    assert grading.grade_leaf(TRUE_FALSE, {"choice": "false"}) == 1
    assert grading.grade_leaf(TRUE_FALSE, {"choice": "true"}) == 0


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        (["o0", "o1"], "1"),  # both right
        (["o0"], "0.50"),  # half the right ones
        (["o0", "o2"], "0"),  # one right, one wrong: 0.5 - 0.5
        (["o0", "o1", "o2"], "0.50"),  # all right plus one wrong
        (["o2", "o3"], "0"),  # only wrong: never below zero
        (["o0", "o1", "o2", "o3"], "0"),  # everything ticked earns nothing
        ([], "0"),
    ],
)
def test_multiple_response_partial_credit(chosen, expected):
    assert grading.grade_leaf(PARTIAL, {"choices": chosen}) == Decimal(expected)


def test_multiple_response_all_or_nothing():
    question = {**PARTIAL, "scoring": "all_or_nothing"}
    assert grading.grade_leaf(question, {"choices": ["o0", "o1"]}) == 1
    assert grading.grade_leaf(question, {"choices": ["o0"]}) == 0
    assert grading.grade_leaf(question, {"choices": ["o0", "o1", "o2"]}) == 0


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("847", 1),
        (" 8 4 7 ", 1),
        ("eight four seven", 1),
        ("EIGHTFOURSEVEN", 1),
        ("８４７", 1),  # full-width digits, NFKC-normalised
        ("848", 0),
        ("", 0),
    ],
)
def test_short_answer_ignores_case_and_spaces(text, points):
    assert grading.grade_leaf(SHORT, {"text": text}) == points


def test_a_scenario_sums_its_parts_and_an_attempt_sums_its_questions():
    scenario = {
        "key": "q5",
        "kind": "scenario",
        "text": "At the port",
        "case": "A fictional scenario.",
        "parts": [{**SINGLE, "key": "q5.1", "points": 1}, {**SHORT, "key": "q5.2"}],
    }
    grade = grading.grade_attempt(
        [SINGLE, scenario],
        {"q1": {"choice": "o1"}, "q5.1": {"choice": "o0"}, "q5.2": {"text": "847"}},
    )
    assert grade.by_key == {"q1": 2, "q5.1": 0, "q5.2": 1}
    assert (grade.score, grade.max_score, grade.percent) == (3, 4, Decimal("75.00"))
    assert grading.grade_attempt([], {}).percent == 0


@pytest.mark.parametrize(
    ("question", "raw", "message"),
    [
        (SINGLE, "o9", "not one of"),
        (SINGLE, ["o0", "o1"], "choose one"),
        (SINGLE, {"x": 1}, "not one of"),
        (PARTIAL, ["o0", "o0"], "twice"),
        (PARTIAL, ["o0", "nope"], "not one of"),
        (SHORT, "x" * 301, "longer than"),
        (SHORT, "a\x00b", "not allowed"),
        (SHORT, ["a", "b"], "one answer"),
    ],
)
def test_malformed_responses_are_refused(question, raw, message):
    with pytest.raises(grading.InvalidResponse, match=message):
        grading.clean_response(question, raw)


def test_clean_responses_keep_their_shape():
    assert grading.clean_response(SINGLE, "o1") == {"choice": "o1"}
    assert grading.clean_response(SINGLE, ["o1"]) == {"choice": "o1"}
    assert grading.clean_response(PARTIAL, ["o1", "o0"]) == {"choices": ["o0", "o1"]}
    assert grading.clean_response(SHORT, "  847 ") == {"text": "847"}
    assert grading.clean_response(SHORT, "   ") is None
    assert grading.clean_response(SINGLE, "") is None
