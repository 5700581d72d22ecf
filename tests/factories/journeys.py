"""A small course with every kind of step a learner meets (pre-test, lesson, module quiz,
final), staff who log in with a second factor, and learners who have walked a course through
the real services: the set-up of the browser journeys (tests/e2e/test_journeys.py)."""

from types import SimpleNamespace

from accounts import roles
from accounts.demo import totp_enrol_with_secret
from accounts.models import Audience
from assessments.models import QuizKind
from assessments.services import attempt_start, attempt_submit
from courses import services as course_services
from courses.models import AccessLevel
from tests.factories.accounts import UserFactory
from tests.factories.assessments import correct_answers, options, question_create, quiz_add
from tests.factories.courses import course_create, lesson_add, module_add
from tests.helpers import TEST_TOTP_SECRET

# The one right answer of every question of a journey course (see journey_question).
RIGHT_ANSWER = "Exploitation"


def journey_question(text: str = "Which element is the purpose of trafficking?", **fields):
    """A single-choice question whose right answer is RIGHT_ANSWER."""
    question = question_create("single", **fields)
    question.body = [
        {
            "type": "single",
            "value": {
                "text": text,
                "options": options(("Recruitment", False), (RIGHT_ANSWER, True), ("Fraud", False)),
            },
        }
    ]
    question.save()
    return question


def journey_course(
    *,
    title: str = "Identifying victims of trafficking",
    access_level: str = AccessLevel.OPEN,
    audiences: tuple[str, ...] = (),
    trainers=(),
) -> SimpleNamespace:
    """A published course: module 1 holds the pre-test, a lesson and a module quiz; module 2
    the final assessment. Each quiz asks one single-choice question (RIGHT_ANSWER is right),
    in a fixed order, with a full review."""
    course = course_create(
        title=title, access_level=access_level, audiences=audiences, modules=0, trainers=trainers
    )
    first = module_add(course, lessons=0, title="Recognising the signs")
    second = module_add(course, lessons=0, title="Final assessment")
    pre_test = quiz_add(
        first,
        title="Pre-test: what do you know already?",
        kind=QuizKind.PRE_TEST,
        questions=[journey_question("Before the course: which element is the purpose?")],
    )
    lesson = lesson_add(first, title="The signs of trafficking")
    module_quiz = quiz_add(
        first,
        title="Quiz: recognising the signs",
        kind=QuizKind.MODULE_QUIZ,
        questions=[journey_question()],
    )
    final = quiz_add(
        second,
        title="Final assessment",
        kind=QuizKind.FINAL,
        questions=[journey_question("In the final: which element is the purpose?")],
    )
    return SimpleNamespace(
        course=course,
        pre_test=pre_test,
        lesson=lesson,
        module_quiz=module_quiz,
        final=final,
        quizzes=(pre_test, module_quiz, final),
    )


def staff_member(role: str, **fields):
    """A trainer, programme manager or administrator enrolled in TOTP with TEST_TOTP_SECRET
    (tests.helpers.totp_code gives the current code)."""
    user = UserFactory(role=role, audience=Audience.OTHER, **fields)
    totp_enrol_with_secret(user=user, secret=TEST_TOTP_SECRET)
    return user


def trainer(**fields):
    return staff_member(roles.TRAINER, **fields)


def programme_manager(**fields):
    return staff_member(roles.PROGRAMME_MANAGER, **fields)


def sit_quiz(*, user, quiz, right: bool = True):
    """Start and submit an attempt, every answer right (or, with right=False, none given)."""
    attempt = attempt_start(user=user, quiz=quiz).attempt
    answers = correct_answers(attempt) if right else {}
    return attempt_submit(attempt=attempt, user=user, data=answers)


def journey_walked(*, user, journey: SimpleNamespace, finish: bool = True):
    """Enrol the user and work through the journey course as a learner would: the pre-test,
    the lesson, the module quiz and (with finish) the final, passed."""
    enrolment = course_services.enrolment_create(user=user, course=journey.course).enrolment
    sit_quiz(user=user, quiz=journey.pre_test, right=False)
    course_services.item_complete(user=user, item=journey.lesson)
    sit_quiz(user=user, quiz=journey.module_quiz)
    if finish:
        sit_quiz(user=user, quiz=journey.final)
    enrolment.refresh_from_db()
    return enrolment
