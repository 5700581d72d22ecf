"""What a lesson page draws once for every reader (core_tags.shared_fragment: the lesson's
blocks, the footer) and once per page (core_tags.copy_with_ids: the outline's second copy):
every reader still gets their own CSRF token, their own progress and their own address, and an
editor's change shows at once."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from cms.models import SiteSettings
from courses import services
from courses.models import LessonPage
from tests.courses.test_knowledge_checks import check_block, check_url
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create, lesson_body, lessons_of, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson():
    course = course_create(modules=1, lessons=2)
    lesson = lessons_of(course)[0]
    lesson.body = [*lesson_body("Before the check."), check_block(str(uuid.uuid4()))]
    publish(lesson)
    return LessonPage.objects.get(pk=lesson.pk)


def learner_client(lesson) -> Client:
    user = UserFactory()
    services.enrolment_create(user=user, course=lesson.get_parent().get_parent().specific)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def tokens(html: bytes) -> dict[str, str]:
    page = BeautifulSoup(html, "html.parser")
    return {
        "check": page.select_one("form[data-knowledge-check] [name=csrfmiddlewaretoken]")["value"],
        "language": page.select_one(".language-form [name=csrfmiddlewaretoken]")["value"],
        "next": page.select_one(".language-form [name=next]")["value"],
    }


def test_each_reader_gets_their_own_token_in_the_cached_body_and_footer(lesson):
    first, second = learner_client(lesson), learner_client(lesson)
    first.get(lesson.url)  # draws and keeps the body and the footer
    seen = [tokens(client.get(lesson.url + "?from=x").content) for client in (first, second)]
    assert seen[0]["check"] != seen[1]["check"]
    assert all(s["next"] == lesson.url + "?from=x" for s in seen)
    for client, token in zip((first, second), seen, strict=True):
        block_id = lesson.body.raw_data[1]["id"]
        response = client.post(
            check_url(lesson, block_id),
            {"choice": "1", "csrfmiddlewaretoken": token["check"]},
            HTTP_X_REQUESTED_WITH="fetch",
        )
        assert response.status_code == 200, response.content


def test_a_published_change_and_a_document_or_settings_change_show_at_once(lesson, client):
    from tests.factories.cms import document_create

    reader = learner_client(lesson)
    assert "Before the check." in reader.get(lesson.url).content.decode()
    lesson.body = [*lesson_body("Rewritten after lunch."), *lesson.body.raw_data[1:]]
    publish(lesson)
    assert "Rewritten after lunch." in reader.get(lesson.url).content.decode()

    document = document_create(title="Referral form")
    lesson.body = [
        *lesson.body.raw_data,
        {"type": "document", "value": {"document": document.pk, "title": "", "description": ""}},
    ]
    publish(lesson)
    assert "Referral form" in reader.get(lesson.url).content.decode()
    document.title = "National referral form"
    document.save()
    assert "National referral form" in reader.get(lesson.url).content.decode()

    settings = SiteSettings.objects.get()
    settings.hotline_number = "555 0199"
    settings.save()
    assert "555 0199" in reader.get(lesson.url).content.decode()


def test_the_outline_is_drawn_once_and_shown_twice_with_ids_of_its_own(lesson):
    reader = learner_client(lesson)
    page = BeautifulSoup(reader.get(lesson.url).content, "html.parser")
    compact, wide = page.select(".course-nav__nav")
    assert compact["aria-labelledby"] == "outline-compact-heading"
    assert wide["aria-labelledby"] == "outline-wide-heading"
    ids = [tag["id"] for tag in page.select("[id]")]
    assert len(ids) == len(set(ids))
    assert str(compact).replace("outline-compact", "outline-wide") == str(wide)


def test_each_language_gets_its_own_drawing_and_the_progress_is_said_in_it(lesson):
    from django.conf import settings

    english, french = learner_client(lesson), learner_client(lesson)
    french.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    for _ in range(2):  # drawn, then from the cache
        in_english = english.get(lesson.url).content.decode()
        in_french = french.get(lesson.url).content.decode()
        assert "Check your understanding" in in_english and "0% complete" in in_english
        assert "Report human trafficking" in in_english
        assert "Check your understanding" not in in_french
        assert "Report human trafficking" not in in_french
        assert "0 % terminé" in in_french and "% complete" not in in_french
