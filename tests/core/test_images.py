"""Images for slow links (core/images.py): a lesson's images are <picture>s with AVIF and WebP
sources at three widths and a JPEG (PNG for what may be transparent) fallback, lazily loaded;
publishing the page has a worker make the renditions before the first reader asks."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file, get_test_image_file_jpeg

from core.images import body_image_specs, page_body_image_ids
from courses import services
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create, lesson_body, lessons_of, publish

pytestmark = pytest.mark.django_db


def image_block(image) -> dict:
    return {
        "type": "image",
        "value": {
            "image": {"image": image.pk, "alt_text": "A harbour", "decorative": False},
            "caption": "Castries",
        },
    }


def lesson_with(*images):
    course = course_create(modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    lesson.body = [*lesson_body("Before."), *(image_block(image) for image in images)]
    return course, lesson


def test_a_lesson_image_is_a_lazy_picture_in_avif_and_webp_with_a_fallback(client):
    photo = get_image_model().objects.create(
        title="Harbour", file=get_test_image_file_jpeg(size=(1600, 900))
    )
    diagram = get_image_model().objects.create(
        title="Referral", file=get_test_image_file(size=(1600, 900))
    )
    course, lesson = lesson_with(photo, diagram)
    publish(lesson)
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    page = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    pictures = page.select("figure.block-image picture")
    assert len(pictures) == 2
    for picture, fallback in zip(pictures, (".jpg", ".png"), strict=True):
        types = [source["type"] for source in picture.select("source")]
        assert types == ["image/avif", "image/webp"]
        for source in picture.select("source"):
            assert [c.split()[1] for c in source["srcset"].split(", ")] == ["400w", "800w", "1200w"]
        img = picture.img
        assert img["loading"] == "lazy" and img["alt"] == "A harbour"
        assert img["src"].endswith(fallback) and "48rem" in img["sizes"]


def test_publishing_makes_the_renditions_before_anyone_reads(django_capture_on_commit_callbacks):
    photo = get_image_model().objects.create(
        title="Harbour", file=get_test_image_file_jpeg(size=(1600, 900))
    )
    course, lesson = lesson_with(photo)
    assert page_body_image_ids(lesson) == [photo.pk]
    assert photo.renditions.count() == 0
    with django_capture_on_commit_callbacks(execute=True):
        publish(lesson)
    specs = set(photo.renditions.values_list("filter_spec", flat=True))
    assert specs == set(body_image_specs(photo)) and len(specs) == 9


def test_a_cover_image_counts_as_shown_by_the_page():
    from tests.factories.cms import awareness_page_create

    cover = get_image_model().objects.create(title="Cover", file=get_test_image_file())
    page = awareness_page_create(image=cover, body=[])
    assert page_body_image_ids(page) == [cover.pk]
