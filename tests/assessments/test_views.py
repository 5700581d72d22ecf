"""What the browser gets: no correct answers or feedback before submission, another learner's
attempt is a 404, malformed and late submissions are refused, a double submit changes nothing."""

import re

import pytest
from django.urls import reverse

from assessments import grading
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
    # Nor do the inputs hint at it: they carry a name, a value and nothing else of their own,
    # and an option's value is the attempt's identifier for it, never the bank's ("true" and
    # "false" included), so no pattern in the values can follow which option is right.
    bank_ids = {"true", "false"} | {
        grading.bank_option_id(o)
        for snapshot in attempt.questions
        for leaf in grading.leaves(snapshot)
        for o in leaf.get("options", [])
    }
    for page in pages[1:]:
        # The only data attributes are the form's and the status line's messages.
        assert set(re.findall(r"(data-[a-z-]+)=?", page)) <= {"data-autosave"} | {
            f"data-say-{name}"
            for name in (
                "saved",
                "closed",
                "submitted",
                "rejected",
                "offline",
                "submitting",
                "saving",
            )
        }
        inputs = re.findall(r"<input ([^>]*)>", page)
        attributes = {name for tag in inputs for name in re.findall(r"([a-z-]+)(?:=|\s|$)", tag)}
        assert attributes <= {"type", "name", "value", "checked", "id", "maxlength", "autocomplete"}
        values = set(re.findall(r'type="(?:radio|checkbox)" name="[^"]+" value="([^"]+)"', page))
        assert len(values) == 11 and not values & bank_ids


def test_submitting_shows_the_score_and_the_review_the_quiz_allows(client, quiz_and_learner):
    quiz, learner = quiz_and_learner
    attempt = start(client, quiz)
    url = reverse("assessments_attempt", args=[attempt.pk])
    response = client.post(url, {**wrong_answers(attempt), "submit": "1"}, follow=True)
    html = response.content.decode()
    assert "You scored <b>0%</b>" in html and "The pass mark is 80%." in html
    # Attempts are left: the answers wait, so the review does not hand over the key (which
    # questions were not right is said: tests/assessments/test_result_page.py).
    assert "shown once you pass" in html and "(correct)" not in html
    quiz.attempts_allowed = 1
    quiz.save_revision().publish()
    html = client.get(reverse("assessments_attempt_review", args=[attempt.pk])).content.decode()
    assert "(correct)" in html and "Because the Protocol says so" in html
    # A double submit: sent to the result, the score unchanged.
    response = client.post(url, {**correct_answers(attempt), "submit": "1"})
    assert response.status_code == 302 and response["Location"].endswith("/review/")
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


def test_unticking_every_box_clears_a_saved_answer(client, quiz_and_learner):
    quiz, learner = quiz_and_learner
    attempt = start(client, quiz)
    url = reverse("assessments_attempt", args=[attempt.pk])
    multiple = next(q for q in attempt.questions if q["kind"] == "multiple")
    ids = [o["id"] for o in multiple["options"]]
    client.post(url, {"shown": [multiple["key"]], multiple["key"]: ids[:2]})
    answer = attempt.answers.get(key=multiple["key"])
    assert len(answer.response["choices"]) == 2
    client.post(url, {"shown": [multiple["key"]]})  # both boxes unticked
    answer.refresh_from_db()
    assert answer.response is None


def test_an_expired_attempt_is_graded_when_the_learner_comes_back(client, quiz_and_learner):
    from datetime import timedelta

    from django.utils import timezone

    quiz, learner = quiz_and_learner
    attempt = start(client, quiz)
    url = reverse("assessments_attempt", args=[attempt.pk])
    right = correct_answers(attempt)
    client.post(url, {"q1": right["q1"]})
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(1))
    assert client.get(quiz.url).status_code == 200
    attempt.refresh_from_db()
    assert not attempt.is_in_progress and attempt.score == 1
    assert client.get(url)["Location"].endswith("/review/")


def test_answers_are_autosaved_as_the_learner_goes(client, quiz_and_learner):
    quiz, learner = quiz_and_learner
    attempt = start(client, quiz)
    url = reverse("assessments_attempt", args=[attempt.pk])
    html = client.get(url).content.decode()
    assert "data-autosave" in html and "js/quiz.js" in html
    right = correct_answers(attempt)
    response = client.post(url, {"q1": right["q1"], "submit": "1"}, HTTP_X_REQUESTED_WITH="fetch")
    assert response.status_code == 200 and response.json() == {"saved": 1}
    attempt.refresh_from_db()
    assert attempt.is_in_progress  # an autosave never submits
    response = client.post(url, {"q1": "forged"}, HTTP_X_REQUESTED_WITH="fetch")
    assert response.status_code == 400 and "Question 1" in response.json()["error"]
