"""Knowledge gain: a small cohort whose pre-test and final scores are set by hand, checked
against figures computed here independently."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from assessments import selectors, services
from assessments.models import QuizAttempt, QuizKind
from courses import services as course_services
from tests.factories.accounts import UserFactory
from tests.factories.assessments import question_create, quiz_add
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db


def sit(quiz, user, percent):
    attempt = services.attempt_start(user=user, quiz=quiz).attempt
    services.attempt_submit(attempt=attempt, user=user)
    QuizAttempt.objects.filter(pk=attempt.pk).update(percent=Decimal(percent))


@pytest.fixture
def course_with_tests():
    course = course_create(modules=1, lessons=0)
    module = course.get_children().get().specific
    pre = quiz_add(module, questions=[question_create()], kind=QuizKind.PRE_TEST)
    pre.move(module, pos="first-child")
    final = quiz_add(module, questions=[question_create()], kind=QuizKind.FINAL, attempts_allowed=3)
    return course, pre.specific, final


def test_gain_per_learner_and_on_average(course_with_tests):
    course, pre, final = course_with_tests
    cohort = {  # pre, finals in order (the latest counts)
        "a": ("40", ["50", "80"]),
        "b": ("60", ["90"]),
        "c": ("100", ["100"]),  # no room to gain: g undefined
        "d": ("20", []),  # never sat the final: left out
    }
    users = {}
    for name, (pre_score, finals) in cohort.items():
        users[name] = UserFactory(last_name=name)
        course_services.enrolment_create(user=users[name], course=course)
        sit(pre, users[name], pre_score)
        for score in finals:
            sit(final, users[name], score)

    gain = selectors.course_knowledge_gain(course=course)
    rows = {e.user.last_name: e for e in gain.learners}
    assert set(rows) == {"a", "b", "c"}
    assert (rows["a"].pre, rows["a"].post, rows["a"].gain) == (40, 80, 40)
    assert round(rows["a"].normalised, 4) == 0.6667  # 40 / 60
    assert round(rows["b"].normalised, 4) == 0.75  # 30 / 40
    assert rows["c"].normalised is None
    # Independently: pre 40, 60, 100; post 80, 90, 100.
    assert gain.count == 3
    assert gain.average_pre == Decimal("66.67")
    assert gain.average_post == Decimal("90.00")
    assert gain.average_gain == Decimal("23.33")
    assert gain.average_normalised == Decimal("0.71")  # (0.6667 + 0.75) / 2


def test_no_gain_without_both_tests_and_queries_do_not_grow(course_with_tests):
    course, pre, final = course_with_tests
    assert selectors.course_knowledge_gain(course=course_create()) is None
    with CaptureQueriesContext(connection) as few:
        selectors.course_knowledge_gain(course=course)
    for _ in range(5):
        user = UserFactory()
        course_services.enrolment_create(user=user, course=course)
        sit(pre, user, "50")
        sit(final, user, "75")
    with CaptureQueriesContext(connection) as many:
        gain = selectors.course_knowledge_gain(course=course)
    assert len(many) == len(few)
    assert gain.count == 5 and gain.average_normalised == Decimal("0.50")


def test_the_final_assessment_results_show_the_gain(client, course_with_tests):
    from django.urls import reverse

    from accounts import roles
    from tests.helpers import login_with_mfa

    course, pre, final = course_with_tests
    user = UserFactory()
    course_services.enrolment_create(user=user, course=course)
    sit(pre, user, "40")
    sit(final, user, "70")
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    html = client.get(reverse("assessments_admin:results", args=[final.pk])).content.decode()
    assert "1 learner sat both" in html and "a gain of 30.00 points" in html
    assert "normalised gain 0.50" in html
    # Per learner, a paged listing.
    per_learner = client.get(reverse("assessments_admin:gain", args=[final.pk]))
    row = per_learner.content.decode()
    assert user.email in row and "40%" in row and "70%" in row and "0.50" in row
    # A module quiz has no knowledge gain of its own.
    module_quiz = quiz_add(course.get_children().get().specific, questions=[question_create()])
    assert client.get(reverse("assessments_admin:gain", args=[module_quiz.pk])).status_code == 404
    data = client.get(reverse("accounts_data_export"))
    assert data.status_code == 200


def test_the_learners_export_holds_every_attempt(client, course_with_tests):
    from django.urls import reverse

    course, pre, final = course_with_tests
    user = UserFactory()
    course_services.enrolment_create(user=user, course=course)
    sit(pre, user, "40")
    sit(final, user, "70")
    client.force_login(user)
    exported = client.get(reverse("accounts_data_export")).json()["quiz_attempts"]
    assert [(a["quiz"], a["percent"]) for a in exported] == [
        (pre.title, "40.00"),
        (final.title, "70.00"),
    ]
