"""The demo catalogue: one course per audience and a public awareness course, their text in
courses/demo_content/ (written from shared/CONTENT.md). Idempotent: pages are found by slug,
and a page gets a new revision only when its content differs from the demo text.

StreamField blocks get ids derived from the lesson's slug, so that the same text always makes
the same stored value and a second run sees nothing to change."""

import importlib
import uuid
from decimal import Decimal

from django.db import transaction

from accounts.models import User
from core.demo import page_ensure
from courses import services
from courses.blocks import LessonBodyBlock
from courses.models import (
    AccessLevel,
    CourseAudience,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    FeaturedCourse,
    LessonPage,
    ModulePage,
)

DEMO_COURSES = ["public", "law_enforcement", "prosecution", "task_force", "media"]
DEMO_TRAINER = "trainer@example.com"
DEMO_LEARNER = "learner@example.com"
ID_NAMESPACE = uuid.UUID("5b0c8a56-3f0e-4c55-9d4e-2a8f0f6d1c11")


def _id(*parts) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, ":".join(str(p) for p in parts)))


def _list_items(values: list, *key) -> list[dict]:
    return [{"type": "item", "value": v, "id": _id(*key, i)} for i, v in enumerate(values)]


def lesson_body(slug: str, blocks: list[tuple[str, object]]) -> list[dict]:
    """Turn the demo's (type, value) pairs into StreamField data in Wagtail's stored form."""
    raw = []
    for index, (kind, value) in enumerate(blocks):
        if kind == "case_study":
            value = {**value, "questions": _list_items(value["questions"], slug, index, "q")}
        elif kind == "knowledge_check":
            options = [
                {
                    "text": o["text"],
                    "is_correct": o["is_correct"],
                    "feedback": o.get("feedback", ""),
                }
                for o in value["options"]
            ]
            value = {**value, "options": _list_items(options, slug, index, "o")}
        raw.append({"type": kind, "value": value, "id": _id(slug, index)})
    block = LessonBodyBlock()
    return block.get_prep_value(block.to_python(raw))


def further_reading(slug: str, sources: list[dict]) -> list[dict]:
    return [
        {
            "type": "source",
            "value": {
                "title": s["title"],
                "publisher": s["publisher"],
                "year": s.get("year"),
                "url": s.get("url", ""),
                "note": s.get("note", ""),
            },
            "id": _id(slug, "reading", i),
        }
        for i, s in enumerate(sources)
    ]


def course_ensure(*, index: CourseIndexPage, data: dict, trainer: User | None) -> int:
    """Create or update one demo course from its data. Returns the number of pages changed."""

    def relations(page: CoursePage) -> bool:
        changed = False
        audiences = list(data["audiences"])
        if [link.audience for link in page.audience_links.all()] != audiences:
            page.audience_links = [
                CourseAudience(audience=a, sort_order=n) for n, a in enumerate(audiences)
            ]
            changed = True
        return changed

    course, changed = page_ensure(
        index,
        CoursePage,
        data["slug"],
        {
            "title": data["title"],
            "summary": data["summary"],
            "access_level": AccessLevel(data["access_level"]),
            "learning_objectives": "\n".join(data["objectives"]),
            "estimated_hours": Decimal(data["hours"]),
            "prerequisites": data.get("prerequisites", ""),
            "issues_certificate": True,
        },
        extra=relations,
    )
    count = int(changed)
    if trainer is not None:
        services.course_trainers_set(course=course, trainers=[trainer], actor=None)
    for module_data in data["modules"]:
        module, changed = page_ensure(
            course,
            ModulePage,
            module_data["slug"],
            {
                "title": module_data["title"],
                "summary": module_data.get("summary", ""),
                "further_reading": further_reading(
                    module_data["slug"], module_data.get("further_reading", [])
                ),
            },
        )
        count += changed
        for lesson in module_data["lessons"]:
            _, changed = page_ensure(
                module,
                LessonPage,
                lesson["slug"],
                {
                    "title": lesson["title"],
                    "summary": lesson.get("summary", ""),
                    "estimated_minutes": lesson.get("minutes", 10),
                    "body": lesson_body(lesson["slug"], lesson["body"]),
                },
            )
            count += changed
    return count


@transaction.atomic
def featured_courses_set(*, index: CourseIndexPage, courses: list[CoursePage]) -> bool:
    """Feature these courses on the home page, in this order. Returns whether it changed. Through
    the catalogue page's own cluster and a revision, so that the admin's history agrees."""
    wanted = [course.pk for course in courses]
    current = list(
        index.featured_courses.order_by("sort_order").values_list("course_id", flat=True)
    )
    if current == wanted:
        return False
    index.featured_courses = [
        FeaturedCourse(course_id=course_id, sort_order=n) for n, course_id in enumerate(wanted)
    ]
    index.save_revision().publish()
    return True


def demo_courses() -> list[dict]:
    return [importlib.import_module(f"courses.demo_content.{name}").COURSE for name in DEMO_COURSES]


@transaction.atomic
def seed() -> dict:
    index = CourseIndexPage.objects.first()
    if index is None:
        raise RuntimeError("The course catalogue page is missing (migration courses/0002).")
    trainer = User.objects.filter(email=DEMO_TRAINER).first()
    pages_changed = 0
    for data in demo_courses():
        pages_changed += course_ensure(index=index, data=data, trainer=trainer)

    featured = list(CoursePage.objects.live().filter(slug__in=[d["slug"] for d in demo_courses()]))
    order = {d["slug"]: n for n, d in enumerate(demo_courses())}
    featured.sort(key=lambda page: order[page.slug])
    pages_changed += featured_courses_set(index=index, courses=featured[:3])

    # The demo learner has started the public course, so /learn/ has something to show; the
    # course for their own audience is left for them to enrol in.
    learner = User.objects.filter(email=DEMO_LEARNER).first()
    enrolments_created = 0
    if learner is not None:
        public = CoursePage.objects.get(slug=demo_courses()[0]["slug"])
        result = services.enrolment_create(user=learner, course=public)
        enrolments_created += result.created
        if result.created:
            for lesson in LessonPage.objects.live().descendant_of(public).order_by("path")[:2]:
                services.item_complete(user=learner, item=lesson)
    return {
        "course pages changed": pages_changed,
        "demo enrolments created": enrolments_created,
        "courses": CoursePage.objects.count(),
        "enrolments": Enrolment.objects.count(),
    }
