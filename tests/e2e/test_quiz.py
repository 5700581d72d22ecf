"""Browser tier: a learner fails a module quiz, retakes it and passes; the quiz page shows
both attempts. Screenshots of the attempt and the review go to artifacts/."""

import pytest
from django.core.management import call_command

from assessments.models import QuizAttempt, QuizPage
from courses.models import CoursePage, Enrolment
from tests.helpers import browser_log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def answer(page, attempt: QuizAttempt, *, right: bool) -> None:
    """Tick or type the right (or a wrong) answer to every question, as a person would."""
    for snapshot in attempt.questions:
        leaves = snapshot["parts"] if snapshot["kind"] == "scenario" else [snapshot]
        for leaf in leaves:
            name = leaf["key"]
            if leaf["kind"] == "short_answer":
                page.fill(f"input[name='{name}']", leaf["accepted"][0] if right else "unsure")
                continue
            for option in leaf["options"]:
                wanted = option["is_correct"] if right else not option["is_correct"]
                box = page.locator(f"input[name='{name}'][value='{option['id']}']")
                if leaf["kind"] == "multiple":
                    box.set_checked(wanted)
                elif wanted:
                    box.check()
                    break


def test_learner_fails_a_quiz_retakes_it_and_passes(live_server, browser, artifacts_dir):
    call_command("seed_demo")
    course = CoursePage.objects.get(slug="human-trafficking-public-awareness")
    quiz = QuizPage.objects.live().descendant_of(course).filter(kind="module_quiz").first()
    learner_email = "learner@example.com"
    # seed_demo enrolled the demo learner in the public course.
    assert Enrolment.objects.filter(user__email=learner_email, course=course).exists()

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    browser_log_in(page, live_server.url, learner_email)

    # The pre-test gates the course: submit it as it is.
    pre_test = QuizPage.objects.live().descendant_of(course).get(kind="pre_test")
    page.goto(live_server.url + pre_test.url)
    page.get_by_role("button", name="Start").click()
    page.get_by_role("button", name="Submit for marking").click()
    page.wait_for_url("**/review/")

    # First attempt: every answer wrong.
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Start").click()
    page.wait_for_url("**/attempts/*/")
    attempt = QuizAttempt.objects.get(quiz=quiz, number=1)
    answer(page, attempt, right=False)
    page.screenshot(path=artifacts_dir / "quiz-attempt.png", full_page=True)
    page.get_by_role("button", name="Submit for marking").click()
    page.wait_for_url("**/review/")
    assert "The pass mark is 70%" in page.content()
    page.get_by_role("link", name="Back to the quiz").click()
    assert "Not passed" in page.content()

    # Second attempt: save half-way (the answers stay), then finish and pass.
    page.get_by_role("button", name="Try again").click()
    page.wait_for_url("**/attempts/*/")
    attempt = QuizAttempt.objects.get(quiz=quiz, number=2)
    answer(page, attempt, right=True)
    page.get_by_role("button", name="Save my answers").click()
    assert "Your answers are saved." in page.content()
    page.get_by_role("button", name="Submit for marking").click()
    page.wait_for_url("**/review/")
    assert "You scored <b>100%</b>" in page.content()
    page.screenshot(path=artifacts_dir / "quiz-review.png", full_page=True)
    page.get_by_role("link", name="Back to the quiz").click()
    assert page.get_by_role("cell", name="Passed", exact=True).count() == 1
    assert page.get_by_role("cell", name="Not passed", exact=True).count() == 1
    context.close()
    assert errors == []
    assert QuizAttempt.objects.filter(quiz=quiz, has_passed=True).count() == 1
