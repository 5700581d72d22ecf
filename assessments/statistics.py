"""Item statistics for a quiz (pure functions over graded attempts), as Moodle reports them:

- facility index: the mean fraction of the marks learners earned on the item (1 = everybody
  right, 0 = nobody);
- discrimination index: the correlation between the item's score and the score on the rest of
  the attempt (corrected item-total correlation); near 0 or negative means the item does not
  separate those who know from those who do not, which is how a faulty question shows;
- how often each option was chosen.

An item is a question of the bank (or one part of a scenario), identified across attempts by
the question's id, whatever position shuffling gave it, and an option by its id in the bank,
whatever identifier the attempt gave it."""

from dataclasses import dataclass, field
from decimal import Decimal
from math import sqrt

from assessments import grading


@dataclass
class OptionCount:
    id: str
    text: str
    is_correct: bool
    count: int = 0


@dataclass
class ItemStatistics:
    item: str  # "12" or "12.2" (question 12, part 2)
    text: str
    kind: str
    attempts: int = 0
    facility: float | None = None
    discrimination: float | None = None
    options: list[OptionCount] = field(default_factory=list)


def item_id(snapshot: dict, leaf: dict, index: int) -> str:
    if snapshot["kind"] == grading.SCENARIO:
        return f"{snapshot['question_id']}.{index}"
    return str(snapshot["question_id"])


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 3:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return sxy / sqrt(sxx * syy)


def quiz_item_statistics(
    attempts: list[tuple[list[dict], dict[str, dict]]],
) -> list[ItemStatistics]:
    """`attempts`: for each graded attempt, its snapshots and {leaf key: {"response",
    "points"}}. Returns one ItemStatistics per item, in the order items were first seen."""
    stats: dict[str, ItemStatistics] = {}
    # Per attempt: item -> fraction earned, and the attempt's total fraction of marks.
    per_attempt: list[tuple[dict[str, float], float, float]] = []
    item_points: list[dict[str, tuple[float, float]]] = []  # item -> (earned, possible)
    for snapshots, answers in attempts:
        fractions: dict[str, float] = {}
        points: dict[str, tuple[float, float]] = {}
        earned_total = possible_total = Decimal(0)
        for snapshot in snapshots:
            for index, leaf in enumerate(grading.leaves(snapshot), start=1):
                key = item_id(snapshot, leaf, index)
                entry = stats.get(key)
                if entry is None:
                    entry = stats[key] = ItemStatistics(
                        item=key,
                        text=leaf["text"],
                        kind=leaf["kind"],
                        options=[
                            OptionCount(
                                id=grading.bank_option_id(o),
                                text=o["text"],
                                is_correct=o["is_correct"],
                            )
                            for o in leaf.get("options", [])
                        ],
                    )
                answer = answers.get(leaf["key"]) or {}
                possible = grading.max_points(leaf)
                earned = Decimal(answer.get("points") or 0)
                fractions[key] = float(earned / possible) if possible else 0.0
                points[key] = (float(earned), float(possible))
                earned_total += earned
                possible_total += possible
                response = answer.get("response") or {}
                chosen = {response.get("choice")} | set(response.get("choices", []))
                # Each attempt names its options in its own way: count them by their bank ids.
                chosen = {
                    grading.bank_option_id(o) for o in leaf.get("options", []) if o["id"] in chosen
                }
                for option in entry.options:
                    if option.id in chosen:
                        option.count += 1
        per_attempt.append((fractions, float(earned_total), float(possible_total)))
        item_points.append(points)

    for key, entry in stats.items():
        scores, rest = [], []
        for (fractions, earned_total, possible_total), points in zip(
            per_attempt, item_points, strict=True
        ):
            if key in fractions:
                scores.append(fractions[key])
                # The rest of the attempt, as a fraction of its own marks (attempts drawn at
                # random may differ in size): without this item's points.
                earned, possible = points[key]
                rest_possible = possible_total - possible
                rest.append((earned_total - earned) / rest_possible if rest_possible else 0.0)
        entry.attempts = len(scores)
        entry.facility = sum(scores) / len(scores) if scores else None
        entry.discrimination = _pearson(scores, rest)
    return list(stats.values())


def score_distribution(percents: list, bins: int = 10) -> list[int]:
    """How many attempts scored in each tenth: 0-9, 10-19, ..., 90-100."""
    counts = [0] * bins
    for percent in percents:
        index = min(int(Decimal(percent) // (100 // bins)), bins - 1)
        counts[index] += 1
    return counts
