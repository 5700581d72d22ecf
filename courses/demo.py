"""The demo catalogue: one course per audience and a public awareness course, read from
courses/demo_content/ (written from shared/CONTENT.md; the editor's guide is
courses/demo_content/README.md): per course a course.yaml for the structure and one Markdown file
per lesson. Idempotent: pages are found by slug, and a page gets a new revision only when its
content differs from the demo text.

StreamField blocks get random ids (uuid4), so nobody can compute them from this repository. Two
values are compared without their ids, and a block whose content is already stored keeps its
stored id: a second run sees nothing to change."""

import copy
import uuid
from decimal import Decimal
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import User
from core.demo import page_ensure
from courses import demo_markdown as notation
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
CONTENT = Path(__file__).resolve().parent / "demo_content"


def _id() -> str:
    return str(uuid.uuid4())


def _list_items(values: list) -> list[dict]:
    return [{"type": "item", "value": v, "id": _id()} for v in values]


def _is_block(value) -> bool:
    return isinstance(value, dict) and set(value) == {"type", "value", "id"}


def without_ids(value):
    """A stored StreamField value with the ids of its blocks and list items left out."""
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    if isinstance(value, dict):
        return {
            key: without_ids(item)
            for key, item in value.items()
            if not (key == "id" and _is_block(value))
        }
    return value


def ids_kept(new, stored):
    """`new` (a stored-form StreamField value) with the ids of `stored` wherever it holds the
    same content: a block or list item equal to a stored one, ignoring ids, is the stored one;
    an edited block takes the id of the first stored block of its type left over, and keeps
    the ids of its unchanged items. When nothing differs but the ids, the result equals
    `stored`."""
    if isinstance(new, list) and isinstance(stored, list):
        return _items_kept(new, stored)
    if isinstance(new, dict) and isinstance(stored, dict):
        return {key: ids_kept(value, stored.get(key)) for key, value in new.items()}
    return new


def _items_kept(new: list, stored: list) -> list:
    unused = {n: item for n, item in enumerate(stored) if _is_block(item)}
    result: list = [None] * len(new)
    for n, item in enumerate(new):  # first, the items already stored as they are
        content = without_ids(item)
        same = next((k for k, s in unused.items() if without_ids(s) == content), None)
        if _is_block(item) and same is not None:
            result[n] = copy.deepcopy(unused.pop(same))
    for n, item in enumerate(new):  # then, edited items take the ids of the unused, in order
        if result[n] is not None:
            continue
        edited = next(
            (k for k, s in unused.items() if _is_block(item) and s["type"] == item["type"]), None
        )
        if edited is None:
            result[n] = item
        else:
            old = unused.pop(edited)
            result[n] = {**item, "id": old["id"], "value": ids_kept(item["value"], old["value"])}
    return result


def lesson_body(blocks: list[tuple[str, object]]) -> list[dict]:
    """Turn the demo's (type, value) pairs into StreamField data in Wagtail's stored form, with
    new random ids."""
    raw = []
    for kind, value in blocks:
        if kind == "case_study":
            value = {**value, "questions": _list_items(value["questions"])}
        elif kind == "knowledge_check":
            options = [
                {
                    "text": o["text"],
                    "is_correct": o["is_correct"],
                    "feedback": o.get("feedback", ""),
                }
                for o in value["options"]
            ]
            value = {**value, "options": _list_items(options)}
        raw.append({"type": kind, "value": value, "id": _id()})
    block = LessonBodyBlock()
    return block.get_prep_value(block.to_python(raw))


def further_reading(sources: list[dict]) -> list[dict]:
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
            "id": _id(),
        }
        for s in sources
    ]


def _error_lines(data: dict, path: str = "") -> list[str]:
    """A block validation error's messages, each with where it is (block 2, options)."""
    lines = [f"{path or 'the block'}: {message}" for message in data.get("messages", [])]
    for key, inner in (data.get("blockErrors") or {}).items():
        where = f"block {key + 1}" if isinstance(key, int) else str(key)
        lines += _error_lines(inner, f"{path}, {where}" if path else where)
    return lines


def validated(block, value: list[dict], *, source: str) -> list[dict]:
    """Check a stored-form value as the admin would before saving it; an error names the file
    and the block (counting from 1) with the admin's message."""
    try:
        block.clean(block.to_python(value))
    except ValidationError as error:
        data = (
            error.as_json_data() if hasattr(error, "as_json_data") else {"messages": error.messages}
        )
        raise notation.DemoContentError(f"{source}: " + "; ".join(_error_lines(data))) from None
    return value


