"""What the browser gets: no correct answers or feedback before submission, another learner's
attempt is a 404, malformed and late submissions are refused, a double submit is a 409."""

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import QuizAttempt, ReviewPolicy
from courses import services as course_services
from tests.factories.accounts import UserFactory
from tests.factories.assessments import correct_answers, question_create, quiz_add, wrong_answers
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db

# Option feedback ("About <option>"), flags, explanations, and an accepted answer the learner
# did not type.
SECRETS = ["About ", "is_correct", "correct", "Because the Protocol says so", "the TIP line"]


@pytest.fixture
def quiz_and_learner(client):
    course = course_create(modules=1, lessons=1)
    module = course.get_children().get().specific
    quiz = quiz_add(
        module,
        questions=[question_create(k) for k in ("single", "multiple", "true_false", "scenario")]
        + [question_create("short_answer")],
        pass_mark=80,
    )
    learner = UserFactory()
    course_services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    return quiz, learner


def start(client, quiz) -> QuizAttempt:
    response = client.post(reverse("assessments_start", args=[quiz.pk]))
    assert response.status_code == 302
    return QuizAttempt.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])


def test_answers_and_feedback_never_reach_the_page_before_submission(client, quiz_and_learner):
    quiz, learner = quiz_and_learner
    html = client.get(quiz.url).content.decode()
    attempt = start(client, quiz)
    pages = [html, client.get(reverse("assessments_attempt", args=[attempt.pk])).content.decode()]
    saved = client.post(
        reverse("assessments_attempt", args=[attempt.pk]), correct_answers(attempt), follow=True
    )
    pages.append(saved.content.decode())
    for page in pages:
        for secret in SECRETS:
            assert secret not in page, secret
    assert "Which element is the purpose?" in pages[1]


def test_submitting_shows_the_score_and_the_review_the_quiz_allows(client, quiz_and_learner):
    quiz, learner = quiz_and_learner
    attempt = start(client, quiz)
    url = reverse("assessments_attempt", args=[attempt.pk])
    response = client.post(url, {**wrong_answers(attempt), "submit": "1"}, follow=True)
    html = response.content.decode()
    assert "You scored <b>0%</b>" in html and "The pass mark is 80%." in html
    assert "(correct)" in html and "Because the Protocol says so" in html
    # A double submit: 409, the score unchanged.
    response = client.post(url, {**correct_answers(attempt), "submit": "1"})
    assert response.status_code == 409
    attempt.refresh_from_db()
    assert attempt.percent == 0
    # Score only: no answers, no explanations.
    quiz.review = ReviewPolicy.SCORE
    quiz.save_revision().publish()
    html = client.get(reverse("assessments_attempt_review", args=[attempt.pk])).content.decode()
    assert "You scored" in html and "(correct)" not in html and "Because the" not in html


def test_another_learners_attempt_is_not_found(client, quiz_and_learner):
    quiz, learner = quiz_and_learner
    attempt = start(client, quiz)
    client.force_login(UserFactory())
    url = reverse("assessments_attempt", args=[attempt.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {**correct_answers(attempt), "submit": "1"}).status_code == 404
    assert client.get(reverse("assessments_attempt_review", args=[attempt.pk])).status_code == 404
    attempt.refresh_from_db()
    assert attempt.is_in_progress


def test_a_forged_score_or_malformed_answer_changes_nothing(client, quiz_and_learner):
    quiz, learner = quiz_and_learner
    attempt = start(client, quiz)
    url = reverse("assessments_attempt", args=[attempt.pk])
    response = client.post(url, {"score": "100", "percent": "100", "has_passed": "1"})
    assert response.status_code == 302  # nothing but answers is read
    response = client.post(url, {"q1": "not-an-option", "submit": "1"})
    assert response.status_code == 400
    assert "Question 1: the answer is not one of the question" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.is_in_progress and attempt.percent is None


def test_the_learner_fails_retakes_and_passes(client, quiz_and_learner):
    quiz, learner = quiz_and_learner
    first = start(client, quiz)
    client.post(
        reverse("assessments_attempt", args=[first.pk]), {**wrong_answers(first), "submit": "1"}
    )
    html = client.get(quiz.url).content.decode()
    assert "Not passed" in html and "Try again" in html
    second = start(client, quiz)
    client.post(
        reverse("assessments_attempt", args=[second.pk]),
        {**correct_answers(second), "submit": "1"},
    )
    html = client.get(quiz.url).content.decode()
    assert "Passed" in html
    assert services.attempt_start  # the service behind the views
