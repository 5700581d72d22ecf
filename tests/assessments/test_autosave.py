"""Autosave stops once the learner submits (issue 16): a save that arrives after the learner's
own submit is answered quietly (nothing saved, no error), a second submit leads to the result,
while a save after the time is up still says the attempt is closed. The script's messages come
from the template, so that they can be translated."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from assessments.models import QuizAnswer, QuizAttempt
from courses import services as course_services
from tests.factories.accounts import UserFactory
from tests.factories.assessments import correct_answers, question_create, quiz_add, wrong_answers
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_X_REQUESTED_WITH": "fetch"}


@pytest.fixture
def attempt(client):
    course = course_create(modules=1, lessons=1)
    module = course.get_children().get().specific
    quiz = quiz_add(module, questions=[question_create("single"), question_create("true_false")])
    learner = UserFactory()
    course_services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    response = client.post(reverse("assessments_start", args=[quiz.pk]))
    return QuizAttempt.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])


def test_a_save_that_arrives_after_the_submit_is_answered_quietly(client, attempt):
    url = reverse("assessments_attempt", args=[attempt.pk])
    right, wrong = correct_answers(attempt), wrong_answers(attempt)
    response = client.post(url, {**right, "submit": "1"})
    assert response["Location"].endswith("/review/")
    saved = {a.key: a.response for a in QuizAnswer.objects.filter(attempt=attempt)}

    response = client.post(url, {"q1": wrong["q1"], "save": "1"}, **AUTOSAVE)
    assert response.status_code == 200
    assert response.json() == {"saved": 0, "submitted": True}
    assert {a.key: a.response for a in QuizAnswer.objects.filter(attempt=attempt)} == saved
    attempt.refresh_from_db()
    assert attempt.percent == 100


def test_a_second_submit_leads_to_the_result_and_changes_nothing(client, attempt):
    url = reverse("assessments_attempt", args=[attempt.pk])
    client.post(url, {**wrong_answers(attempt), "submit": "1"})
    response = client.post(url, {**correct_answers(attempt), "submit": "1"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "assessments_attempt_review", args=[attempt.pk]
    )
    assert "already submitted: here is its result" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.percent == 0


def test_a_save_after_the_time_is_up_still_says_the_attempt_is_closed(client, attempt):
    url = reverse("assessments_attempt", args=[attempt.pk])
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(1))
    response = client.post(url, {"q1": correct_answers(attempt)["q1"]}, **AUTOSAVE)
    assert response.status_code == 409 and "time for this attempt is up" in response.json()["error"]
    # Closed by the clock (graded when the learner came back), not submitted: still said.
    client.get(url)
    attempt.refresh_from_db()
    assert not attempt.is_in_progress
    response = client.post(url, {"q1": correct_answers(attempt)["q1"]}, **AUTOSAVE)
    assert response.status_code == 409 and "already been submitted" in response.json()["error"]


def test_the_scripts_messages_come_from_the_template(client, attempt):
    html = client.get(reverse("assessments_attempt", args=[attempt.pk])).content.decode()
    messages = dict(re.findall(r'data-say-([a-z]+)="([^"]+)"', html))
    assert set(messages) == {
        "saved", "closed", "submitted", "rejected", "offline", "submitting", "saving"
    }  # fmt: skip
    assert messages["saved"] == "Your answers are saved."
    script = (Path(settings.BASE_DIR) / "static" / "js" / "quiz.js").read_text()
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("//"))
    # Every name the script says is one the template provides; no sentence is written in it.
    assert set(re.findall(r'say\("([a-z]+)"', code)) <= set(messages)
    assert [s for s in re.findall(r'"([^"]*)"', code) if " " in s] == ["use strict"]
