"""Trainers' previews: a question of the bank, or a quiz's questions, exactly as an attempt
shows them to learners (templates/assessments/includes/questions.html, the attempt page's own
markup), with the options in a sample arrangement drawn as an attempt draws it.

A preview records nothing (no attempt, no answer, no progress) and marks nothing: the questions
reach the page through the same filter as an attempt's (`selectors._public_leaf`), so no
correct answer, feedback or explanation is in it. Who may see one is the views' business (the
question's change permission, the quiz page's edit permission: assessments/admin_views.py);
Wagtail's editor previews (`Question.get_preview_context`, `QuizPage.serve_preview`) sit behind
its own edit views."""

import random
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from assessments import arrangement, grading, selectors, services
from assessments.models import Question, QuestionCategory, QuizPage


def questions_shown(snapshots: list[dict]) -> list[dict]:
    """What the attempt page shows of these snapshots before any answer is given (the shape of
    selectors.attempt_questions_for_answering)."""
    questions = []
    for number, snapshot in enumerate(snapshots, start=1):
        question = {"number": number, "kind": snapshot["kind"], "text": snapshot["text"]}
        if snapshot["kind"] == grading.SCENARIO:
            question["case"] = snapshot["case"]
            leaves = snapshot["parts"]
        else:
            leaves = [snapshot]
        question["parts"] = [selectors._public_leaf(leaf, None) for leaf in leaves]
        questions.append(question)
    return questions


def question_preview_context(*, question: Question, request, rng=None) -> dict:
    """One question (saved, or as the editor's form holds it), its options shuffled as a quiz
    that shuffles them would show them."""
    rng = rng or random.SystemRandom()
    snapshots = [question.snapshot(key="q1")] if len(question.body) else []
    arranged = arrangement.questions_arranged(snapshots, rng=rng, shuffle=True)
    return {
        "request": request,
        "heading": _("Preview of a question"),
        "about": " · ".join(
            part for part in (question.kind_label, getattr(question.category, "name", "")) if part
        ),
        "questions": questions_shown(arranged),
        "notes": [
            _(
                "In a quiz that shuffles options, every attempt shows them in a new order; "
                "those kept in place stay where they are."
            )
        ],
    }


@dataclass
class DrawNote:
    """A random draw of the quiz: how many it asks for and how many the category holds."""

    category: str
    count: int
    available: int


def _draw_notes(quiz: QuizPage) -> list[DrawNote]:
    draws = list(quiz.draws.all())
    categories = QuestionCategory.objects.filter(
        pk__in=[draw.category_id for draw in draws]
    ).annotate(available=Count("questions", filter=Q(questions__is_active=True)))
    by_id = {category.pk: category for category in categories}
    return [
        DrawNote(
            category=by_id[draw.category_id].name,
            count=draw.count,
            available=by_id[draw.category_id].available,
        )
        for draw in draws
        if draw.category_id in by_id
    ]


def quiz_preview_context(*, quiz: QuizPage, request, rng=None) -> dict:
    """The quiz's questions as one attempt would draw them (its fixed questions, a sample of
    each random draw), shuffled and arranged as the quiz says."""
    rng = rng or random.SystemRandom()
    chosen = services.questions_draw(quiz=quiz, rng=rng)
    snapshots = arrangement.attempt_arranged(
        [q.snapshot(key=f"q{n}") for n, q in enumerate(chosen, 1)],
        rng=rng,
        shuffle=quiz.shuffle_options,
        pass_mark=quiz.pass_mark,
    )
    draws = _draw_notes(quiz)
    notes = []
    if draws:
        notes.append(
            _("Random questions are a sample: every attempt draws its own from the category.")
        )
    if quiz.shuffle_questions:
        notes.append(_("Questions are shown in a new order in every attempt."))
    if quiz.shuffle_options:
        notes.append(_("Options are shown in a new order in every attempt."))
    return {
        "request": request,
        "heading": quiz.title,
        "quiz": quiz,
        "questions": questions_shown(snapshots),
        "draws": draws,
        "notes": notes,
    }
