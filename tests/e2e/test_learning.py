"""Browser tier: a learner finds their course, enrols, is sent to the pre-test first (locked
lessons say so), answers a knowledge check wrong then right, reads two lessons with the course
outline beside them, leaves, comes back and resumes at the right lesson; on a phone the outline
is a list closed by default and nothing runs off the side. Screenshots go to artifacts/."""

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

    meet_the_gate(page, live_server.url, course, lessons[0])

    # Starting opens the pre-test first (it gates the lessons); the learner answers nothing
    # and submits it, then resumes at the first lesson.
    page.get_by_role("link", name="Resume: Pre-test: what do you know already?").click()
    page.wait_for_url("**/pre-test/")
    page.get_by_role("button", name="Start").click()
    page.get_by_role("button", name="Submit for marking").click()
    page.wait_for_url("**/review/")
    assert "does not count toward passing" in page.content()
    page.goto(live_server.url + course.url)
    page.get_by_role("link", name=f"Resume: {lessons[0].title}").click()
    page.wait_for_url(f"**{lessons[0].url}")
    # Beside the lesson, the course outline: a sidebar at this width, the lesson marked current.
    sidebar = page.locator("aside.course-nav--wide")
    assert sidebar.is_visible() and not page.locator("details.course-nav--compact").is_visible()
    current = sidebar.locator('[aria-current="page"]')
    assert current.inner_text() == lessons[0].title
    # A knowledge check: answered wrong, then right, without reloading the page.
    check_wrong_then_right(page, lessons[0], artifacts_dir)
    page.screenshot(path=artifacts_dir / "lesson-1280.png", full_page=True)
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
    # Done: the pre-test (required, submitted) and two lessons.
    assert progress.get_attribute("value") == str(3 * 100 // required)
    page.screenshot(path=artifacts_dir / "course-page.png", full_page=True)
    resume.click()
    page.wait_for_url(f"**{lessons[2].url}")
    assert lessons[2].title in page.locator("h1").inner_text()
    context.close()

    on_a_phone(browser, live_server.url, course, lessons[2], artifacts_dir)
    assert errors == []


def meet_the_gate(page, base_url, course, first_lesson):
    """The outline says the rule: the pre-test is the first step, not graded; the rest opens
    after it. A locked lesson is not a link, and its address leads to the pre-test."""
    outline = page.locator(".outline")
    assert "First step · not graded" in outline.inner_text()
    assert outline.get_by_role("link", name=first_lesson.title).count() == 0
    assert "Locked: opens after you submit the pre-test" in outline.inner_text()
    page.goto(base_url + first_lesson.url)
    page.wait_for_url("**/pre-test/")
    assert "opens after you submit" in page.locator(".messages").inner_text()
    page.goto(base_url + course.url)


def on_a_phone(browser, base_url, course, lesson, artifacts_dir):
    """A lesson and the course page on a 320 px phone: the outline is a list closed by
    default above the lesson, and nothing runs off the side."""
    context = browser.new_context(viewport={"width": 320, "height": 720})
    page = context.new_page()
    browser_log_in(page, base_url, "learner@example.com")
    page.goto(base_url + lesson.url)
    compact = page.locator("details.course-nav--compact")
    assert compact.is_visible() and compact.get_attribute("open") is None
    assert not page.locator("aside.course-nav--wide").is_visible()
    compact.locator("summary").click()
    assert compact.locator('[aria-current="page"]').inner_text() == lesson.title
    page.screenshot(path=artifacts_dir / "lesson-320-outline.png", full_page=True)
    for name, url in [("lesson-320", lesson.url), ("course-320", course.url)]:
        page.goto(base_url + url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, (name, overflow)
        page.screenshot(path=artifacts_dir / f"{name}.png", full_page=True)
    context.close()


def check_wrong_then_right(page, lesson, artifacts_dir):
    """Answer the lesson's first knowledge check wrong, then right (the test reads which is
    which from the database: the page does not say)."""
    block = next(
        b for b in LessonPage.objects.get(pk=lesson.pk).body if b.block_type == "knowledge_check"
    )
    options = list(block.value["options"])
    right = next(n for n, option in enumerate(options) if option["is_correct"])
    wrong = next(n for n, option in enumerate(options) if not option["is_correct"])
    check = page.locator(f"#check-{block.id}")
    assert options[right]["feedback"] not in page.content()
    url = page.url
    result = check.locator("[aria-live=polite]")
    for choice, verdict in [(wrong, "Not the right answer."), (right, "Right answer.")]:
        check.locator(f"input[name=choice][value='{choice}']").check()
        check.get_by_role("button", name="Check my answer").click()
        result.get_by_text(verdict, exact=True).wait_for()
        assert options[choice]["feedback"] in result.inner_text()
        assert page.url == url  # no reload
    check.screenshot(path=artifacts_dir / "knowledge-check-right.png")
