"""Browser tier: a learner takes the pre-test, fails a module quiz, reads which questions to
revisit and follows a "Revisit" link to its lesson, tries again from the result (an answer
changed just before submitting: the autosave stops, nothing answers 409, a double click submits
once) and passes; then passes the final assessment, and the result page says the course is
complete and links to the certificate. Screenshots at 1280 and 360 px go to artifacts/."""

import re
import time

import pytest
from django.core.management import call_command

from assessments import services as assessment_services
from assessments.models import QuizAttempt, QuizPage
from courses import services as course_services
from courses.models import CoursePage, Enrolment, LessonPage
from tests.factories.assessments import correct_answers
from tests.helpers import browser_log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LEARNER = "learner@example.com"


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


def screenshots(page, artifacts_dir, name: str) -> None:
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=artifacts_dir / f"{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def latest(quiz) -> QuizAttempt:
    return QuizAttempt.objects.filter(quiz=quiz, user__email=LEARNER).order_by("-number").first()


def fail_and_revisit(page, artifacts_dir, base_url: str, course, quiz) -> str:
    """Every answer wrong; the result names the questions and their lessons; follow one.
    Returns the result's address."""
    page.goto(base_url + quiz.url)
    page.get_by_role("button", name="Start").click()
    page.wait_for_url("**/attempts/*/")
    answer(page, latest(quiz), right=False)
    page.get_by_role("button", name="Submit for marking").click()
    page.wait_for_url("**/review/")
    result_url = page.url
    assert "The pass mark is 70%" in page.content() and "Questions to revisit" in page.content()
    screenshots(page, artifacts_dir, "quiz-failed-result")
    revisit = page.locator("a.revisit-list__lesson").first
    title = revisit.inner_text().removeprefix("↻").strip().removeprefix("Revisit: ")
    lesson = LessonPage.objects.live().descendant_of(course).get(title=title)
    revisit.click()
    page.wait_for_url(f"**{lesson.url}")
    assert title in page.locator("h1").inner_text()
    return result_url


def retry_and_pass(page, artifacts_dir, result_url: str, quiz, posts: list) -> None:
    """Try again from the result. An answer changed just before submitting, and a double
    click: one submit, and no save after it."""
    page.goto(result_url)
    page.get_by_role("button", name="Try again").click()
    page.wait_for_url("**/attempts/*/")
    answer(page, latest(quiz), right=True)
    page.wait_for_timeout(1000)  # autosaves of the answers ticked

    # The server takes its time to mark (as a busy one does): a save the script still sent
    # while the submit is under way would show here.
    def slow_submit(route, request):
        if request.method == "POST" and not request.headers.get("x-requested-with"):
            time.sleep(1.5)
        route.continue_()

    page.route("**/attempts/*/", slow_submit)
    leaf = next(q for q in latest(quiz).questions if q["kind"] in ("single", "true_false"))
    wrong = next(o for o in leaf["options"] if not o["is_correct"])
    right = next(o for o in leaf["options"] if o["is_correct"])
    page.locator(f"input[name='{leaf['key']}'][value='{wrong['id']}']").check()
    page.locator(f"input[name='{leaf['key']}'][value='{right['id']}']").check()
    posts.clear()
    page.get_by_role("button", name="Submit for marking").dblclick()
    page.wait_for_url("**/review/")
    page.wait_for_timeout(1000)  # time for a save the timer would have sent
    submits = [kind for kind, url in posts if "/attempts/" in url and "/review/" not in url]
    assert submits == ["form"], posts
    page.unroute("**/attempts/*/")
    assert "You scored <b>100%</b>" in page.content() and "You passed" in page.content()
    assert "Next: " in page.content()
    screenshots(page, artifacts_dir, "quiz-passed-result")
    page.get_by_role("link", name="Back to the quiz").click()
    # A click only starts the navigation: wait for the quiz page before counting its rows.
    page.wait_for_url(re.compile(re.escape(quiz.url) + r"$"))
    assert page.get_by_role("cell", name="Passed", exact=True).count() == 1
    failed = page.get_by_role("cell", name=re.compile(r"^Not passed"))
    assert failed.count() == 1 and "questions to revisit" in failed.inner_text()
    screenshots(page, artifacts_dir, "quiz-attempts")


def pass_the_final(page, artifacts_dir, base_url: str, course, quizzes, done) -> None:
    """Every other item done (as the learner would), the final assessment passed in the
    browser: the course is complete and the certificate is linked."""
    learner = Enrolment.objects.get(user__email=LEARNER, course=course).user
    for item in LessonPage.objects.live().descendant_of(course):
        course_services.item_complete(user=learner, item=item)
    for other in quizzes.filter(kind="module_quiz").exclude(pk=done.pk):
        started = assessment_services.attempt_start(user=learner, quiz=other)
        assessment_services.attempt_submit(
            attempt=started.attempt, user=learner, data=correct_answers(started.attempt)
        )
    final = quizzes.get(kind="final")
    page.goto(base_url + final.url)
    page.get_by_role("button", name="Start").click()
    page.wait_for_url("**/attempts/*/")
    answer(page, latest(final), right=True)
    page.get_by_role("button", name="Submit for marking").click()
    page.wait_for_url("**/review/")
    html = page.content()
    assert f"Congratulations: you have completed {course.title}" in html
    # Tasks run eagerly here, so the PDF is made by the time the page shows; with a worker the
    # page says it is being prepared until it is.
    assert "Download your certificate (PDF)" in html or "being prepared" in html
    screenshots(page, artifacts_dir, "quiz-final-passed")


def test_learner_fails_a_quiz_revisits_a_lesson_retakes_it_and_passes(
    live_server, browser, artifacts_dir
):
    call_command("seed_demo")
    course = CoursePage.objects.get(slug="human-trafficking-public-awareness")
    quizzes = QuizPage.objects.live().descendant_of(course).order_by("path")
    quiz = quizzes.filter(kind="module_quiz").first()
    # seed_demo enrolled the demo learner in the public course.
    assert Enrolment.objects.filter(user__email=LEARNER, course=course).exists()

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors, refused, posts = [], [], []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("response", lambda r: refused.append(r.url) if r.status >= 400 else None)
    page.on(
        "request",
        lambda r: (
            posts.append(("fetch" if r.headers.get("x-requested-with") else "form", r.url))
            if r.method == "POST"
            else None
        ),
    )
    browser_log_in(page, live_server.url, LEARNER)

    # The pre-test is the required first step: submit it as it is.
    page.goto(live_server.url + quizzes.get(kind="pre_test").url)
    assert "optional" not in page.content().lower()
    page.get_by_role("button", name="Start").click()
    page.get_by_role("button", name="Submit for marking").click()
    page.wait_for_url("**/review/")
    assert "Thank you for taking the pre-test" in page.content()

    result_url = fail_and_revisit(page, artifacts_dir, live_server.url, course, quiz)
    retry_and_pass(page, artifacts_dir, result_url, quiz, posts)
    pass_the_final(page, artifacts_dir, live_server.url, course, quizzes, quiz)
    context.close()
    assert errors == [] and refused == []
    assert QuizAttempt.objects.filter(quiz=quiz, has_passed=True).count() == 1
