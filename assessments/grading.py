"""Grading, as pure functions over the frozen copy of a question that an attempt keeps (its
"snapshot"), so that editing a question never changes an attempt already taken.

A snapshot is a dict:
    {"key": "q3", "kind": "single" | "multiple" | "true_false" | "short_answer" | "scenario",
     "text": ..., "points": 1,
     "options": [{"id", "option_id", "text", "is_correct", "is_pinned", "feedback"}],
     "scoring": "partial" | "all_or_nothing", "accepted": [...], "case": ..., "parts": [...],
     "explanation": ..., "question_id": 12, "version": 3}
A scenario's parts are snapshots of their own (keys "q3.1", "q3.2"), one point each.
Options are in the order shown. An option's "id" is the attempt's own random identifier for it,
the one the page and the answers use; "option_id" is its id in the bank ("true" and "false" for
true/false), the same in every attempt (snapshots taken before there were attempt identifiers
have only "id", the bank's).

A response is what the learner gave for one leaf question:
    {"choice": "<option id>"} (single, true/false), {"choices": [ids]} (multiple),
    {"text": "..."} (short answer). A missing response scores 0.
"""

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

SINGLE = "single"
MULTIPLE = "multiple"
TRUE_FALSE = "true_false"
SHORT_ANSWER = "short_answer"
SCENARIO = "scenario"
LEAF_KINDS = (SINGLE, MULTIPLE, TRUE_FALSE, SHORT_ANSWER)

PARTIAL = "partial"
ALL_OR_NOTHING = "all_or_nothing"

MAX_TEXT_ANSWER = 300


class InvalidResponse(ValueError):
    """A response that no honest form could have sent (unknown option, wrong shape)."""


def normalise_text(value: str) -> str:
    """Case- and space-insensitive form of a short answer: Unicode-normalised, case-folded,
    runs of white space removed."""
    value = unicodedata.normalize("NFKC", value).casefold()
    return re.sub(r"\s+", "", value)


def leaves(snapshot: dict) -> list[dict]:
    """The questions a learner answers: the question itself, or a scenario's parts."""
    return list(snapshot["parts"]) if snapshot["kind"] == SCENARIO else [snapshot]


def max_points(snapshot: dict) -> Decimal:
    if snapshot["kind"] == SCENARIO:
        return sum((max_points(part) for part in snapshot["parts"]), Decimal(0))
    return Decimal(snapshot.get("points", 1))


def bank_option_id(option: dict) -> str:
    """The option's id in the bank, the same in every attempt."""
    return option.get("option_id", option["id"])


def _option_ids(snapshot: dict) -> set[str]:
    return {option["id"] for option in snapshot["options"]}


def clean_response(snapshot: dict, raw) -> dict | None:
    """Check a submitted response against a leaf question; None when unanswered.
    Raises InvalidResponse for anything a real form could not send."""
    kind = snapshot["kind"]
    if raw in (None, "", []):
        return None
    if kind in (SINGLE, TRUE_FALSE):
        if isinstance(raw, list):
            if len(raw) != 1:
                raise InvalidResponse("choose one answer")
            raw = raw[0]
        if not isinstance(raw, str) or raw not in _option_ids(snapshot):
            raise InvalidResponse("the answer is not one of the question's options")
        return {"choice": raw}
    if kind == MULTIPLE:
        values = raw if isinstance(raw, list) else [raw]
        if not all(isinstance(v, str) for v in values) or not set(values) <= _option_ids(snapshot):
            raise InvalidResponse("an answer is not one of the question's options")
        if len(set(values)) != len(values):
            raise InvalidResponse("an option was sent twice")
        return {"choices": sorted(values)}
    if kind == SHORT_ANSWER:
        if isinstance(raw, list):
            if len(raw) != 1:
                raise InvalidResponse("give one answer")
            raw = raw[0]
        if not isinstance(raw, str):
            raise InvalidResponse("the answer must be text")
        if len(raw) > MAX_TEXT_ANSWER:
            raise InvalidResponse(f"the answer is longer than {MAX_TEXT_ANSWER} characters")
        if "\x00" in raw:
            raise InvalidResponse("the answer contains a character that is not allowed")
        return {"text": raw.strip()} if raw.strip() else None
    raise InvalidResponse("this question takes no direct answer")


def grade_leaf(snapshot: dict, response: dict | None) -> Decimal:
    """Points earned on one leaf question."""
    points = Decimal(snapshot.get("points", 1))
    if not response:
        return Decimal(0)
    kind = snapshot["kind"]
    if kind in (SINGLE, TRUE_FALSE):
        correct = {o["id"] for o in snapshot["options"] if o["is_correct"]}
        return points if response.get("choice") in correct else Decimal(0)
    if kind == MULTIPLE:
        chosen = set(response.get("choices", []))
        correct = {o["id"] for o in snapshot["options"] if o["is_correct"]}
        wrong = _option_ids(snapshot) - correct
        if snapshot.get("scoring") == PARTIAL:
            # Each correct option chosen earns its share; each wrong one chosen takes a share
            # of the wrong options away; never below zero (Moodle's usual partial scheme).
            earned = Decimal(len(chosen & correct)) / len(correct)
            if wrong:
                earned -= Decimal(len(chosen & wrong)) / len(wrong)
            return (points * max(earned, Decimal(0))).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP
            )
        return points if chosen == correct else Decimal(0)
    if kind == SHORT_ANSWER:
        given = normalise_text(response.get("text", ""))
        accepted = {normalise_text(answer) for answer in snapshot["accepted"]}
        return points if given and given in accepted else Decimal(0)
    raise ValueError(f"not a leaf question: {kind}")


@dataclass(frozen=True)
class Grade:
    score: Decimal
    max_score: Decimal
    by_key: dict  # leaf key -> points earned

    @property
    def percent(self) -> Decimal:
        if not self.max_score:
            return Decimal(0)
        return (self.score * 100 / self.max_score).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_attempt(snapshots: list[dict], responses: dict[str, dict | None]) -> Grade:
    """Grade every question of an attempt from the responses saved (by leaf key)."""
    by_key = {}
    for snapshot in snapshots:
        for leaf in leaves(snapshot):
            by_key[leaf["key"]] = grade_leaf(leaf, responses.get(leaf["key"]))
    total = sum(by_key.values(), Decimal(0))
    possible = sum((max_points(s) for s in snapshots), Decimal(0))
    return Grade(score=total, max_score=possible, by_key=by_key)
