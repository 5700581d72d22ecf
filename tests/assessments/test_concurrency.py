"""QUALITY 1 and 2, on the suite's database (SQLite locally, PostgreSQL in CI): ten
simultaneous starts of a one-attempt quiz give one attempt; twenty simultaneous submissions of
one attempt give one graded result, the others are refused as closed (a 409 in the view)."""

import pytest

from assessments import services
from assessments.models import AttemptState, QuizAttempt
from courses import services as course_services
from tests.courses.test_concurrency import run_at_once
from tests.factories.accounts import UserFactory
from tests.factories.assessments import correct_answers, question_create, quiz_add
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def one_attempt_quiz():
    course = course_create(modules=1, lessons=0)
    module = course.get_children().get().specific
    quiz = quiz_add(
        module,
        questions=[question_create("single"), question_create("multiple")],
        attempts_allowed=1,
    )
    learner = UserFactory()
    course_services.enrolment_create(user=learner, course=course)
    return quiz, learner


def test_ten_simultaneous_starts_give_one_attempt():
    quiz, learner = one_attempt_quiz()
    results = run_at_once([lambda: services.attempt_start(user=learner, quiz=quiz)] * 10)
    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors
    assert QuizAttempt.objects.filter(quiz=quiz, user=learner).count() == 1
    assert sum(r.created for r in results) == 1
    assert len({r.attempt.pk for r in results}) == 1


def test_twenty_simultaneous_submissions_give_one_result():
    quiz, learner = one_attempt_quiz()
    attempt = services.attempt_start(user=learner, quiz=quiz).attempt
    answers = correct_answers(attempt)
    results = run_at_once(
        [lambda: services.attempt_submit(attempt=attempt, user=learner, data=answers)] * 20
    )
    graded = [r for r in results if isinstance(r, services.Submission)]
    closed = [r for r in results if isinstance(r, services.AttemptClosed)]
    others = [r for r in results if r not in graded and r not in closed]
    assert len(graded) == 1 and len(closed) == 19 and not others, others
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED and attempt.percent == 100
