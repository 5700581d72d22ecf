"""A small cohort built by hand, with dates set explicitly, whose every figure the tests work
out independently (see EXPECTED in test_figures.py)."""

from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from accounts import roles
from accounts.models import Audience, Sex
from assessments import grading
from assessments.models import QuizKind
from assessments.services import attempt_start, attempt_submit
from courses.models import Enrolment
from courses.services import enrolment_create, item_complete
from tests.factories.accounts import OrganisationFactory, UserFactory
from tests.factories.assessments import correct_answers, question_create, quiz_add, wrong_answers
from tests.factories.courses import course_create, lesson_add, lessons_of

LUCIA = ZoneInfo("America/St_Lucia")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LUCIA)


def sit(user, quiz, right: int):
    """Sit the quiz answering the first `right` questions correctly and the rest wrongly."""
    attempt = attempt_start(user=user, quiz=quiz).attempt
    good, bad = correct_answers(attempt), wrong_answers(attempt)
    data = {}
    for position, snapshot in enumerate(attempt.questions):
        source = good if position < right else bad
        for leaf in grading.leaves(snapshot):
            data[leaf["key"]] = source[leaf["key"]]
    attempt_submit(attempt=attempt, user=user, data=data)


def dates(user, course, enrolled: str, completed: str | None = None) -> None:
    Enrolment.objects.filter(user=user, course=course).update(
        enrolled_at=at(enrolled), completed_at=at(completed) if completed else None
    )


@pytest.fixture
def cohort(db):
    org1 = OrganisationFactory(
        name="Royal Saint Lucia Police Force", audience=Audience.LAW_ENFORCEMENT
    )
    org2 = OrganisationFactory(name="Customs and Excise", audience=Audience.BORDER)
    # Course A: pre-test (2 questions), a lesson, a final (2 questions, pass mark 60).
    course_a = course_create(title="Course A", modules=0)
    from tests.factories.courses import module_add

    module = module_add(course_a, lessons=0)
    questions = [question_create(), question_create()]
    pre = quiz_add(module, questions=questions, kind=QuizKind.PRE_TEST)
    lesson_add(module, title="Lesson A")
    final = quiz_add(module, questions=questions, kind=QuizKind.FINAL, pass_mark=60)
    course_b = course_create(title="Course B", modules=1, lessons=1)

    l1 = UserFactory(first_name="Lena", last_name="One", sex=Sex.FEMALE, organisation=org1)
    l2 = UserFactory(
        first_name='=HYPERLINK("http://x")', last_name="Two", sex=Sex.MALE, organisation=org1
    )
    l3 = UserFactory(first_name="Lara", last_name="Three", sex=Sex.FEMALE, organisation=org2)
    l4 = UserFactory(first_name="Luc", last_name="Four", sex=Sex.MALE, organisation=org2)
    UserFactory(role=roles.TRAINER)  # staff: never a registered learner

    lesson_a = lessons_of(course_a)[0]
    # L1, course A: pre-test 0 %, lesson, final 100 %: completed, passed.
    enrolment_create(user=l1, course=course_a)
    sit(l1, pre, 0)
    item_complete(user=l1, item=lesson_a)
    sit(l1, final, 2)
    dates(l1, course_a, "2026-03-02 09:00", "2026-03-12 09:00")
    # L1, course B: enrolled, never started.
    enrolment_create(user=l1, course=course_b)
    dates(l1, course_b, "2026-03-05 10:00")
    # L2, course A: pre-test 50 %, lesson, final 50 %: failed, not completed.
    enrolment_create(user=l2, course=course_a)
    sit(l2, pre, 1)
    item_complete(user=l2, item=lesson_a)
    sit(l2, final, 1)
    dates(l2, course_a, "2026-04-01 08:00")
    # L3, course A: pre-test 100 %, nothing more. Course B: completed.
    enrolment_create(user=l3, course=course_a)
    sit(l3, pre, 2)
    dates(l3, course_a, "2026-04-10 08:00")
    enrolment_create(user=l3, course=course_b)
    item_complete(user=l3, item=lessons_of(course_b)[0])
    dates(l3, course_b, "2026-05-01 08:00", "2026-05-05 08:00")
    # L4, course B, long ago: completed.
    enrolment_create(user=l4, course=course_b)
    item_complete(user=l4, item=lessons_of(course_b)[0])
    dates(l4, course_b, "2025-01-15 08:00", "2025-02-14 08:00")
    return SimpleNamespace(
        org1=org1, org2=org2, course_a=course_a, course_b=course_b, learners=[l1, l2, l3, l4]
    )
