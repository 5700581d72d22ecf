"""Browser tier: a learner finds their course, enrols, reads two lessons, leaves, comes back and
resumes at the right lesson; the pages fit a 320 px screen. Screenshots go to artifacts/."""

import pytest
from django.core.management import call_command

from assessments.models import QuizPage
from courses.models import CoursePage, Enrolment, LessonPage
from tests.helpers import browser_log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COURSE_SLUG = "trafficking-for-police-and-border-officers"


def test_learner_enrols_reads_two_lessons_and_resumes(live_server, browser, artifacts_dir):
    call_command("seed_demo")
    course = CoursePage.objects.get(slug=COURSE_SLUG)
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    errors = []

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    browser_log_in(page, live_server.url, "learner@example.com")

    # The catalogue shows the learner's own audience's course; they open it and enrol.
    page.goto(live_server.url + "/courses/")
    page.get_by_role("link", name=course.title).click()
    page.wait_for_url(f"**{course.url}")
    page.get_by_role("button", name="Enrol in this course").click()
    page.wait_for_load_state()
    assert "You are enrolled" in page.content()
    assert Enrolment.objects.filter(user__email="learner@example.com", course=course).count() == 1

    # Starting opens the pre-test first (it gates the lessons); the learner answers nothing
    # and submits it, then resumes at the first lesson.
    page.get_by_role("link", name="Start the course").click()
    page.wait_for_url("**/pre-test/")
    page.get_by_role("button", name="Start").click()
    page.get_by_role("button", name="Submit for marking").click()
    page.wait_for_url("**/review/")
    assert "does not count toward passing" in page.content()
    page.goto(live_server.url + course.url)
    page.get_by_role("link", name=f"Resume: {lessons[0].title}").click()
    page.wait_for_url(f"**{lessons[0].url}")
    # Read the first lesson, mark it complete; the second opens; mark it complete too.
    page.get_by_role("button", name="Mark as complete and continue").click()
    page.wait_for_url(f"**{lessons[1].url}")
    assert lessons[1].title in page.locator("h1").inner_text()
    page.get_by_role("button", name="Mark as complete and continue").click()
    page.wait_for_url(f"**{lessons[2].url}")

    # Leave: log out. Come back later, in a fresh browser session.
    page.get_by_role("button", name="Log out").click()
    page.wait_for_load_state()
    context.close()

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    browser_log_in(page, live_server.url, "learner@example.com")
    page.goto(live_server.url + "/learn/")
    page.screenshot(path=artifacts_dir / "learn-dashboard.png", full_page=True)
    page.goto(live_server.url + course.url)
    resume = page.get_by_role("link", name=f"Resume: {lessons[2].title}")
    assert resume.count() == 1
    progress = page.locator(".course-status progress")
    required = (
        len(lessons)
        + QuizPage.objects.live().descendant_of(course).filter(is_required=True).count()
    )
    assert progress.get_attribute("value") == str(2 * 100 // required)
    page.screenshot(path=artifacts_dir / "course-page.png", full_page=True)
    resume.click()
    page.wait_for_url(f"**{lessons[2].url}")
    assert lessons[2].title in page.locator("h1").inner_text()
    context.close()

    # A lesson and the course page on a 320 px phone: nothing runs off the side.
    context = browser.new_context(viewport={"width": 320, "height": 720})
    page = context.new_page()
    browser_log_in(page, live_server.url, "learner@example.com")
    for name, url in [("lesson-320", lessons[2].url), ("course-320", course.url)]:
        page.goto(live_server.url + url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, (name, overflow)
        page.screenshot(path=artifacts_dir / f"{name}.png", full_page=True)
    context.close()
    assert errors == []
