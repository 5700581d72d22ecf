"""Attempts: start and resume, attempts allowed, saving as you go, submitting once, the time
limit, versioned questions, pre-test gate, and completion of the course item."""

import random
from datetime import timedelta

import pytest
from django.utils import timezone

from assessments import services
from assessments.models import AttemptState, QuizAnswer, QuizAttempt, QuizKind
from courses import services as course_services
from courses.models import Enrolment, ItemProgress
from tests.factories.accounts import UserFactory
from tests.factories.assessments import (
    category,
    correct_answers,
    question_create,
    quiz_add,
    wrong_answers,
)
from tests.factories.courses import course_create, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    """A course of one module (two lessons and a quiz of every question type)."""
    course = course_create(modules=1, lessons=2)
    module = course.get_children().get().specific
    questions = [
        question_create(kind) for kind in ("single", "multiple", "true_false", "short_answer")
    ]
    questions.append(question_create("scenario"))
    quiz = quiz_add(module, questions=questions, pass_mark=60, attempts_allowed=2)
    learner = UserFactory()
    course_services.enrolment_create(user=learner, course=course)
    return course, quiz, learner


def test_start_freezes_the_questions_and_resumes(setting):
    course, quiz, learner = setting
    first = services.attempt_start(user=learner, quiz=quiz)
    assert first.created and first.attempt.number == 1
    assert [q["kind"] for q in first.attempt.questions] == [
        "single", "multiple", "true_false", "short_answer", "scenario",
    ]  # fmt: skip
    assert [p["key"] for p in first.attempt.questions[4]["parts"]] == ["q5.1", "q5.2"]
    again = services.attempt_start(user=learner, quiz=quiz)
    assert not again.created and again.attempt.pk == first.attempt.pk


def test_passing_completes_the_quiz_item_and_the_course(setting):
    course, quiz, learner = setting
    for lesson in lessons_of(course):
        course_services.item_complete(user=learner, item=lesson)
    assert Enrolment.objects.get(user=learner).completed_at is None  # the quiz is required
    attempt = services.attempt_start(user=learner, quiz=quiz).attempt
    result = services.attempt_submit(attempt=attempt, user=learner, data=correct_answers(attempt))
    assert result.grade.percent == 100
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED and attempt.has_passed
    assert ItemProgress.objects.get(item=quiz).completed_at is not None
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_failing_then_passing_on_the_second_attempt(setting):
    course, quiz, learner = setting
    attempt = services.attempt_start(user=learner, quiz=quiz).attempt
    services.attempt_submit(attempt=attempt, user=learner, data=wrong_answers(attempt))
    attempt.refresh_from_db()
    assert attempt.percent == 0 and attempt.has_passed is False
    assert not ItemProgress.objects.filter(item=quiz, completed_at__isnull=False).exists()
    second = services.attempt_start(user=learner, quiz=quiz).attempt
    assert second.number == 2
    services.attempt_submit(attempt=second, user=learner, data=correct_answers(second))
    second.refresh_from_db()
    assert second.has_passed
    with pytest.raises(services.QuizRefused, match="every attempt"):
        services.attempt_start(user=learner, quiz=quiz)


def test_answers_are_saved_as_the_learner_goes_and_graded_on_submit(setting):
    course, quiz, learner = setting
    attempt = services.attempt_start(user=learner, quiz=quiz).attempt
    right = correct_answers(attempt)
    services.answers_save(attempt=attempt, user=learner, data={"q1": right["q1"]})
    services.answers_save(attempt=attempt, user=learner, data={"q4": right["q4"]})
    assert QuizAnswer.objects.filter(attempt=attempt).count() == 2
    # The connection drops; the learner comes back and submits with nothing more.
    result = services.attempt_submit(attempt=attempt, user=learner)
    assert result.grade.score == 2  # q1 and q4, one point each
    assert result.grade.max_score == 6


def test_a_second_submit_changes_nothing(setting):
    course, quiz, learner = setting
    attempt = services.attempt_start(user=learner, quiz=quiz).attempt
    services.attempt_submit(attempt=attempt, user=learner, data=wrong_answers(attempt))
    with pytest.raises(services.AttemptClosed):
        services.attempt_submit(attempt=attempt, user=learner, data=correct_answers(attempt))
    with pytest.raises(services.AttemptClosed):
        services.answers_save(attempt=attempt, user=learner, data=correct_answers(attempt))
    attempt.refresh_from_db()
    assert attempt.percent == 0


