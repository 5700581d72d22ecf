"""Page types: where they may be created, authoring by a trainer in the Wagtail admin (every
lesson block), rendering, preview, and the catalogue page made by the migration."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from accounts import roles
from cms.models import HomePage
from courses import services
from courses.models import (
    AccessLevel,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
    course_item_models,
)
from tests.factories.accounts import UserFactory, approved_member
from tests.factories.courses import catalogue, course_create, lessons_of
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db


def list_block(values) -> dict:
    data = {str(i): {"value": v, "deleted": "", "order": str(i)} for i, v in enumerate(values)}
    data["count"] = str(len(values))
    return data


def test_the_catalogue_is_at_courses_and_holds_only_courses():
    index = catalogue()
    assert index.url == "/courses/"
    assert index.get_parent().specific_class is HomePage
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CourseIndexPage.allowed_parent_page_models() == [HomePage]
    assert CoursePage.allowed_subpage_models() == [ModulePage]
    assert CoursePage.allowed_parent_page_models() == [CourseIndexPage]
    assert LessonPage.allowed_parent_page_models() == [ModulePage]
    assert not CourseIndexPage.can_create_at(index.get_parent())  # only one catalogue


def test_modules_hold_course_items_and_nothing_else():
    """ModulePage leaves subpage_types open for apps above courses; this fails if a page type
    elsewhere forgets to say where it belongs."""
    assert set(ModulePage.creatable_subpage_models()) == set(course_item_models())
    assert LessonPage in course_item_models()


@pytest.fixture
def trainer_client(client):
    trainer = UserFactory(role=roles.TRAINER)
    login_with_mfa(client, trainer)
    client.trainer = trainer
    return client


def form_errors(response) -> str:
    form = response.context.get("form") if response.context else None
    if form is None:
        return response.content.decode()[:2000]
    errors = dict(form.errors)
    for name, formset in getattr(form, "formsets", {}).items():
        errors[name] = [formset.non_form_errors(), *[f.errors for f in formset.forms]]
    return str(errors)


def course_form(**overrides):
    data = {
        "title": "Referral in practice",
        "slug": "referral-in-practice",
        "summary": "How to refer a presumed victim.",
        "access_level": AccessLevel.AUDIENCE,
        "learning_objectives": "Refer a victim\nExplain non-punishment",
        "estimated_hours": "3",
        "prerequisites": "",
        "issues_certificate": "on",
        "audience_links": inline_formset([{"audience": "law_enforcement"}]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def every_block_body(*, image, document) -> str:
    """A lesson body with one block of every kind, as the admin form posts it."""
    return streamfield(
        [
            ("text", rich_text("<p>Act, means, purpose.</p>")),
            (
                "image",
                {
                    "image": {"image": image.pk, "alt_text": "A quay at dawn", "decorative": ""},
                    "caption": "The port",
                },
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=abc123XYZ",
                    "title": "Indicators",
                    "duration": "3 min",
                    "transcript": rich_text("<p>Spoken words of the video.</p>"),
                },
            ),
            ("document", {"document": document.pk, "title": "", "description": "One page"}),
            ("key_point", {"heading": "Key point", "text": rich_text("<p>Consent.</p>")}),
            (
                "case_study",
                {
                    "title": "At the guest house",
                    "scenario": rich_text("<p>A fictional scenario.</p>"),
                    "questions": list_block(["What do you notice?"]),
                    "discussion": rich_text("<p>Passports held by the owner.</p>"),
                },
            ),
            (
                "knowledge_check",
                {
                    "question": "Is consent a defence?",
                    "options": list_block(
                        [
                            {"text": "No", "is_correct": "on", "feedback": "Right."},
                            {"text": "Yes", "is_correct": "", "feedback": "Not once means used."},
                        ]
                    ),
                    "explanation": rich_text("<p>Section 11.</p>"),
                },
            ),
        ]
    )


def assert_learner_reads_every_block(client, *, course, lesson, document) -> None:
    course.refresh_from_db()
    learner = approved_member("law_enforcement")
    services.enrolment_create(
        user=learner, course=course, actor=UserFactory(role=roles.PROGRAMME_MANAGER)
    )
    client.logout()
    client.force_login(learner)
    assert "First Aid Kit</cite>, UNODC" in client.get(course.url).content.decode()
    html = client.get(lesson.url).content.decode()
    for expected in [
        "Act, means, purpose.",
        'alt="A quay at dawn"',
        "The port",
        "https://www.youtube-nocookie.com/embed/abc123XYZ",
        "Spoken words of the video.",
        document.url,
        "Consent.",
        "At the guest house",
        "What do you notice?",
        "Is consent a defence?",
    ]:
        assert expected in html, expected
    # The knowledge check's feedback and explanation come with the learner's answer only.
    assert "Section 11." not in html and "Not once means used." not in html
    check = next(block for block in lesson.body if block.block_type == "knowledge_check")
    answer = client.post(
        reverse("courses_knowledge_check", args=[lesson.pk, check.id]),
        {"choice": "0"},
        HTTP_X_REQUESTED_WITH="fetch",
    ).content.decode()
    assert "Right answer." in answer and "Section 11." in answer


def test_a_trainer_authors_a_course_module_and_lesson_with_every_block(trainer_client):
    image = Image.objects.create(title="Port", file=get_test_image_file())
    document = get_document_model().objects.create(
        title="Referral sheet", file=ContentFile(b"%PDF-1.4 demo", name="referral.pdf")
    )
    index = catalogue()
    response = trainer_client.post(
        f"/admin/pages/add/courses/coursepage/{index.pk}/", course_form()
    )
    assert response.status_code == 302, form_errors(response)
    course = CoursePage.objects.get(slug="referral-in-practice")
    assert course.live and course.audience_values == ["law_enforcement"]

    response = trainer_client.post(
        f"/admin/pages/add/courses/modulepage/{course.pk}/",
        nested_form_data(
            {
                "title": "First response",
                "slug": "first-response",
                "summary": "",
                "further_reading": streamfield(
                    [
                        (
                            "source",
                            {
                                "title": "First Aid Kit",
                                "publisher": "UNODC",
                                "year": "",
                                "url": "",
                                "note": "",
                            },
                        )
                    ]
                ),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, form_errors(response)
    module = ModulePage.objects.get(slug="first-response")

    body = every_block_body(image=image, document=document)
    lesson_fields = {
        "title": "Meeting a presumed victim",
        "slug": "meeting",
        "summary": "",
        "body": body,
        "is_required": "on",
        "estimated_minutes": "15",
        "comments": inline_formset([]),
    }
    response = trainer_client.post(
        f"/admin/pages/add/courses/lessonpage/{module.pk}/",
        nested_form_data({**lesson_fields, "action-publish": "publish"}),
    )
    assert response.status_code == 302, form_errors(response)
    lesson = LessonPage.objects.get(slug="meeting")
    assert [block.block_type for block in lesson.body] == [
        "text", "image", "video", "document", "key_point", "case_study", "knowledge_check",
    ]  # fmt: skip

    # The trainer can edit and preview it.
    assert trainer_client.get(f"/admin/pages/{lesson.pk}/edit/").status_code == 200
    preview = trainer_client.post(
        f"/admin/pages/{lesson.pk}/edit/preview/",
        nested_form_data(lesson_fields),
    )
    assert preview.json()["is_valid"]
    assert (
        "Spoken words"
        in trainer_client.get(f"/admin/pages/{lesson.pk}/edit/preview/").content.decode()
    )

    # An enrolled learner reads every block.
    assert_learner_reads_every_block(
        trainer_client, course=course, lesson=lesson, document=document
    )


def test_an_audience_course_needs_an_audience(trainer_client):
    response = trainer_client.post(
        f"/admin/pages/add/courses/coursepage/{catalogue().pk}/",
        course_form(audience_links=inline_formset([])),
    )
    assert response.status_code == 200
    assert "Choose at least one audience" in response.content.decode()
    assert not CoursePage.objects.filter(slug="referral-in-practice").exists()


def test_a_trainer_cannot_author_outside_the_catalogue(trainer_client):
    home = HomePage.objects.get()
    response = trainer_client.get(f"/admin/pages/add/cms/homepage/{home.pk}/")
    assert response.status_code in {302, 403}
    root = Page.get_first_root_node()
    response = trainer_client.get(f"/admin/pages/{root.pk}/edit/")
    assert response.status_code in {302, 403}


def test_a_video_needs_a_known_address():
    from wagtail.blocks import StructBlockValidationError

    from core.blocks import VideoBlock

    block = VideoBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(
            block.to_python(
                {"url": "https://example.org/page", "title": "x", "transcript": "<p>t</p>"}
            )
        )
    assert "YouTube or Vimeo" in error.value.block_errors["url"].messages[0]
    cleaned = block.clean(
        block.to_python(
            {"url": "https://cdn.example.org/clip.mp4", "title": "x", "transcript": "<p>t</p>"}
        )
    )
    assert cleaned["url"].endswith(".mp4")


def test_modules_redirect_to_their_place_in_the_course(client):
    course = course_create(modules=1, lessons=1)
    module = course.get_children().get()
    response = client.get(module.url)
    assert response.status_code == 302
    assert response["Location"] == f"{course.url}#module-{module.pk}"


def test_lesson_pages_are_searchable_by_their_body():
    course = course_create(modules=1, lessons=1, title="Border work")
    lesson = lessons_of(course)[0]
    lesson.body = [{"type": "text", "value": "<p>Debt bondage is an indicator.</p>"}]
    lesson.save_revision().publish()
    hits = list(Page.objects.live().search("bondage"))
    assert lesson.pk in [hit.pk for hit in hits]


def test_course_urls_resolve_in_one_step_and_unknown_or_unpublished_ones_are_404(client):
    course = course_create(modules=1, lessons=2)
    first, second = lessons_of(course)
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    assert client.get(first.url).status_code == 200
    assert client.get(course.url + "no-such-module/").status_code == 404
    assert client.get(first.url + "deeper/").status_code == 404
    second.unpublish()
    assert client.get(second.url).status_code == 404