def _with_stored_ids(model, parent, slug: str, field: str, value: list[dict]) -> list[dict]:
    """`value` with the ids already stored in this page's field, where the content is the same
    (see ids_kept), so that unchanged content compares equal to what is stored."""
    page = model.objects.child_of(parent).filter(slug=slug).only(field).first()
    if page is None:
        return value
    return ids_kept(value, getattr(page, field).get_prep_value())


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
            "estimated_hours": Decimal(str(data["hours"])),
            "prerequisites": data.get("prerequisites", ""),
            "issues_certificate": True,
        },
        extra=relations,
    )
    count = int(changed)
    if trainer is not None:
        services.course_trainers_set(course=course, trainers=[trainer], actor=None)
    for module_data in data["modules"]:
        reading = further_reading(module_data.get("further_reading", []))
        module, changed = page_ensure(
            course,
            ModulePage,
            module_data["slug"],
            {
                "title": module_data["title"],
                "summary": module_data.get("summary", ""),
                "further_reading": _with_stored_ids(
                    ModulePage, course, module_data["slug"], "further_reading", reading
                ),
            },
        )
        count += changed
        for lesson in module_data["lessons"]:
            body = lesson_body(lesson["body"])
            _, changed = page_ensure(
                module,
                LessonPage,
                lesson["slug"],
                {
                    "title": lesson["title"],
                    "summary": lesson.get("summary", ""),
                    "estimated_minutes": lesson.get("minutes", 10),
                    "body": _with_stored_ids(LessonPage, module, lesson["slug"], "body", body),
                },
            )
            count += changed
    return count


def _lesson_block(section: notation.Section) -> tuple[str, object]:
    """One block of a lesson's body, as (type, value), from its section of the Markdown."""
    main, where = section.main(), section.where

    def rich(lines: list[str]) -> str:
        return notation.rich_text(lines, where=where)

    if section.name == "text":
        section.expect()
        return "text", notation.rich_text(main, tags=notation.TEXT_TAGS, where=where)
    if section.name == "key_point":
        section.expect()
        return "key_point", {"heading": section.title or "Key point", "text": rich(main)}
    if section.name == "case_study":
        section.expect(parts=("questions", "discussion"))
        return "case_study", {
            "title": section.title,
            "scenario": rich(main),
            "questions": notation.bullet_list(section.get("questions"), where=where),
            "discussion": rich(section.get("discussion")),
        }
    if section.name == "knowledge_check":
        section.expect(parts=("explanation",))
        question, options = notation.options(main, where=where)
        return "knowledge_check", {
            "question": notation.plain_text(question),
            "options": options,
            "explanation": rich(section.get("explanation")),
        }
    if section.name == "video":
        section.expect(attributes=("url",))
        return "video", {
            "url": section.attributes["url"],
            "title": section.title,
            "duration": section.attributes.get("duration", ""),
            "transcript": rich(main),
        }
    raise notation.DemoContentError(
        f"{where}: no lesson block is called {section.name!r} "
        "(text, key_point, case_study, knowledge_check, video)"
    )


def lesson_read(path: Path) -> dict:
    """A lesson from its Markdown file: front matter (title, minutes, summary), then the body."""
    meta, lines, first_line = notation.front_matter(path)
    sections = notation.parse(
        lines,
        source=notation.source_name(path),
        first_line=first_line,
        attributes={"video": ("url", "duration")},
    )
    body = [_lesson_block(section) for section in sections]
    validated(LessonBodyBlock(), lesson_body(body), source=notation.source_name(path))
    return {"slug": path.stem, **meta, "body": body}


def course_read(name: str) -> dict:
    """A demo course from courses/demo_content/<name>/: course.yaml, whose modules list their
    lessons by slug, each lesson read from <module slug>/<lesson slug>.md."""
    folder = CONTENT / name
    path = folder / "course.yaml"
    data = notation.yaml_read(path.read_text(encoding="utf-8"), source=notation.source_name(path))
    for module in data["modules"]:
        module["lessons"] = [
            lesson_read(folder / module["slug"] / f"{slug}.md") for slug in module["lessons"]
        ]
    return data


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
    """The demo courses as data, in DEMO_COURSES order (the public course first)."""
    return [course_read(name) for name in DEMO_COURSES]


@transaction.atomic
def seed() -> dict:
    index = CourseIndexPage.objects.first()
    if index is None:
        raise RuntimeError("The course catalogue page is missing (migration courses/0002).")
    trainer = User.objects.filter(email=DEMO_TRAINER).first()
    courses = demo_courses()
    pages_changed = 0
    for data in courses:
        pages_changed += course_ensure(index=index, data=data, trainer=trainer)

    featured = list(CoursePage.objects.live().filter(slug__in=[d["slug"] for d in courses]))
    order = {d["slug"]: n for n, d in enumerate(courses)}
    featured.sort(key=lambda page: order[page.slug])
    pages_changed += featured_courses_set(index=index, courses=featured[:3])

    # The demo learner has started the public course, so /learn/ has something to show; the
    # course for their own audience is left for them to enrol in.
    learner = User.objects.filter(email=DEMO_LEARNER).first()
    enrolments_created = 0
    if learner is not None:
        public = CoursePage.objects.get(slug=courses[0]["slug"])
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
