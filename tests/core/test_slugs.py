"""An abandoned draft never blocks a title's address: a trainer who creates a course, module,
lesson or quiz whose title a sibling already holds (a draft never published, or a live page)
gets the first free address, through the admin's own create view (core.pages.FreeSlugPageForm).
An address the author typed keeps Wagtail's error, and a published page keeps its own."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from accounts import roles
from assessments.models import QuizPage
from core.pages import slug_free
from courses.models import CoursePage, LessonPage, ModulePage
from tests.courses.test_pages import course_form, form_errors
from tests.factories.accounts import UserFactory
from tests.factories.courses import catalogue, course_create, lesson_body
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client):
    login_with_mfa(client, UserFactory(role=roles.TRAINER))
    return client


def draft_child(parent, page):
    """A child page saved as a draft and never published, as an abandoned attempt leaves it."""
    page.live = False
    parent.add_child(instance=page)
    page.save_revision()
    return page


def module_form(title: str, slug: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "",
            "further_reading": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )


def lesson_form(title: str, slug: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "",
            "body": streamfield([("text", rich_text("<p>Words.</p>"))]),
            "is_required": "on",
            "estimated_minutes": "10",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )


def quiz_form(title: str, slug: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "kind": "module_quiz",
            "intro": "",
            "quiz_questions": inline_formset([]),
            "draws": inline_formset([]),
            "pass_mark": "70",
            "attempts_allowed": "3",
            "time_limit_minutes": "",
            "shuffle_questions": "on",
            "shuffle_options": "on",
            "review": "full",
            "is_required": "on",
            "estimated_minutes": "10",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )


def course_page_form(title: str, slug: str) -> dict:
    return course_form(title=title, slug=slug)


def lesson(title: str, slug: str) -> LessonPage:
    return LessonPage(title=title, slug=slug, body=lesson_body("Draft words."))


CASES = {
    "course": (
        lambda: catalogue(),
        "courses/coursepage",
        lambda title, slug: CoursePage(title=title, slug=slug, summary="Draft."),
        course_page_form,
    ),
    "module": (
        lambda: course_create(modules=0),
        "courses/modulepage",
        lambda title, slug: ModulePage(title=title, slug=slug),
        module_form,
    ),
    "lesson": (
        lambda: course_create(modules=1, lessons=0).get_children().get(),
        "courses/lessonpage",
        lesson,
        lesson_form,
    ),
    "quiz": (
        lambda: course_create(modules=1, lessons=0).get_children().get(),
        "assessments/quizpage",
        lambda title, slug: QuizPage(title=title, slug=slug),
        quiz_form,
    ),
}


@pytest.mark.parametrize("kind", CASES)
def test_an_abandoned_draft_does_not_block_a_new_page_of_the_same_title(trainer_client, kind):
    parent_of, page_type, draft, form = CASES[kind]
    parent = parent_of()
    draft_child(parent, draft("Referral in practice", "referral-in-practice"))
    response = trainer_client.post(
        f"/admin/pages/add/{page_type}/{parent.pk}/",
        form("Referral in practice", "referral-in-practice"),
    )
    assert response.status_code == 302, form_errors(response)
    slugs = sorted(parent.get_children().filter(title="Referral in practice").values_list("slug"))
    assert slugs == [("referral-in-practice",), ("referral-in-practice-2",)]
    created = Page.objects.get(slug="referral-in-practice-2").specific
    assert created.live and created.get_parent().pk == parent.pk


def test_a_slug_of_the_title_written_another_way_is_still_the_title(trainer_client):
    module = course_create(modules=1, lessons=0).get_children().get()
    draft_child(module, lesson("Officers' first steps", "officers-first-steps"))
    # What the editor's script may send for that title.
    response = trainer_client.post(
        f"/admin/pages/add/courses/lessonpage/{module.pk}/",
        lesson_form("Officers' first steps", "officers--first-steps"),
    )
    assert response.status_code == 302, form_errors(response)
    assert LessonPage.objects.filter(slug="officers--first-steps").exists()
    response = trainer_client.post(
        f"/admin/pages/add/courses/lessonpage/{module.pk}/",
        lesson_form("Officers' first steps", "officers-first-steps"),
    )
    assert response.status_code == 302, form_errors(response)
    assert LessonPage.objects.filter(slug="officers-first-steps-2").exists()


def test_an_address_the_author_typed_keeps_the_error(trainer_client):
    module = course_create(modules=1, lessons=0).get_children().get()
    draft_child(module, lesson("Old notes", "my-address"))
    response = trainer_client.post(
        f"/admin/pages/add/courses/lessonpage/{module.pk}/",
        lesson_form("Referral in practice", "my-address"),
    )
    assert response.status_code == 200
    assert "already in use" in response.content.decode()
    assert LessonPage.objects.filter(slug="my-address").count() == 1


def test_a_published_page_keeps_its_address(trainer_client):
    module = course_create(modules=1, lessons=0).get_children().get()
    draft_child(module, lesson("Referral", "referral"))
    published = lesson("Interviews", "interviews")
    module.add_child(instance=published)
    published.save_revision().publish()
    # Renamed to the draft's title and address: the published page's links are not moved.
    response = trainer_client.post(
        f"/admin/pages/{published.pk}/edit/", lesson_form("Referral", "referral")
    )
    assert response.status_code == 200
    assert "already in use" in response.content.decode()
    published.refresh_from_db()
    assert published.slug == "interviews"


def test_a_free_slug_takes_the_first_free_number():
    module = course_create(modules=1, lessons=0).get_children().get()
    for slug in ("intro", "intro-2", "intro-3", "intro-5"):
        module.add_child(instance=lesson("Intro", slug))
    assert slug_free("intro", parent=module) == "intro-4"
    long = "x" * 255
    module.add_child(instance=lesson("Long", long))
    assert slug_free(long, parent=module) == "x" * 253 + "-2"


def test_the_new_page_form_posted_again_after_its_autosave_makes_no_copy(trainer_client):
    """The editor's autosave creates the page as a draft; the same new-page form posted again
    (Publish pressed before the autosave answered, on a slow link) is refused with a message
    instead of creating the page a second time beside its draft."""
    module = course_create(modules=1, lessons=0).get_children().get()
    url = f"/admin/pages/add/courses/lessonpage/{module.pk}/"
    form = lesson_form("Referral in practice", "referral-in-practice")
    autosave = {key: value for key, value in form.items() if key != "action-publish"}
    saved = trainer_client.post(url, autosave, HTTP_ACCEPT="application/json")
    assert saved.status_code == 200 and saved.json()["success"]
    again = trainer_client.post(url, form)
    assert again.status_code == 200
    assert "You saved a draft of this page a moment ago" in again.content.decode()
    assert list(LessonPage.objects.values_list("slug", "live")) == [("referral-in-practice", False)]
