"""What a lesson page draws once for every reader (core_tags.shared_fragment: the lesson's
blocks, the footer, the frames of the header and the course outline, whose reader's own parts
are holes) and once per page (core_tags.copy_with_ids: the outline's second copy): every reader
still gets their own CSRF token, their own progress, places, name and address, and an editor's
change shows at once."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

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


def learner_client(lesson, **user_fields) -> Client:
    user = UserFactory(**user_fields)
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


def outline_items(html: bytes) -> list[tuple[str, str, str]]:
    """The wide outline's items: (title, classes, what it says of the learner's state)."""
    page = BeautifulSoup(html, "html.parser")
    return [
        (
            item.select_one(".course-nav__text > a, .course-nav__title").get_text(strip=True),
            " ".join(item["class"]),
            item.select_one(".course-nav__meta").get_text(" ", strip=True),
        )
        for item in page.select(".course-nav--wide .course-nav__item")
    ]


def test_each_learner_sees_their_own_progress_in_the_outline_drawn_for_all(lesson):
    first_lesson, second_lesson = lessons_of(lesson.get_parent().get_parent().specific)
    ahead, behind = learner_client(lesson), learner_client(lesson)
    form = BeautifulSoup(ahead.get(first_lesson.url).content, "html.parser")
    token = form.select_one(".lesson-actions [name=csrfmiddlewaretoken]")["value"]
    completed = ahead.post(
        reverse("courses_item_complete", args=[first_lesson.pk]), {"csrfmiddlewaretoken": token}
    )
    assert completed.status_code == 302
    for _ in range(2):  # drawn for the first reader, then filled from the cache for each
        seen = {
            name: client.get(second_lesson.url).content
            for name, client in (("ahead", ahead), ("behind", behind))
        }
        mine, theirs = outline_items(seen["ahead"]), outline_items(seen["behind"])
        assert [title for title, _, _ in mine] == [first_lesson.title, second_lesson.title]
        assert "is-done" in mine[0][1] and mine[0][2].endswith("Done")
        assert "is-done" not in theirs[0][1] and not theirs[0][2].endswith("Done")
        for items in (mine, theirs):  # the page being read, as each reader has it
            assert "is-current" in items[1][1] and "is-current" not in items[0][1]
        assert b"50% complete" in seen["ahead"] and b"0% complete" in seen["behind"]
        assert b"1/2 done" in seen["ahead"] and b"0/2 done" in seen["behind"]


def test_each_reader_gets_their_own_places_name_and_current_link_in_the_header(lesson):
    from accounts import roles

    learner = learner_client(lesson, first_name="Ada", last_name="Learner")
    manager = learner_client(
        lesson, first_name="Grace", last_name="Manager", role=roles.PROGRAMME_MANAGER
    )
    anonymous = Client()
    dashboard = reverse("courses_dashboard")

    def header(client, url):
        page = BeautifulSoup(client.get(url).content, "html.parser")
        nav = page.select_one(".site-header__nav")
        return {
            "links": [
                a.get_text(strip=True) for a in nav.select("ul.nav:not(.site-header__account) a")
            ],
            "current": {a.get_text(strip=True): a.get("aria-current") for a in nav.select("a")},
            "who": (page.select_one(".nav__who") or page.new_tag("a")).get_text(" ", strip=True),
        }

    for _ in range(2):  # drawn, then from the cache
        on_lesson = header(learner, lesson.url)
        assert on_lesson["links"] == ["Courses", "Library", "My learning"]
        assert on_lesson["current"]["Courses"] == "true"
        assert on_lesson["current"]["My learning"] is None
        assert on_lesson["who"] == "Your profile: Ada Learner"
        on_catalogue = header(learner, "/courses/")
        assert on_catalogue["current"]["Courses"] == "page"
        on_dashboard = header(learner, dashboard)
        assert on_dashboard["current"]["My learning"] == "page"
        assert on_dashboard["current"]["Courses"] is None

        of_manager = header(manager, lesson.url)
        assert of_manager["links"] == ["Courses", "Library", "My learning", "Reports", "Admin"]
        assert of_manager["who"] == "Your profile: Grace Manager"
        of_nobody = header(anonymous, "/courses/")
        assert of_nobody["links"] == ["Courses", "Library"] and of_nobody["who"] == ""
        assert of_nobody["current"]["Log in"] is None


def test_a_hole_is_named_by_plain_words_only():
    from django.template import Context, Template

    drawn = Template('{% load core_tags %}{% hole "item" name %}')
    with pytest.raises(ValueError, match="plain words"):
        drawn.render(Context({"_drawing_shared": True, "name": "<b>"}))
    assert drawn.render(Context({"_drawing_shared": True, "name": "12"})) == "<hole item:12>"
    filled = drawn.render(Context({"holes": lambda *words: "<i>" + ":".join(words), "name": 3}))
    assert filled == "&lt;i&gt;item:3"  # a hole's value is escaped unless marked safe
