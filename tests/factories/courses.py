"""Course trees built through Wagtail's page API, as editors build them."""

from decimal import Decimal

from core.demo import indexes_updated_at_the_end
from courses.models import (
    AccessLevel,
    CourseAudience,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
)
from courses.services import course_trainers_set

_counter = iter(range(1, 10_000_000))


def lesson_body(text: str = "A lesson.") -> list[dict]:
    return [{"type": "text", "value": f"<p>{text}</p>"}]


def catalogue() -> CourseIndexPage:
    return CourseIndexPage.objects.get()


def publish(page):
    page.save_revision().publish()
    return page


@indexes_updated_at_the_end()
def course_create(
    *,
    title: str | None = None,
    access_level: str = AccessLevel.OPEN,
    audiences: tuple[str, ...] = (),
    modules: int = 2,
    lessons: int = 2,
    trainers=(),
    **fields,
) -> CoursePage:
    """A published course with `modules` modules of `lessons` lessons each (searchable once
    built: core.demo.indexes_updated_at_the_end)."""
    n = next(_counter)
    course = CoursePage(
        title=title or f"Course {n}",
        slug=f"course-{n}",
        summary=fields.pop("summary", "What this course is about."),
        access_level=access_level,
        learning_objectives="Tell trafficking from smuggling\nRefer a victim",
        estimated_hours=Decimal("2"),
        **fields,
    )
    course.audience_links = [
        CourseAudience(audience=a, sort_order=n) for n, a in enumerate(audiences)
    ]
    catalogue().add_child(instance=course)
    publish(course)
    if trainers:
        course_trainers_set(course=course, trainers=list(trainers), actor=None)
    for m in range(modules):
        module_add(course, lessons=lessons, title=f"Module {m + 1}")
    return CoursePage.objects.get(pk=course.pk)


@indexes_updated_at_the_end()
def module_add(course: CoursePage, *, lessons: int = 2, title: str = "Module") -> ModulePage:
    n = next(_counter)
    module = ModulePage(title=title, slug=f"module-{n}", summary="Module summary.")
    course.add_child(instance=module)
    publish(module)
    for _ in range(lessons):
        lesson_add(module)
    return module


def lesson_add(module: ModulePage, *, title: str | None = None, **fields) -> LessonPage:
    n = next(_counter)
    lesson = LessonPage(
        title=title or f"Lesson {n}",
        slug=f"lesson-{n}",
        body=fields.pop("body", lesson_body(f"Text of lesson {n}.")),
        **fields,
    )
    module.add_child(instance=lesson)
    return publish(lesson)


def lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))
