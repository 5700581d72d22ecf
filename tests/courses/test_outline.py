"""The course outline: lessons and quizzes counted apart on the course page and the lesson page,
and the outline beside every lesson and quiz (a collapsible list on a phone, a sidebar when
wide) with each item's state in words, the current one marked, locked ones not links."""

import pytest
from bs4 import BeautifulSoup

from assessments.models import QuizKind
from courses import services
from tests.factories.accounts import UserFactory
from tests.factories.assessments import question_create, quiz_add
from tests.factories.courses import course_create, lessons_of

pytestmark = pytest.mark.django_db


def text_of(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def test_the_course_page_counts_lessons_and_quizzes_apart(client):
    course = course_create(modules=3, lessons=3)
    modules = [m.specific for m in course.get_children()]
    for module in modules:
        quiz_add(module, questions=[question_create()])
    quiz_add(modules[-1], questions=[question_create()], kind=QuizKind.FINAL)
    meta = text_of(soup_of(client, course.url).select_one(".course-meta"))
    assert "3 modules · 9 lessons · 4 quizzes" in meta


def test_a_course_of_lessons_only_counts_no_quiz(client):
    course = course_create(modules=1, lessons=1)
    meta = text_of(soup_of(client, course.url).select_one(".course-meta"))
    assert "1 module · 1 lesson ·" in meta and "quiz" not in meta


@pytest.fixture
def course_with_pre_test():
    """Two modules of two lessons, a pre-test first and a module quiz after module 1."""
    course = course_create(modules=2, lessons=2)
    first_module = course.get_children().first().specific
    pre_test = quiz_add(
        first_module, questions=[question_create()], kind=QuizKind.PRE_TEST, title="Pre-test"
    )
    pre_test.move(first_module, pos="first-child")
    quiz = quiz_add(first_module, questions=[question_create()], title="Module quiz")
    return course, pre_test, quiz


def test_lessons_are_numbered_among_lessons(client, course_with_pre_test):
    course, pre_test, quiz = course_with_pre_test
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    from tests.courses.test_gating import submit

    submit(pre_test.specific.__class__.objects.get(pk=pre_test.pk), learner)
    lessons = lessons_of(course)
    # Item 2 of the course (after the pre-test) is lesson 1; item 5 (after the quiz) is lesson 3.
    assert "Lesson 1 of 4" in soup_of(client, lessons[0].url).select_one(".lesson .muted").text
    assert "Lesson 3 of 4" in soup_of(client, lessons[2].url).select_one(".lesson .muted").text


def nav_items(nav):
    return {
        li.select_one(".course-nav__title, a").get_text(strip=True): li
        for li in nav.select(".course-nav__item")
    }


def test_the_outline_beside_a_lesson(client, course_with_pre_test):
    course, pre_test, quiz = course_with_pre_test
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    from tests.courses.test_gating import submit

    submit(pre_test.specific.__class__.objects.get(pk=pre_test.pk), learner)
    first, second, third, fourth = lessons_of(course)
    services.item_complete(user=learner, item=first)
    client.force_login(learner)
    client.get(third.url)  # opened, not completed
    page = soup_of(client, second.url)

    # Twice: a list closed by default (the phone) and a sidebar (wide screens, by CSS).
    compact = page.select_one("details.course-nav--compact")
    wide = page.select_one("aside.course-nav--wide")
    assert compact is not None and wide is not None
    assert not compact.has_attr("open")
    assert "Course outline" in compact.summary.get_text() and "33% complete" in compact.summary.text
    for nav in (compact, wide):
        items = nav_items(nav)
        assert list(items) == [
            "Pre-test",
            first.title,
            second.title,
            "Module quiz",
            third.title,
            fourth.title,
        ]
        meta = {title: text_of(li.select_one(".course-nav__meta")) for title, li in items.items()}
        assert meta["Pre-test"] == "Quiz · First step · not graded · Done"
        assert meta[first.title] == "Lesson · Done"
        assert meta[second.title] == "Lesson · In progress"  # the current one, opened now
        assert meta["Module quiz"] == "Quiz · Not started"
        assert meta[third.title] == "Lesson · In progress"
        assert meta[fourth.title] == "Lesson · Not started"
        current = nav.select('[aria-current="page"]')
        assert [a["href"] for a in current] == [second.url]
        assert "is-current" in items[second.title]["class"]
        assert nav.select_one("progress")["value"] == "33"  # 2 of 6 required items
    # The ids of the two copies never clash.
    ids = [tag["id"] for tag in page.select("[id]")]
    assert len(ids) == len(set(ids))


def test_locked_items_in_the_outline_are_words_not_links(client, course_with_pre_test):
    course, pre_test, quiz = course_with_pre_test
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    page = soup_of(client, pre_test.url)  # the quiz page has the outline too
    wide = page.select_one("aside.course-nav--wide")
    items = nav_items(wide)
    for title in [lesson.title for lesson in lessons_of(course)] + ["Module quiz"]:
        item = items[title]
        assert "is-locked" in item["class"]
        assert item.find("a") is None
        assert "Locked: opens after you submit the pre-test" in item.get_text(" ", strip=True)
    assert wide.select_one('[aria-current="page"]')["href"] == pre_test.url
