"""Demo quizzes for the demo courses: a pre-test at the start, a quiz at the end of every
module and a final assessment at the end of the course. Read from assessments/demo_content/:
quizzes.yaml holds the quizzes' rules, and <course>/final.md and <course>/<module slug>.md their
questions, in the notation of courses/demo_markdown.py (the editor's guide is
courses/demo_content/README.md). Written from shared/CONTENT.md.

Every question names the lesson that teaches it (`lesson: <lesson slug>`, a lesson of the same
course), which becomes its Question.lesson: a learner who gets it wrong is pointed there.

Idempotent: questions are found by category and ID number (Question.reference, their key: their
place in their file, e.g. public-final-3), quizzes by slug; a question's title is its own words.
Ids inside question bodies (option ids among them) are random; a question whose content is
already stored keeps its stored ids, so a second run writes nothing."""

import difflib
import uuid
from pathlib import Path

from django.db import transaction
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue

from assessments import grading
from assessments.blocks import QuestionBodyBlock
from assessments.models import (
    Question,
    QuestionCategory,
    QuizKind,
    QuizPage,
    QuizQuestion,
    ReviewPolicy,
)
from courses import demo_markdown as notation
from courses.demo import DEMO_COURSES, demo_courses, ids_kept, validated
from courses.models import CoursePage, LessonPage, ModulePage

CONTENT = Path(__file__).resolve().parent / "demo_content"
QUESTION_KINDS = ("single", "multiple", "true_false", "short_answer", "scenario")
QUIZ_FIELDS = {"slug", "title", "kind", "is_required", "pass_mark", "attempts_allowed",
               "time_limit_minutes", "review", "estimated_minutes"}  # fmt: skip


def _id() -> str:
    return str(uuid.uuid4())


def _leaf_value(kind: str, data: dict) -> dict:
    if kind in ("single", "multiple"):
        value = {
            "text": data["text"],
            "options": [
                {
                    "type": "item",
                    "value": {
                        "text": o["text"],
                        "is_correct": o["is_correct"],
                        "is_pinned": o.get("is_pinned", False),
                        "feedback": o.get("feedback", ""),
                    },
                    "id": _id(),
                }
                for o in data["options"]
            ],
        }
        if kind == "multiple":
            value["scoring"] = data["scoring"]
        return value
    if kind == "true_false":
        return {
            "text": data["text"],
            "answer": data["answer"],
            "feedback_true": data.get("feedback_true", ""),
            "feedback_false": data.get("feedback_false", ""),
        }
    if kind == "short_answer":
        return {
            "text": data["text"],
            "accepted": [{"type": "item", "value": a, "id": _id()} for a in data["accepted"]],
        }
    raise ValueError(kind)


def question_body(data: dict) -> list[dict]:
    """A question's data as its body in Wagtail's stored form, with new random ids."""
    kind = data["kind"]
    if kind == "scenario":
        value = {
            "case": data["case"],
            "text": data["text"],
            "parts": [
                {"type": part["kind"], "value": _leaf_value(part["kind"], part), "id": _id()}
                for part in data["sub_questions"]
            ],
        }
    else:
        value = _leaf_value(kind, data)
    block = QuestionBodyBlock()
    return block.get_prep_value(block.to_python([{"type": kind, "value": value, "id": _id()}]))


def _bound(value) -> None:
    if isinstance(value, StreamValue | ListValue):
        for child in value:
            _bound(getattr(child, "value", child))
    elif isinstance(value, StructValue):
        for child in value.values():
            _bound(child)


def _as_read_now(body: StreamValue) -> list[dict]:
    """A stored body as the blocks read it now: Wagtail hands back a block it has not read as it
    was stored, without the fields added to the block since (an option's `is_pinned`), and
    content that differs only by a default would lose its ids."""
    _bound(body)
    return body.get_prep_value()


TITLE_LENGTH = 200  # Question.title's max_length


