"""core.demo.indexes_updated_at_the_end: saves inside the block leave the search and reference
indexes to its end, which brings each saved object up to date once; an error inside leaves
Wagtail's own updating on save in place again."""

import pytest
from wagtail.models import ReferenceIndex

from core.demo import indexes_updated_at_the_end
from courses.models import LessonPage
from tests.factories.courses import course_create, lesson_add

pytestmark = pytest.mark.django_db


def found(word: str) -> set[str]:
    return {page.title for page in LessonPage.objects.live().search(word)}


def test_pages_saved_in_the_block_are_searchable_and_referenced_after_it():
    course = course_create(modules=1, lessons=0)
    module = course.get_children().get().specific
    link = f'<a linktype="page" id="{course.pk}">the course</a>'
    with indexes_updated_at_the_end():
        lesson = lesson_add(module, title="Debt bondage", body=[
            {"type": "text", "value": f"<p>Quillwort debts that never shrink: {link}.</p>"}
        ])  # fmt: skip
        lesson.title = "Debt bondage, explained"
        lesson.save_revision().publish()
        assert found("quillwort") == set()  # not yet: at the end
        assert lesson.pk not in referring_to(course)
    assert found("quillwort") == {"Debt bondage, explained"}
    assert lesson.pk in referring_to(course)


def referring_to(page) -> set[int]:
    return {int(r.object_id) for r in ReferenceIndex.get_references_to(page)}


def test_after_an_error_saves_index_at_once_again():
    course = course_create(modules=1, lessons=0)
    module = course.get_children().get().specific
    with pytest.raises(RuntimeError), indexes_updated_at_the_end():
        raise RuntimeError("the seed failed")
    lesson_add(module, title="Forced labour", body=[
        {"type": "text", "value": "<p>Sphagnum fields at night.</p>"}
    ])  # fmt: skip
    assert found("sphagnum") == {"Forced labour"}


def test_nested_blocks_wait_for_the_outermost():
    course = course_create(modules=1, lessons=0)
    module = course.get_children().get().specific
    with indexes_updated_at_the_end():
        with indexes_updated_at_the_end():
            lesson_add(module, title="Recruitment", body=[
                {"type": "text", "value": "<p>Bladderwort offers abroad.</p>"}
            ])  # fmt: skip
        assert found("bladderwort") == set()
    assert found("bladderwort") == {"Recruitment"}
