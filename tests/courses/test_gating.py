"""The rule for gating, said the same everywhere: the pre-test is the required first step and
is not graded; what follows it opens once it is submitted; a completed item is never locked."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from assessments import services as quiz_services
from assessments.models import QuizKind
from courses import selectors, services
from tests.factories.accounts import UserFactory
from tests.factories.assessments import question_create, quiz_add, wrong_answers
from tests.factories.courses import course_create, lessons_of

pytestmark = pytest.mark.django_db


def pre_test_first(course):
    module = course.get_children().first().specific
    pre_test = quiz_add(
        module, questions=[question_create("single")], kind=QuizKind.PRE_TEST, title="Pre-test"
    )
    pre_test.move(module, pos="first-child")
    return pre_test.specific.__class__.objects.get(pk=pre_test.pk)


def submit(pre_test, learner):
    attempt = quiz_services.attempt_start(user=learner, quiz=pre_test).attempt
    quiz_services.attempt_submit(attempt=attempt, user=learner, data=wrong_answers(attempt))


def outline_item(response, title):
    """The course page's outline entry for the item of this title."""
    soup = BeautifulSoup(response.content, "html.parser")
    for item in soup.select(".outline__item"):
        if title in item.get_text():
            return item
    raise AssertionError(f"{title} is not in the outline")


@pytest.fixture
def gated():
    """A learner who completed the first lesson before a pre-test was put in front of it."""
    course = course_create(modules=1, lessons=3)
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    first, second, third = lessons_of(course)
    services.item_complete(user=learner, item=first)
    pre_test = pre_test_first(course)
    return course, learner, pre_test, (first, second, third)


def test_a_completed_item_is_never_locked(gated):
    course, learner, pre_test, (first, second, third) = gated
    enrolment = services.Enrolment.objects.get(user=learner, course=course)
    outline = selectors.course_outline(course=course, enrolment=enrolment)
    states = {item.page.pk: item.state for item in outline.items}
    assert states == {
        pre_test.pk: "not_started",
        first.pk: "done",
        second.pk: "locked",
        third.pk: "locked",
    }
    assert not [item for item in outline.items if item.is_complete and item.locked_by]
    assert outline.position_of(second.pk).current.locked_by.page.pk == pre_test.pk


def test_the_course_page_says_the_rule_and_never_done_and_locked(client, gated):
    course, learner, pre_test, (first, second, third) = gated
    client.force_login(learner)
    response = client.get(course.url)
    gate = outline_item(response, "Pre-test").get_text(" ", strip=True)
    assert "First step · not graded" in gate and "optional" not in gate
    done = outline_item(response, first.title).get_text(" ", strip=True)
    assert "Done" in done and "Locked" not in done
    assert outline_item(response, first.title).find("a")["href"] == first.url
    locked = outline_item(response, second.title)
    assert "Locked: opens after you submit the pre-test" in locked.get_text(" ", strip=True)
    assert locked.find("a") is None  # not a link
    # The course page's button goes to the gate, and says so.
    html = response.content.decode()
    assert "You begin with “Pre-test”: the required first step, not graded." in html
    assert client.get(reverse("courses_resume", args=[course.pk]))["Location"] == pre_test.url


def test_a_locked_lesson_sends_the_learner_to_the_pre_test_saying_why(client, gated):
    course, learner, pre_test, (first, second, third) = gated
    client.force_login(learner)
    response = client.get(second.url, follow=True)
    assert response.redirect_chain == [(pre_test.url, 302)]
    messages = [str(m) for m in response.context["messages"]]
    assert messages == [
        f"“{second.title}” opens after you submit “Pre-test”. Start there: it is not graded, "
        "and it opens the rest of the course."
    ]
    # The lesson completed before the pre-test came stays open.
    assert client.get(first.url).status_code == 200


def test_submitting_the_pre_test_opens_the_rest(client, gated):
    course, learner, pre_test, (first, second, third) = gated
    client.force_login(learner)
    # The lesson done before the pre-test came leads to one still locked: not a link yet.
    before = BeautifulSoup(client.get(first.url).content, "html.parser")
    pager = before.select_one(".pager__next").get_text(" ", strip=True)
    assert pager == f"Next: {second.title} (opens after you submit the pre-test)"
    assert before.select_one(".pager a[rel=next]") is None
    submit(pre_test, learner)
    assert client.get(second.url).status_code == 200
    response = client.get(course.url)
    assert "Done" in outline_item(response, "Pre-test").get_text()
    assert "Locked" not in response.content.decode()
    assert outline_item(response, second.title).find("a")["href"] == second.url


def test_staff_who_read_a_course_see_no_lock(client):
    """A trainer following the course reads every lesson: nothing is recorded, nothing locks."""
    from accounts import roles
    from tests.helpers import login_with_mfa

    trainer = UserFactory(role=roles.TRAINER)
    course = course_create(modules=1, lessons=2, trainers=[trainer])
    pre_test_first(course)
    login_with_mfa(client, trainer)
    second = lessons_of(course)[1]
    assert client.get(second.url).status_code == 200
    assert "Locked" not in client.get(course.url).content.decode()
