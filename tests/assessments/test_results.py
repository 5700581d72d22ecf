"""Trainer's results: item statistics, score distribution (SVG), regrading after a correction."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts import roles
from accounts.models import AuditEntry
from assessments import services, statistics
from assessments.models import QuizAttempt, QuizRegrade
from courses import services as course_services
from courses.models import ItemProgress
from tests.factories.accounts import UserFactory
from tests.factories.assessments import correct_answers, question_create, quiz_add, wrong_answers
from tests.factories.courses import course_create
from tests.helpers import login_with_mfa, refused

pytestmark = pytest.mark.django_db


def leaf(key, qid, correct="a"):
    return {
        "key": key,
        "kind": "single",
        "text": f"Question {qid}",
        "points": 1,
        "question_id": qid,
        "options": [
            {"id": "a", "text": "A", "is_correct": correct == "a", "feedback": ""},
            {"id": "b", "text": "B", "is_correct": correct == "b", "feedback": ""},
        ],
    }


def test_facility_discrimination_and_option_counts():
    snapshots = [leaf("q1", 1), leaf("q2", 2)]
    # Question 1 is answered right by the strong attempts only; question 2 by everybody.
    attempts = []
    for q1_right in [True, True, True, False, False, False]:
        answers = {
            "q1": {"response": {"choice": "a" if q1_right else "b"}, "points": int(q1_right)},
            "q2": {"response": {"choice": "a"}, "points": 1},
        }
        attempts.append((snapshots, answers))
    items = {i.item: i for i in statistics.quiz_item_statistics(attempts)}
    assert items["1"].facility == 0.5 and items["2"].facility == 1.0
    assert items["2"].discrimination is None  # no spread: undefined
    assert [(o.id, o.count) for o in items["1"].options] == [("a", 3), ("b", 3)]
    # An item that the weaker attempts get right and the stronger wrong discriminates negatively.
    reversed_attempts = []
    for strong in [True, True, True, False, False, False]:
        answers = {
            "q1": {"response": {"choice": "b" if strong else "a"}, "points": int(not strong)},
            "q2": {"response": {"choice": "a" if strong else "b"}, "points": int(strong)},
        }
        reversed_attempts.append((snapshots, answers))
    items = {i.item: i for i in statistics.quiz_item_statistics(reversed_attempts)}
    assert items["1"].discrimination == pytest.approx(-1.0)


def test_score_distribution_bins():
    assert statistics.score_distribution([0, 9.99, 10, 55, 99, 100]) == [
        2,
        1,
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        2,
    ]


@pytest.fixture
def taken_quiz():
    trainer = UserFactory(role=roles.TRAINER)
    course = course_create(modules=1, lessons=0, trainers=[trainer])
    module = course.get_children().get().specific
    faulty = question_create("single")
    quiz = quiz_add(module, questions=[faulty, question_create("true_false")], pass_mark=100)
    learners = []
    for right in (True, False, False):
        learner = UserFactory()
        course_services.enrolment_create(user=learner, course=course)
        attempt = services.attempt_start(user=learner, quiz=quiz).attempt
        answers = correct_answers(attempt) if right else wrong_answers(attempt)
        services.attempt_submit(attempt=attempt, user=learner, data=answers)
        learners.append(learner)
    return trainer, quiz, faulty, learners


def test_regrade_after_correcting_a_question(taken_quiz):
    trainer, quiz, faulty, learners = taken_quiz
    # The trainer finds the key was wrong: the option the failing learners chose is right.
    body = faulty.body.get_prep_value()
    for option in body[0]["value"]["options"]:
        option["value"]["is_correct"] = option["value"]["text"] in {"Recruitment"}
    faulty.body = body
    faulty.save()
    result = services.quiz_regrade(quiz=quiz, actor=trainer)
    assert result.record.attempts_regraded == 3 and result.record.attempts_changed == 3
    scores = {a.user_id: a.percent for a in QuizAttempt.objects.filter(quiz=quiz).order_by("pk")}
    # The first learner chose "Exploitation" (now wrong): 50%; the others chose "Recruitment"
    # for the first question but got the true/false wrong: 50%.
    assert list(scores.values()) == [50, 50, 50]
    assert all(a.regraded_at for a in QuizAttempt.objects.filter(quiz=quiz))
    assert QuizRegrade.objects.get().detail["changes"][0]["before"] == "100.00"
    assert AuditEntry.objects.filter(action="quiz.regrade", actor=trainer).exists()
    # The pass of the first learner is not taken back.
    assert ItemProgress.objects.filter(item=quiz, completed_at__isnull=False).count() == 1
    again = services.quiz_regrade(quiz=quiz, actor=trainer)
    assert again.record.attempts_changed == 0


def test_trainers_see_results_of_their_courses_only(client, taken_quiz):
    trainer, quiz, faulty, learners = taken_quiz
    url = reverse("assessments_admin:results", args=[quiz.pk])
    login_with_mfa(client, UserFactory(role=roles.TRAINER))
    assert refused(client.get(url))
    assert refused(client.post(reverse("assessments_admin:regrade", args=[quiz.pk])))
    client.logout()
    from django.core.cache import cache

    cache.clear()
    login_with_mfa(client, trainer)
    html = client.get(url).content.decode()
    assert "<svg" in html and "Scores of 3 graded attempts" in html
    assert "Which element is the purpose?" in html
    listing = client.get(reverse("assessments_admin:quizzes")).content.decode()
    assert quiz.title in listing
    response = client.post(reverse("assessments_admin:regrade", args=[quiz.pk]), follow=True)
    assert "Regraded 3 attempts: 0 changed" in response.content.decode()


def test_the_results_page_queries_do_not_grow_with_attempts(client, taken_quiz):
    trainer, quiz, faulty, learners = taken_quiz
    login_with_mfa(client, trainer)
    url = reverse("assessments_admin:results", args=[quiz.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    course = quiz.get_parent().get_parent()
    for _ in range(10):
        learner = UserFactory()
        course_services.enrolment_create(user=learner, course=course.specific)
        attempt = services.attempt_start(user=learner, quiz=quiz).attempt
        services.attempt_submit(attempt=attempt, user=learner, data=correct_answers(attempt))
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_discrimination_weighs_points_not_fractions():
    """A 10-point item that only the learners who got the rest wrong answered correctly
    discriminates negatively."""
    heavy = {**leaf("q1", 1), "points": 10}
    snapshots = [heavy, leaf("q2", 2), leaf("q3", 3)]
    attempts = []
    for heavy_right in [True, True, True, False, False, False]:
        rest = 0 if heavy_right else 1
        answers = {
            "q1": {"response": {"choice": "a"}, "points": 10 if heavy_right else 0},
            "q2": {"response": {"choice": "a"}, "points": rest},
            "q3": {"response": {"choice": "a"}, "points": rest},
        }
        attempts.append((snapshots, answers))
    items = {i.item: i for i in statistics.quiz_item_statistics(attempts)}
    assert items["1"].discrimination == pytest.approx(-1.0)


def test_the_quiz_list_filters_by_course_and_costs_the_same_for_1_and_50_quizzes(client):
    trainer = UserFactory(role=roles.TRAINER)
    first = course_create(title="Interviewing", modules=1, lessons=0, trainers=[trainer])
    second = course_create(title="Referral", modules=1, lessons=0, trainers=[trainer])
    not_followed = course_create(title="Not followed", modules=1, lessons=0)
    question = question_create()
    module_of = {c.pk: c.get_children().get().specific for c in (first, second, not_followed)}
    quiz_add(module_of[first.pk], questions=[question], title="Opening quiz")
    quiz_add(module_of[not_followed.pk], questions=[question], title="Hidden quiz")
    login_with_mfa(client, trainer)
    url = reverse("assessments_admin:quizzes")
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        response = client.get(url)
    assert [q.title for q in response.context["object_list"]] == ["Opening quiz"]
    assert response.context["object_list"][0].course_title == "Interviewing"
    for n in range(49):
        quiz_add(module_of[second.pk], questions=[question], title=f"Referral quiz {n}")
    client.get(url)  # the new pages replaced the pages' cache (the site): read it again first
    with CaptureQueriesContext(connection) as fifty:
        response = client.get(url)
    assert len(response.context["object_list"]) == 50
    assert len(fifty) == len(one)
    html = client.get(url, {"course": first.pk}).content.decode()
    assert "Opening quiz" in html and "Referral quiz" not in html and "Hidden quiz" not in html
    assert "50 quizzes" in client.get(url).content.decode()
    # A course the trainer does not follow is not a choice.
    html = client.get(url, {"course": not_followed.pk}).content.decode()
    assert "Select a valid choice" in html and "Hidden quiz" not in html
    results = client.get(reverse("assessments_admin:quizzes_results"), {"course": first.pk})
    assert "Opening quiz" in results.content.decode()
    assert "Referral quiz" not in results.content.decode()


def test_every_attempt_is_listed_paged_and_filtered_by_result(client, taken_quiz):
    """The attempts are a Wagtail listing (paged, filtered), not a table cut at some number."""
    trainer, quiz, faulty, learners = taken_quiz
    login_with_mfa(client, trainer)
    summary = client.get(reverse("assessments_admin:results", args=[quiz.pk])).content.decode()
    attempts_url = reverse("assessments_admin:attempts", args=[quiz.pk])
    assert attempts_url in summary and "All 3 graded attempts" in summary
    html = client.get(attempts_url).content.decode()
    for learner in learners:
        assert learner.email in html
    passed = client.get(attempts_url, {"has_passed": "true"}).content.decode()
    assert learners[0].email in passed and learners[1].email not in passed
    failed = client.get(
        reverse("assessments_admin:attempts_results", args=[quiz.pk]), {"has_passed": "false"}
    ).content.decode()
    assert learners[0].email not in failed and learners[1].email in failed
    assert client.get(attempts_url, {"has_passed": "maybe"}).status_code == 200


def test_the_attempts_listing_pages_and_costs_the_same_for_3_and_60_attempts(client, taken_quiz):
    trainer, quiz, faulty, learners = taken_quiz
    login_with_mfa(client, trainer)
    url = reverse("assessments_admin:attempts", args=[quiz.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    course = quiz.get_parent().get_parent().specific
    for _ in range(57):
        learner = UserFactory()
        course_services.enrolment_create(user=learner, course=course)
        attempt = services.attempt_start(user=learner, quiz=quiz).attempt
        services.attempt_submit(attempt=attempt, user=learner, data=wrong_answers(attempt))
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(many) == len(few)
    assert listing_rows(response) == 1 + 50  # the header and the first page
    assert listing_rows(client.get(url, {"p": 2})) == 1 + 10


def listing_rows(response) -> int:
    html = response.content.decode()
    table = html[html.index('<table class="listing') :]
    return table[: table.index("</table>")].count("<tr")


def test_only_those_who_manage_the_course_see_its_attempts(client, taken_quiz):
    trainer, quiz, faulty, learners = taken_quiz
    login_with_mfa(client, UserFactory(role=roles.TRAINER))
    assert refused(client.get(reverse("assessments_admin:attempts", args=[quiz.pk])))
    assert refused(client.get(reverse("assessments_admin:gain", args=[quiz.pk])))
