"""Questions and quizzes, built as a trainer builds them (snippets and a quiz page)."""

import uuid

from assessments.models import Question, QuestionCategory, QuizDraw, QuizPage, QuizQuestion
from tests.factories.courses import publish

_counter = iter(range(1, 10_000_000))


def category(name: str = "Definitions") -> QuestionCategory:
    return QuestionCategory.objects.get_or_create(name=name)[0]


def options(*pairs):
    return [
        {
            "type": "item",
            "value": {"text": text, "is_correct": ok, "feedback": f"About {text}"},
            "id": str(uuid.uuid4()),
        }
        for text, ok in pairs
    ]


BODIES = {
    "single": lambda: {
        "text": "Which element is the purpose?",
        "options": options(("Recruitment", False), ("Exploitation", True), ("Fraud", False)),
    },
    "multiple": lambda: {
        "text": "Which are means? (choose all that apply)",
        "scoring": "partial",
        "options": options(("Deception", True), ("Force", True), ("Transport", False)),
    },
    "true_false": lambda: {
        "text": "Consent is a defence once deception was used.",
        "answer": False,
        "feedback_true": "No.",
        "feedback_false": "Right.",
    },
    "short_answer": lambda: {
        "text": "The hotline number?",
        "accepted": [
            {"type": "item", "value": "847", "id": str(uuid.uuid4())},
            {"type": "item", "value": "the TIP line", "id": str(uuid.uuid4())},
        ],
    },
    "scenario": lambda: {
        "case": "A fictional scenario: a worker's passport is held by the employer.",
        "text": "At the farm",
        "parts": [
            {"type": "single", "value": BODIES["single"]()},
            {"type": "short_answer", "value": BODIES["short_answer"]()},
        ],
    },
}


def question_create(kind: str = "single", *, in_category=None, **fields) -> Question:
    n = next(_counter)
    return Question.objects.create(
        title=fields.pop("title", f"Question {n}"),
        category=in_category or category(),
        body=[{"type": kind, "value": BODIES[kind]()}],
        explanation=fields.pop("explanation", "Because the Protocol says so."),
        **fields,
    )


def quiz_add(module, *, questions=(), draws=(), **fields) -> QuizPage:
    n = next(_counter)
    fields.setdefault("shuffle_questions", False)
    fields.setdefault("shuffle_options", False)
    quiz = QuizPage(title=fields.pop("title", f"Quiz {n}"), slug=f"quiz-{n}", **fields)
    quiz.quiz_questions = [QuizQuestion(question=q, sort_order=n) for n, q in enumerate(questions)]
    quiz.draws = [
        QuizDraw(category=c, count=count, sort_order=n) for n, (c, count) in enumerate(draws)
    ]
    module.add_child(instance=quiz)
    return publish(quiz)


def correct_answers(attempt) -> dict:
    """Form data answering every question of an attempt correctly (from its snapshot)."""
    from assessments import grading

    data = {}
    for snapshot in attempt.questions:
        for leaf in grading.leaves(snapshot):
            if leaf["kind"] == "short_answer":
                data[leaf["key"]] = leaf["accepted"][0]
            elif leaf["kind"] == "multiple":
                data[leaf["key"]] = [o["id"] for o in leaf["options"] if o["is_correct"]]
            else:
                data[leaf["key"]] = next(o["id"] for o in leaf["options"] if o["is_correct"])
    return data


def wrong_answers(attempt) -> dict:
    from assessments import grading

    data = {}
    for snapshot in attempt.questions:
        for leaf in grading.leaves(snapshot):
            if leaf["kind"] == "short_answer":
                data[leaf["key"]] = "no idea"
            else:
                data[leaf["key"]] = next(o["id"] for o in leaf["options"] if not o["is_correct"])
    return data
