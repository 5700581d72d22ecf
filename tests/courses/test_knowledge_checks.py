"""Knowledge checks in lessons: the page holds the question and options only; the learner's
choice is marked on the server (right or wrong, with that option's feedback; the explanation
after a right answer), as a fragment for JavaScript or as the lesson again without it. Practice:
nothing is recorded. Bad input is a clear 400, never a 500."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from accounts import roles
from courses import services
from courses.models import Enrolment, ItemProgress, LessonPage
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create, lesson_body, lessons_of, publish
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db

FRAGMENT = {"HTTP_X_REQUESTED_WITH": "fetch"}
OPTIONS = [
    ("Recruitment", False, "Recruitment is the act."),
    ("Deception", True, "Deception is one of the means."),
    ("Exploitation", False, "Exploitation is the purpose."),
]
EXPLANATION = "Article 3 lists the means: threats, force, deception."


def check_block(block_id: str) -> dict:
    return {
        "type": "knowledge_check",
        "id": block_id,
        "value": {
            "question": "Which element is the false promise?",
            "options": [
                {"text": text, "is_correct": ok, "feedback": feedback}
                for text, ok, feedback in OPTIONS
            ],
            "explanation": f"<p>{EXPLANATION}</p>",
        },
    }


@pytest.fixture
def lesson_with_check():
    course = course_create(modules=1, lessons=2)
    lesson = lessons_of(course)[0]
    block_id = str(uuid.uuid4())
    lesson.body = [*lesson_body("Before the check."), check_block(block_id)]
    publish(lesson)
    return course, LessonPage.objects.get(pk=lesson.pk), block_id


@pytest.fixture
def learner(lesson_with_check):
    course, lesson, block_id = lesson_with_check
    user = UserFactory()
    services.enrolment_create(user=user, course=course)
    return user


def check_url(lesson, block_id) -> str:
    return reverse("courses_knowledge_check", args=[lesson.pk, block_id])


def progress_state(user):
    enrolment = Enrolment.objects.get(user=user)
    return (
        enrolment.started_at,
        enrolment.last_activity_at,
        enrolment.progress_percent,
        list(
            ItemProgress.objects.filter(enrolment=enrolment).values_list("item_id", "completed_at")
        ),
    )


def test_the_lesson_carries_no_answer(client, lesson_with_check, learner):
    course, lesson, block_id = lesson_with_check
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    for text, _ok, feedback in OPTIONS:
        assert text in html
        assert feedback not in html
    assert EXPLANATION not in html
    assert "is-correct" not in html and "is-right" not in html and "Correct" not in html
    soup = BeautifulSoup(html, "html.parser")
    form = soup.select_one("form[data-knowledge-check]")
    assert form["action"] == f"{check_url(lesson, block_id)}#check-{block_id}"
    assert form.select_one("input[name=csrfmiddlewaretoken]") is not None
    assert [i["value"] for i in form.select("input[name=choice]")] == ["0", "1", "2"]
    assert form.select_one("[aria-live=polite]") is not None
    assert soup.select_one('script[src$="js/knowledge-check.js"]') is not None


def test_a_right_answer_is_marked_right_with_its_feedback_and_the_explanation(
    client, lesson_with_check, learner
):
    course, lesson, block_id = lesson_with_check
    client.force_login(learner)
    before = progress_state(learner)
    response = client.post(check_url(lesson, block_id), {"choice": "1"}, **FRAGMENT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Right answer." in html and "You chose “Deception”." in html
    assert OPTIONS[1][2] in html and EXPLANATION in html
    assert OPTIONS[0][2] not in html and OPTIONS[2][2] not in html
    assert 'data-choice="1"' in html and 'data-correct="true"' in html
    assert "<html" not in html  # a fragment
    assert progress_state(learner) == before  # practice: nothing recorded


def test_a_wrong_answer_is_marked_wrong_with_only_its_own_feedback(
    client, lesson_with_check, learner
):
    course, lesson, block_id = lesson_with_check
    client.force_login(learner)
    response = client.post(check_url(lesson, block_id), {"choice": "2"}, **FRAGMENT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Not the right answer." in html and "You chose “Exploitation”." in html
    assert OPTIONS[2][2] in html
    # Neither the right option's feedback nor the explanation gives the answer away.
    assert OPTIONS[1][2] not in html and EXPLANATION not in html
    assert "Deception" not in html


@pytest.mark.parametrize("choice", ["", "3", "99", "-1", "abc", "1.0", "٣", "1" * 500, None])
def test_a_bad_choice_is_a_clear_400(client, lesson_with_check, learner, choice):
    course, lesson, block_id = lesson_with_check
    client.force_login(learner)
    data = {} if choice is None else {"choice": choice}
    response = client.post(check_url(lesson, block_id), data, **FRAGMENT)
    assert response.status_code == 400
    assert "Choose one of the answers, then check it." in response.content.decode()
    # Without JavaScript: the lesson again, with the same message at the check.
    response = client.post(check_url(lesson, block_id), data)
    assert response.status_code == 400
    check = BeautifulSoup(response.content, "html.parser").select_one(f"#check-{block_id}")
    assert "Choose one of the answers, then check it." in check.get_text()


def test_unknown_checks_and_addresses(client, lesson_with_check, learner):
    course, lesson, block_id = lesson_with_check
    client.force_login(learner)
    response = client.post(check_url(lesson, uuid.uuid4()), {"choice": "1"}, **FRAGMENT)
    assert response.status_code == 404
    assert "no longer in the lesson" in response.content.decode()
    assert client.post(check_url(lesson, uuid.uuid4()), {"choice": "1"}).status_code == 404
    other = lessons_of(course)[1]  # a lesson without this check
    assert client.post(check_url(other, block_id), {"choice": "1"}).status_code == 404
    for path in [
        f"/learn/check/{lesson.pk}/not-a-uuid/",
        f"/learn/check/{'9' * 30}/{block_id}/",
        f"/learn/check/999999/{block_id}/",
    ]:
        assert client.post(path, {"choice": "1"}).status_code == 404, path
    assert client.get(check_url(lesson, block_id)).status_code == 405


def test_without_javascript_the_lesson_comes_back_at_the_check(client, lesson_with_check, learner):
    course, lesson, block_id = lesson_with_check
    client.force_login(learner)
    before = progress_state(learner)
    response = client.post(check_url(lesson, block_id), {"choice": "0"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == lesson.title
    check = soup.select_one(f"#check-{block_id}")
    chosen = check.select_one("input[checked]")
    assert chosen["value"] == "0"
    assert "is-wrong" in chosen.find_parent("label")["class"]
    verdict = check.select_one("[aria-live=polite]").get_text(" ")
    assert "Not the right answer." in verdict and OPTIONS[0][2] in verdict
    assert OPTIONS[1][2] not in response.content.decode()
    assert progress_state(learner) == before


def test_the_check_needs_the_csrf_token(lesson_with_check, learner):
    course, lesson, block_id = lesson_with_check
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert client.post(check_url(lesson, block_id), {"choice": "1"}).status_code == 403
    page = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    token = page.select_one("form[data-knowledge-check] input[name=csrfmiddlewaretoken]")["value"]
    response = client.post(
        check_url(lesson, block_id), {"choice": "1", "csrfmiddlewaretoken": token}, **FRAGMENT
    )
    assert response.status_code == 200


def test_only_those_who_may_read_the_lesson_may_check(client, lesson_with_check):
    course, lesson, block_id = lesson_with_check
    url = check_url(lesson, block_id)
    response = client.post(url, {"choice": "1"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    client.force_login(UserFactory())  # not enrolled
    response = client.post(url, {"choice": "1"}, **FRAGMENT)
    assert response.status_code == 403
    assert OPTIONS[1][2] not in response.content.decode()
    response = client.post(url, {"choice": "1"})
    assert response.status_code == 302 and response["Location"] == course.url


def test_a_check_in_a_locked_lesson_sends_the_learner_to_the_pre_test(
    client, lesson_with_check, learner
):
    from tests.courses.test_gating import pre_test_first

    course, lesson, block_id = lesson_with_check
    pre_test = pre_test_first(course)
    client.force_login(learner)
    response = client.post(check_url(lesson, block_id), {"choice": "1"}, **FRAGMENT)
    assert response.status_code == 403
    assert "opens after you submit" in response.content.decode()
    response = client.post(check_url(lesson, block_id), {"choice": "1"})
    assert response.status_code == 302 and response["Location"] == pre_test.url


def test_an_editor_checks_a_draft_in_the_preview_and_learners_cannot(client, lesson_with_check):
    course, lesson, block_id = lesson_with_check
    draft_id = str(uuid.uuid4())
    lesson.body = [*lesson_body("Draft."), check_block(draft_id)]
    lesson.save_revision()  # a draft, not published
    trainer = UserFactory(role=roles.TRAINER)
    login_with_mfa(client, trainer)
    response = client.post(check_url(lesson, draft_id), {"choice": "1"}, **FRAGMENT)
    assert response.status_code == 200 and "Right answer." in response.content.decode()
    response = client.post(check_url(lesson, draft_id), {"choice": "2"})
    assert response.status_code == 200
    assert "Not the right answer." in response.content.decode()
    # The editor's preview of the draft carries the check's form, and no answer.
    preview = lesson.get_latest_revision_as_object()
    html = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk])).content.decode()
    assert check_url(preview, draft_id) in html and OPTIONS[1][2] not in html
    assert EXPLANATION not in html

    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    assert client.post(check_url(lesson, draft_id), {"choice": "1"}, **FRAGMENT).status_code == 404