def question_title(text: str) -> str:
    """A question's title in the bank: its own words, shortened at a word boundary to fit."""
    text = " ".join(text.split())
    if len(text) <= TITLE_LENGTH:
        return text
    cut = text[: TITLE_LENGTH - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"


def question_ensure(
    *, category: QuestionCategory, key: str, data: dict, lesson_id: int | None = None
) -> tuple[Question, bool]:
    """Create or update the question `key` (its place in its quiz file, e.g. public-final-3),
    found by its ID number (`reference`), so that a corrected text updates the same question."""
    title = question_title(data["text"])
    body = question_body(data)
    question = Question.objects.filter(category=category, reference=key).first()
    if question is None:
        return (
            Question.objects.create(
                category=category,
                reference=key,
                title=title,
                body=body,
                explanation=data["explanation"],
                lesson_id=lesson_id,
            ),
            True,
        )
    stored = _as_read_now(question.body)
    body = ids_kept(body, stored)
    wanted = (title, body, data["explanation"], lesson_id)
    if (question.title, stored, question.explanation, question.lesson_id) != wanted:
        question.title, question.body, question.explanation, question.lesson_id = wanted
        question.save()
        return question, True
    return question, False


def old_titles_referenced() -> int:
    """A database seeded before questions had an ID number found its demo questions by a title
    "<key>: <text>": give each of them its key as its reference, once (then question_ensure
    finds it by reference and writes its title from its text). Returns how many."""
    pattern = rf"^({'|'.join(DEMO_COURSES)})-[a-z0-9-]+-[0-9]+: "
    taken = set(Question.objects.exclude(reference="").values_list("category_id", "reference"))
    found = 0
    for question in (
        Question.objects.filter(reference="", title__regex=pattern)
        .order_by("pk")
        .only("pk", "category_id", "title")
    ):
        key = question.title.split(": ", 1)[0]
        if (question.category_id, key) in taken:
            continue  # a second question of that place: the first one keeps it
        Question.objects.filter(pk=question.pk).update(reference=key)
        taken.add((question.category_id, key))
        found += 1
    return found


def _links(questions: list[Question]) -> list[QuizQuestion]:
    return [QuizQuestion(question=q, sort_order=n) for n, q in enumerate(questions)]


def category_name(*parts: str) -> str:
    """Category names are at most 120 characters (the field's length)."""
    return ": ".join(parts)[:120]


def quiz_ensure(
    *, module: ModulePage, slug: str, title: str, questions: list[Question], first: bool, **rules
) -> bool:
    """Create or update a quiz in the module (first or last child). Returns whether it changed."""
    quiz = QuizPage.objects.child_of(module).filter(slug=slug).first()
    wanted = [q.pk for q in questions]
    if quiz is None:
        quiz = QuizPage(title=title, slug=slug, shuffle_questions=True, **rules)
        quiz.quiz_questions = _links(questions)
        module.add_child(instance=quiz)
        quiz.save_revision().publish()
        if first:
            quiz.move(module, pos="first-child")
        return True
    changed = [link.question_id for link in quiz.quiz_questions.all()] != wanted
    for field, value in {"title": title, **rules}.items():
        if getattr(quiz, field) != value:
            setattr(quiz, field, value)
            changed = True
    if changed:
        quiz.quiz_questions = _links(questions)
        quiz.save_revision().publish()
    return changed


def _question_read(section: notation.Section, *, in_final: bool, in_scenario: bool) -> dict:
    """One question as data, from its section of a quiz file."""
    kind, main, where = section.name, section.main(), section.where
    if kind not in QUESTION_KINDS or (in_scenario and kind == "scenario"):
        raise notation.DemoContentError(
            f"{where}: no question is called {kind!r} ({', '.join(QUESTION_KINDS)}; "
            "a scenario holds the others)"
        )
    parts = ("accepted", "explanation") if kind == "short_answer" else ("explanation",)
    # A question names the lesson that teaches it; a scenario's questions share the scenario's.
    lesson = () if in_scenario else ("lesson",)
    section.expect(parts=parts, attributes=lesson, children=kind == "scenario")
    data: dict = {"kind": kind}
    if kind == "scenario":
        data |= {
            "case": notation.plain_text(main),
            "text": section.title,
            "sub_questions": [
                _question_read(part, in_final=in_final, in_scenario=True)
                for part in section.children
            ],
        }
    elif kind == "short_answer":
        data |= {
            "text": notation.plain_text(main),
            "accepted": notation.bullet_list(section.get("accepted"), where=where),
        }
    else:
        text, options = notation.options(main, where=where)
        data["text"] = notation.plain_text(text)
        data |= _true_false(options, where) if kind == "true_false" else {"options": options}
    if kind == "multiple":
        data["scoring"] = section.attributes.get("scoring", grading.PARTIAL)
    if data.get("scoring", grading.PARTIAL) not in (grading.PARTIAL, grading.ALL_OR_NOTHING) or (
        kind != "multiple" and "scoring" in section.attributes
    ):
        raise notation.DemoContentError(
            f"{where}: a multiple question's scoring is partial or all_or_nothing"
        )
    pre_test = section.attributes.get("pre-test", "no")
    if pre_test not in ("yes", "no") or (pre_test == "yes" and (in_scenario or not in_final)):
        raise notation.DemoContentError(
            f"{where}: `pre-test: yes` marks a question of final.md for the pre-test"
        )
    if pre_test == "yes":
        data["in_pre_test"] = True
    if in_scenario and "lesson" in section.attributes:
        raise notation.DemoContentError(
            f"{where}: the questions of a scenario share its lesson: write `lesson:` under the "
            "scenario's opening line"
        )
    if not in_scenario:
        data["lesson"] = section.attributes["lesson"].strip()
    data["explanation"] = notation.plain_text(section.get("explanation"))
    return data


def _lesson_check(data: dict, *, where: str, lessons: set[str]) -> None:
    slug = data["lesson"]
    if slug in lessons:
        return
    near = difflib.get_close_matches(slug, sorted(lessons), n=1)
    hint = f" Did you mean {near[0]!r}?" if near else ""
    raise notation.DemoContentError(
        f"{where}: no lesson of this course is called {slug!r}. `lesson:` takes the slug of the "
        f"lesson that teaches the question (its file name in courses/demo_content/<course>/"
        f"<module slug>/, without .md).{hint}"
    )


def _true_false(options: list[dict], where: str) -> dict:
    by_label = {option["text"]: option for option in options}
    if (
        len(options) != 2
        or set(by_label) != {"True", "False"}
        or by_label["True"]["is_correct"] == by_label["False"]["is_correct"]
    ):
        raise notation.DemoContentError(
            f"{where}: a true_false has the two options `True` and `False`, the right one [x]"
        )
    return {
        "answer": by_label["True"]["is_correct"],
        "feedback_true": by_label["True"]["feedback"],
        "feedback_false": by_label["False"]["feedback"],
    }


def quiz_read(path: Path, *, is_final: bool = False, lessons: set[str] | None = None) -> list[dict]:
    """The questions of a quiz file, in order. Outside the ::: sections the file may hold only
    headings (for the reader). `lessons`: the slugs of the course's lessons, which every
    question's `lesson:` must name (None: not checked)."""
    source = notation.source_name(path)
    sections = notation.parse(
        path.read_text(encoding="utf-8").splitlines(),
        source=source,
        attributes={kind: ("scoring", "pre-test", "lesson") for kind in QUESTION_KINDS},
    )
    questions = []
    for section in sections:
        if section.name == "text" and not section.fence:
            text = [line for line in section.main() if line.strip()]
            if any(not line.startswith("#") for line in text):
                raise notation.DemoContentError(
                    f"{section.where}: text outside a question; put it inside a ::: section"
                )
            continue
        data = _question_read(section, in_final=is_final, in_scenario=False)
        if lessons is not None:
            _lesson_check(data, where=section.where, lessons=lessons)
        validated(QuestionBodyBlock(), question_body(data), source=section.where)
        questions.append(data)
    return questions


def demo_quizzes(name: str, course: dict) -> dict:
    """A demo course's questions: {"final": [...], "modules": {module slug: [...]}}; a module
    without a file in assessments/demo_content/<name>/ has no quiz."""
    folder = CONTENT / name
    lessons = {lesson["slug"] for module in course["modules"] for lesson in module["lessons"]}
    return {
        "final": quiz_read(folder / "final.md", is_final=True, lessons=lessons),
        "modules": {
            module["slug"]: quiz_read(folder / f"{module['slug']}.md", lessons=lessons)
            for module in course["modules"]
            if (folder / f"{module['slug']}.md").exists()
        },
    }


def quiz_rules() -> dict:
    """The rules of the three kinds of demo quiz (pre_test, module_quiz, final), from
    quizzes.yaml: the slug, the title and QuizPage fields."""
    path = CONTENT / "quizzes.yaml"
    rules = notation.yaml_read(path.read_text(encoding="utf-8"), source=notation.source_name(path))
    for kind, fields in rules.items():
        unknown = set(fields) - QUIZ_FIELDS
        if unknown:
            raise notation.DemoContentError(
                f"{notation.source_name(path)}, {kind}: no quiz setting is called {sorted(unknown)}"
            )
        fields["kind"] = QuizKind(fields["kind"])
        fields["review"] = ReviewPolicy(fields["review"])
    return rules


def _questions_ensure(
    category: QuestionCategory, key: str, items: list[dict], lessons: dict[str, int]
) -> tuple[list, int]:
    questions, changed = [], 0
    for n, data in enumerate(items, start=1):
        question, was_changed = question_ensure(
            category=category, key=f"{key}-{n}", data=data, lesson_id=lessons[data["lesson"]]
        )
        questions.append(question)
        changed += was_changed
    return questions, changed


def course_quizzes_ensure(
    *, name: str, lessons: dict, quizzes: dict, rules: dict
) -> tuple[int, int]:
    """The questions and quizzes of one demo course. Returns how many of each changed."""
    course = CoursePage.objects.get(slug=lessons["slug"])
    modules = {m.slug: m for m in ModulePage.objects.child_of(course)}
    module_titles = {m["slug"]: m["title"] for m in lessons["modules"]}
    # The lessons' slugs are unique in each demo course (the files of a course are checked
    # against its lessons when they are read).
    lesson_ids = dict(
        LessonPage.objects.descendant_of(course).values_list("slug", "pk").order_by("path")
    )
    final_category, _ = QuestionCategory.objects.get_or_create(
        name=category_name(course.title[:100], "final")
    )
    final_questions, questions_changed = _questions_ensure(
        final_category, f"{name}-final", quizzes["final"], lesson_ids
    )
    pre_test_questions = [
        question
        for question, data in zip(final_questions, quizzes["final"], strict=True)
        if data.get("in_pre_test")
    ]
    first_slug, last_slug = lessons["modules"][0]["slug"], lessons["modules"][-1]["slug"]
    quizzes_changed = quiz_ensure(
        module=modules[first_slug], questions=pre_test_questions, first=True, **rules["pre_test"]
    )
    for slug, items in quizzes["modules"].items():
        category, _ = QuestionCategory.objects.get_or_create(
            name=category_name(course.title[:60], module_titles[slug])
        )
        module_questions, changed = _questions_ensure(category, f"{name}-{slug}", items, lesson_ids)
        questions_changed += changed
        module_rules = {
            **rules["module_quiz"],
            "slug": rules["module_quiz"]["slug"].format(module=slug),
            "title": rules["module_quiz"]["title"].format(module_title=module_titles[slug]),
        }
        quizzes_changed += quiz_ensure(
            module=modules[slug], questions=module_questions, first=False, **module_rules
        )
    quizzes_changed += quiz_ensure(
        module=modules[last_slug], questions=final_questions, first=False, **rules["final"]
    )
    return questions_changed, quizzes_changed


@transaction.atomic
def seed() -> dict:
    questions_changed = quizzes_changed = 0
    referenced = old_titles_referenced()
    rules = quiz_rules()
    for name, lessons in zip(DEMO_COURSES, demo_courses(), strict=True):
        questions, quizzes = course_quizzes_ensure(
            name=name, lessons=lessons, quizzes=demo_quizzes(name, lessons), rules=rules
        )
        questions_changed += questions
        quizzes_changed += quizzes
    return {
        "demo questions given their ID number": referenced,
        "demo questions changed": questions_changed,
        "demo quizzes changed": quizzes_changed,
    }
