"""How an attempt shows its questions' options: in which order and under which identifiers.
Pure functions over snapshots (grading.py describes them), drawn once when the attempt starts
and kept in its snapshot, so that a resumed attempt shows the same page.

- When the quiz shuffles options, the options of single and multiple choice questions (a
  scenario's too) are shuffled around those the author keeps in place (`is_pinned`, e.g. "None
  of the above"); true/false stays in order.
- Every option gets an identifier of the attempt's own (`id`, random: what the page and the
  answers use); its id in the bank stays in `option_id`. So no identifier follows an option from
  one attempt to the next, or says which option it is.
- A blind learner, who ticks the option in the same place every time (the k-th, or the k-th
  from the end) or the one with the same rank of identifier (the k-th smallest or largest),
  fails: an arrangement that such a learner would pass is drawn again. Pure chance would let
  one through now and then on a short quiz (on the demo's, about one first draw in 30, one in
  five on the shortest); redrawing leaves out only those arrangements, so all the page tells
  a learner is that the right answers are not nearly all in one place. (Where the order is
  fixed, only identifiers are redrawn.)"""

import copy
import random
from collections.abc import Callable, Iterator

from assessments import grading

SHUFFLED_KINDS = (grading.SINGLE, grading.MULTIPLE)
DRAWS = 50  # nearly every attempt needs one draw, a short quiz now and then a second


def options_arranged(options: list[dict], movable: list[dict]) -> list[dict]:
    """`options` as written, with those kept in place (`is_pinned`) where they are and the
    others, in the order of `movable`, in the places left."""
    others = iter(movable)
    return [option if option.get("is_pinned") else next(others) for option in options]


def options_named(
    options: list[dict], *, rng: random.Random, kept: dict[str, str] | None = None
) -> None:
    """Name the options (written under their bank ids) for the attempt: the bank's id goes to
    `option_id`, and `id` becomes the identifier `kept` holds for it or a new random one."""
    kept = kept or {}
    taken = set(kept.values())
    for option in options:
        token = kept.get(option["id"])
        while token is None or (token in taken and option["id"] not in kept):
            token = f"{rng.getrandbits(64):016x}"
        taken.add(token)
        option["option_id"], option["id"] = option["id"], token


def _leaf_arranged(leaf: dict, *, rng: random.Random, shuffle: bool) -> None:
    if "options" not in leaf:
        return
    if shuffle and leaf["kind"] in SHUFFLED_KINDS:
        movable = [option for option in leaf["options"] if not option.get("is_pinned")]
        rng.shuffle(movable)
        leaf["options"] = options_arranged(leaf["options"], movable)
    options_named(leaf["options"], rng=rng)


Pick = Callable[[list[dict]], dict]


def blind_learners(*, places: int, by_place: bool) -> Iterator[tuple[str, Pick]]:
    """The learners who choose without reading: by place (when the order is shuffled) and by
    rank of identifier, among questions of up to `places` options. One who picks the 4th option
    of a question with three picks the last."""
    for k in range(places):

        def nth(options: list[dict], k=k) -> dict:
            return options[min(k, len(options) - 1)]

        def by_identifier(options: list[dict], nth=nth, reverse=False) -> dict:
            return nth(sorted(options, key=lambda o: o["id"], reverse=reverse))

        if by_place:
            yield f"option {k + 1}", nth
            yield f"option {k + 1} from the end", lambda options, nth=nth: nth(options[::-1])
        yield f"identifier {k + 1} from the smallest", by_identifier
        yield (
            f"identifier {k + 1} from the largest",
            lambda options, by_identifier=by_identifier: by_identifier(options, reverse=True),
        )


def blind_pass(snapshots: list[dict], *, pass_mark: int, by_place: bool) -> str | None:
    """The first blind learner (blind_learners) who would pass these questions, if any."""
    leaves = [leaf for s in snapshots for leaf in grading.leaves(s) if "options" in leaf]
    places = max((len(leaf["options"]) for leaf in leaves), default=0)
    for name, pick in blind_learners(places=places, by_place=by_place):
        responses = {}
        for leaf in leaves:
            chosen = pick(leaf["options"])["id"]
            responses[leaf["key"]] = (
                {"choices": [chosen]} if leaf["kind"] == grading.MULTIPLE else {"choice": chosen}
            )
        if grading.grade_attempt(snapshots, responses).percent >= pass_mark:
            return name
    return None


def questions_arranged(snapshots: list[dict], *, rng: random.Random, shuffle: bool) -> list[dict]:
    """One draw: the questions (written as Question.snapshot gives them) shuffled, if the quiz
    says so, and named for the attempt."""
    arranged = copy.deepcopy(snapshots)
    for snapshot in arranged:
        for leaf in grading.leaves(snapshot):
            _leaf_arranged(leaf, rng=rng, shuffle=shuffle)
    return arranged


def attempt_arranged(
    snapshots: list[dict], *, rng: random.Random, shuffle: bool, pass_mark: int
) -> list[dict]:
    """The questions as this attempt shows them: a draw that no blind learner would pass."""
    for _ in range(DRAWS):
        arranged = questions_arranged(snapshots, rng=rng, shuffle=shuffle)
        if blind_pass(arranged, pass_mark=pass_mark, by_place=shuffle) is None:
            break
    # Otherwise the questions themselves let a blind learner pass (a quiz of one question, or
    # true or false statements that are all false): no draw changes that, the last one stands.
    return arranged