def test_the_time_limit_is_enforced_on_the_server(setting):
    course, quiz, learner = setting
    quiz.time_limit_minutes = 10
    quiz.save_revision().publish()
    attempt = services.attempt_start(user=learner, quiz=quiz).attempt
    assert attempt.deadline is not None
    right = correct_answers(attempt)
    services.answers_save(attempt=attempt, user=learner, data={"q1": right["q1"]})
    # Eleven minutes later.
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    attempt.refresh_from_db()
    with pytest.raises(services.AttemptClosed, match="time"):
        services.answers_save(attempt=attempt, user=learner, data={"q4": right["q4"]})
    result = services.attempt_submit(attempt=attempt, user=learner, data=right)
    assert result.grade.score == 1  # only the answer saved in time counts


def test_editing_a_question_never_changes_an_attempt_taken(setting):
    course, quiz, learner = setting
    attempt = services.attempt_start(user=learner, quiz=quiz).attempt
    services.attempt_submit(attempt=attempt, user=learner, data=correct_answers(attempt))
    question = quiz.quiz_questions.first().question
    body = question.body.get_prep_value()
    body[0]["value"]["text"] = "Reworded"
    for option in body[0]["value"]["options"]:
        option["value"]["is_correct"] = not option["value"]["is_correct"]
    question.body = body
    question.save()
    attempt.refresh_from_db()
    assert attempt.questions[0]["text"] == "Which element is the purpose?"
    assert attempt.percent == 100
    assert attempt.questions[0]["version"] != question.content_hash


def test_random_draws_never_repeat_and_shuffle(setting):
    course, quiz, learner = setting
    bank = category("Indicators")
    for _ in range(6):
        question_create("single", in_category=bank)
    module = course.get_children().get().specific
    drawn = quiz_add(module, draws=[(bank, 4)], shuffle_options=True, shuffle_questions=True)
    attempt = services.attempt_start(user=learner, quiz=drawn, rng=random.Random(3)).attempt
    ids = [q["question_id"] for q in attempt.questions]
    assert len(ids) == 4 and len(set(ids)) == 4


def test_a_pre_test_is_the_required_first_step_and_opens_the_lessons(setting):
    course, quiz, learner = setting
    module = course.get_children().get().specific
    pre_test = quiz_add(module, questions=[question_create("single")], kind=QuizKind.PRE_TEST)
    # Put the pre-test first in the module.
    pre_test.move(module, pos="first-child")
    first_lesson = lessons_of(course)[0]
    with pytest.raises(course_services.ItemUnavailable, match="First take"):
        course_services.item_complete(user=learner, item=first_lesson)
    attempt = services.attempt_start(user=learner, quiz=pre_test.specific).attempt
    services.attempt_submit(attempt=attempt, user=learner, data=wrong_answers(attempt))
    course_services.item_complete(user=learner, item=first_lesson)  # now open
    with pytest.raises(services.QuizRefused, match="once"):
        services.attempt_start(user=learner, quiz=pre_test.specific)
    pre_test.refresh_from_db()
    assert pre_test.is_required is True  # submitted, whatever its score: 2 of 4 required
    assert Enrolment.objects.get(user=learner).progress_percent == 50


def test_not_enrolled_learners_cannot_start(setting):
    course, quiz, learner = setting
    with pytest.raises(services.QuizRefused, match="Enrol"):
        services.attempt_start(user=UserFactory(), quiz=quiz)


def test_malformed_answers_are_refused_with_the_question_named(setting):
    course, quiz, learner = setting
    attempt = services.attempt_start(user=learner, quiz=quiz).attempt
    with pytest.raises(services.InvalidSubmission, match="Question 1: the answer is not one"):
        services.answers_save(attempt=attempt, user=learner, data={"q1": "forged"})
    with pytest.raises(services.InvalidSubmission, match="not questions of this attempt"):
        services.answers_save(attempt=attempt, user=learner, data={"q99": "x"})
    assert not QuizAnswer.objects.exists()
