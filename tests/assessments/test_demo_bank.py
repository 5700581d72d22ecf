"""No answer of the demo bank can be guessed from the page (issue 15): the right option is
written in every position, not mostly first, and a learner who always picks the same place, or
the same pattern of identifier, fails every module quiz and final assessment of the demo."""

import random
from collections import Counter

import pytest

from accounts.models import User
from assessments import demo as assessments_demo
from assessments import grading, selectors, services
from assessments.models import Question, QuizKind, QuizPage
from courses import services as course_services
from courses.models import CoursePage
from tests.factories.accounts import UserFactory

# The demo is seeded once for the module (tests/conftest.py); each test rolls back its changes.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_seeded")]
# The demo's courses, by their place in the catalogue: one test case each, so that the cases
# can run side by side. `test_every_demo_course_has_a_case` keeps the list whole.
DEMO_COURSES = 5


def _leaves(question: Question) -> list[dict]:
    """A question's answerable parts as stored (options in the order written)."""
    block = question.body.get_prep_value()[0]
    if block["type"] == grading.SCENARIO:
        return [{"kind": p["type"], **p["value"]} for p in block["value"]["parts"]]
    return [{"kind": block["type"], **block["value"]}]


def test_the_right_option_is_written_in_every_position():
    single = Counter()  # position of the right option
    multiple, asked = Counter(), Counter()  # per position: right, and questions that have it
    for question in Question.objects.all():
        for leaf in _leaves(question):
            flags = [o["value"]["is_correct"] for o in leaf.get("options", [])]
            if leaf["kind"] == grading.SINGLE:
                single[flags.index(True)] += 1
            elif leaf["kind"] == grading.MULTIPLE:
                multiple.update(n for n, right in enumerate(flags) if right)
                asked.update(range(len(flags)))
    questions = sum(single.values())
    assert questions >= 100
    shares = {position + 1: count / questions for position, count in single.items()}
    assert max(shares.values()) <= 0.40, shares
    # Two options in three of a multiple-response question are right, on average: no place is
    # right (nearly) always, or never.
    rates = {position + 1: multiple[position] / asked[position] for position in asked}
    assert all(0.4 <= rate <= 0.75 for rate in rates.values()), rates


def _always(position: int):
    return lambda ids: ids[min(position, len(ids) - 1)]


STRATEGIES = {
    **{f"always option {n + 1}": _always(n) for n in range(5)},
    "the smallest identifier": min,
    "the largest identifier": max,
}


def _answers(attempt, pick) -> dict:
    """What a learner who goes by position or identifier alone ticks, reading the options as
    the attempt shows them; short answers they leave blank."""
    data = {}
    for question in selectors.attempt_questions_for_answering(attempt):
        for part in question["parts"]:
            if "options" in part:
                choice = pick([o["id"] for o in part["options"]])
                data[part["key"]] = [choice] if part["kind"] == grading.MULTIPLE else choice
    return data


def test_every_demo_course_has_a_case():
    assert CoursePage.objects.live().count() == DEMO_COURSES


@pytest.mark.parametrize("place", range(DEMO_COURSES))
def test_a_learner_who_picks_by_position_or_identifier_fails_every_graded_quiz(place):
    admin = User.objects.get(email="admin@example.com")
    course = list(CoursePage.objects.live().order_by("path"))[place]
    learners = {name: UserFactory() for name in STRATEGIES}
    passed, graded = [], 0
    quizzes = QuizPage.objects.live().descendant_of(course).order_by("path")
    for name, pick in STRATEGIES.items():
        learner = learners[name]
        course_services.enrolment_create(user=learner, course=course, actor=admin)
        for quiz in quizzes:  # the pre-test first: it opens the module
            # Seeded, so that the test is the same every time; the site draws at random.
            rng = random.Random(f"{name} {quiz.url_path}")
            attempt = services.attempt_start(user=learner, quiz=quiz, rng=rng).attempt
            result = services.attempt_submit(
                attempt=attempt, user=learner, data=_answers(attempt, pick)
            )
            if quiz.kind == QuizKind.PRE_TEST:
                continue
            graded += 1
            if result.attempt.has_passed:
                passed.append((name, quiz.title, course.title, result.grade.percent))
    graded_quizzes = QuizPage.objects.live().descendant_of(course).exclude(kind=QuizKind.PRE_TEST)
    assert graded == len(STRATEGIES) * graded_quizzes.count()
    assert graded_quizzes.count() >= 4  # the module quizzes and the final
    assert passed == []


def test_reloading_the_reordered_demo_keeps_every_options_id():
    """A database seeded before options could be kept in place, from the files as they were
    (the right option first), keeps each option's id when the demo is loaded again: an id goes
    with its option's text, not with its place, or a regrade would mark old answers anew."""
    question = Question.objects.get(reference="public-what-human-trafficking-is-4")
    stored = question.body.get_prep_value()
    options = stored[0]["value"]["options"]
    assert [o["value"]["is_pinned"] for o in options] == [False, False, True]
    ids = {o["value"]["text"]: o["id"] for o in options}
    for option in options:
        del option["value"]["is_pinned"]  # stored before there was such a field
    options.insert(
        0, options.pop(next(n for n, o in enumerate(options) if o["value"]["is_correct"]))
    )
    Question.objects.filter(pk=question.pk).update(body=stored)

    assert assessments_demo.seed()["demo questions changed"] == 1
    question.refresh_from_db()
    options = question.body.get_prep_value()[0]["value"]["options"]
    assert {o["value"]["text"]: o["id"] for o in options} == ids
    assert [o["value"]["is_pinned"] for o in options] == [False, False, True]
