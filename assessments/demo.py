"""Demo quizzes for the demo courses: a pre-test at the start, a quiz at the end of every
module and a final assessment at the end of the course, from assessments/demo_content/*.py
(written from shared/CONTENT.md). Idempotent: questions are found by category and title,
quizzes by slug; ids inside question bodies derive from their titles."""

import importlib
import uuid

from django.db import transaction

from assessments.blocks import QuestionBodyBlock
from assessments.models import (
    Question,
    QuestionCategory,
    QuizKind,
    QuizPage,
    QuizQuestion,
    ReviewPolicy,
)
from courses.demo import DEMO_COURSES
from courses.models import CoursePage, ModulePage

ID_NAMESPACE = uuid.UUID("0f9d7c1e-2b4a-4f7e-9a51-6c3d2e8b7a90")


def _id(*parts) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, ":".join(str(p) for p in parts)))


def _leaf_value(kind: str, data: dict, key: str) -> dict:
    if kind in ("single", "multiple"):
        value = {
            "text": data["text"],
            "options": [
                {
                    "type": "item",
                    "value": {
                        "text": o["text"],
                        "is_correct": o["is_correct"],
                        "feedback": o.get("feedback", ""),
                    },
                    "id": _id(key, "option", n),
                }
                for n, o in enumerate(data["options"])
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
            "accepted": [
                {"type": "item", "value": a, "id": _id(key, "accepted", n)}
                for n, a in enumerate(data["accepted"])
            ],
        }
    raise ValueError(kind)


def question_body(data: dict, key: str) -> list[dict]:
    kind = data["kind"]
    if kind == "scenario":
        value = {
            "case": data["case"],
            "text": data["text"],
            "parts": [
                {
                    "type": part["kind"],
                    "value": _leaf_value(part["kind"], part, f"{key}.{n}"),
                    "id": _id(key, "part", n),
                }
                for n, part in enumerate(data["sub_questions"])
            ],
        }
    else:
        value = _leaf_value(kind, data, key)
    block = QuestionBodyBlock()
    return block.get_prep_value(block.to_python([{"type": kind, "value": value, "id": _id(key)}]))


def question_ensure(*, category: QuestionCategory, key: str, data: dict) -> tuple[Question, bool]:
    title = f"{key}: {data['text']}"[:200]
    body = question_body(data, key)
    question = Question.objects.filter(category=category, title=title).first()
    if question is None:
        return (
            Question.objects.create(
                category=category, title=title, body=body, explanation=data["explanation"]
            ),
            True,
        )
    if question.body.get_prep_value() != body or question.explanation != data["explanation"]:
        question.body = body
        question.explanation = data["explanation"]
        question.save()
        return question, True
    return question, False


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


@transaction.atomic
def seed() -> dict:
    questions_changed = quizzes_changed = 0
    for name in DEMO_COURSES:
        lessons = importlib.import_module(f"courses.demo_content.{name}").COURSE
        quizzes = importlib.import_module(f"assessments.demo_content.{name}").QUIZZES
        course = CoursePage.objects.get(slug=lessons["slug"])
        modules = {m.slug: m for m in ModulePage.objects.child_of(course)}
        module_titles = {m["slug"]: m["title"] for m in lessons["modules"]}

        final_category, _ = QuestionCategory.objects.get_or_create(
            name=category_name(course.title[:100], "final")
        )
        final_questions, pre_test_questions = [], []
        for n, data in enumerate(quizzes["final"], start=1):
            question, changed = question_ensure(
                category=final_category, key=f"{name}-final-{n}", data=data
            )
            questions_changed += changed
            final_questions.append(question)
            if data.get("in_pre_test"):
                pre_test_questions.append(question)

        first_slug, last_slug = lessons["modules"][0]["slug"], lessons["modules"][-1]["slug"]
        quizzes_changed += quiz_ensure(
            module=modules[first_slug],
            slug="pre-test",
            title="Pre-test: what do you know already?",
            questions=pre_test_questions,
            first=True,
            kind=QuizKind.PRE_TEST,
            is_required=False,
            pass_mark=70,
            attempts_allowed=1,
            review=ReviewPolicy.SCORE,
            estimated_minutes=10,
        )
        for slug, items in quizzes["modules"].items():
            category, _ = QuestionCategory.objects.get_or_create(
                name=category_name(course.title[:60], module_titles[slug])
            )
            module_questions = []
            for n, data in enumerate(items, start=1):
                question, changed = question_ensure(
                    category=category, key=f"{name}-{slug}-{n}", data=data
                )
                questions_changed += changed
                module_questions.append(question)
            quizzes_changed += quiz_ensure(
                module=modules[slug],
                slug=f"{slug}-quiz",
                title=f"Quiz: {module_titles[slug]}",
                questions=module_questions,
                first=False,
                kind=QuizKind.MODULE_QUIZ,
                pass_mark=70,
                attempts_allowed=3,
                review=ReviewPolicy.FULL,
                estimated_minutes=10,
            )
        quizzes_changed += quiz_ensure(
            module=modules[last_slug],
            slug="final-assessment",
            title="Final assessment",
            questions=final_questions,
            first=False,
            kind=QuizKind.FINAL,
            pass_mark=70,
            attempts_allowed=2,
            time_limit_minutes=30,
            review=ReviewPolicy.ANSWERS,
            estimated_minutes=30,
        )
    return {"demo questions changed": questions_changed, "demo quizzes changed": quizzes_changed}
