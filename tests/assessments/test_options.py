"""Options as an attempt shows them (issue 15): shuffled in every attempt around the options an
author keeps in place, the same again when the attempt is resumed, and under identifiers of the
attempt's own that say nothing about the option, never in an arrangement that a learner who
ticks by place or identifier alone would pass; statistics and regrading still follow each option
of the bank."""

import random
import re
import uuid
from collections import defaultdict

import pytest
from django.urls import reverse

from accounts import roles
from assessments import arrangement, grading, services, statistics
from assessments.models import QuizAttempt, QuizPage
from courses import services as course_services
from tests.factories.accounts import UserFactory
from tests.factories.assessments import correct_answers, question_create, quiz_add
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db

# Five options; "Both of these" and "None of these" are kept in place (positions 2 and 4).
PINNED = {"Both of these": 2, "None of these": 4}


def _options(*texts, correct: str) -> list[dict]:
    return [
        {
            "type": "item",
            "value": {
                "text": text,
                "is_correct": text == correct,
                "is_pinned": text in PINNED,
                "feedback": "",
            },
            "id": str(uuid.uuid4()),
        }
        for text in texts
    ]


def question_with_pins(kind: str = "single"):
    texts = ("Recruitment", "Transport", "Both of these", "Exploitation", "None of these")
    single = {"text": "Which is the purpose?", "options": _options(*texts, correct="Exploitation")}
    body = (
        [{"type": "single", "value": single}]
        if kind == "single"
        else [
            {
                "type": "scenario",
                "value": {
                    "case": "A fictional case.",
                    "text": "At the farm",
                    "parts": [{"type": "single", "value": single}],
                },
            }
        ]
    )
    question = question_create("single")
    question.body = body
    question.save()
    return question, texts


def arranged(question, seed: int, shuffle: bool = True) -> list[dict]:
    """The question as an attempt drawn with this seed shows it."""
    return arrangement.questions_arranged(
        [question.snapshot(key="q1")], rng=random.Random(seed), shuffle=shuffle
    )


@pytest.mark.parametrize("kind", ["single", "scenario"])
def test_options_kept_in_place_stay_there_and_the_others_shuffle(kind):
    question, texts = question_with_pins(kind)
    seen = defaultdict(set)  # option -> positions it was shown in
    for seed in range(200):
        (snapshot,) = arranged(question, seed)
        shown = [o["text"] for o in grading.leaves(snapshot)[0]["options"]]
        assert sorted(shown) == sorted(texts)
        for position, text in enumerate(shown):
            seen[text].add(position)
    assert {text: seen[text] for text in PINNED} == {t: {n} for t, n in PINNED.items()}
    for text in set(texts) - set(PINNED):
        assert seen[text] == {0, 1, 3}, text  # every place left, over the seeds
    # Without shuffling, the options are in the order written.
    (snapshot,) = arranged(question, 0, shuffle=False)
    assert [o["text"] for o in grading.leaves(snapshot)[0]["options"]] == list(texts)


@pytest.fixture
def quiz_and_learner(client):
    trainer = UserFactory(role=roles.TRAINER)
    course = course_create(modules=1, lessons=1, trainers=[trainer])
    module = course.get_children().get().specific
    questions = [question_create("single") for _ in range(3)]
    questions += [question_create(k) for k in ("multiple", "true_false", "scenario")]
    questions.append(question_with_pins()[0])
    # The quiz's own default for shuffling options, as a trainer creating a quiz gets it.
    default = QuizPage._meta.get_field("shuffle_options").default
    quiz = quiz_add(module, questions=questions, shuffle_options=default, attempts_allowed=3)
    learner = UserFactory()
    course_services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    return quiz, learner, trainer


INPUT = re.compile(
    r'<input type="(?:radio|checkbox)" name="(?P<name>[^"]+)" value="(?P<value>[^"]+)"[^>]*>'
    r"\s*(?P<text>[^<]*?)\s*</label>"
)


def shown(client, attempt) -> dict[str, list[tuple[str, str]]]:
    """The options on the attempt's page: question key -> [(value, text)], in page order."""
    html = client.get(reverse("assessments_attempt", args=[attempt.pk])).content.decode()
    options = defaultdict(list)
    for match in INPUT.finditer(html):
        options[match["name"]].append((match["value"], match["text"]))
    return dict(options)


def test_a_resumed_attempt_shows_the_same_order_and_the_next_attempt_another(
    client, quiz_and_learner
):
    quiz, learner, _ = quiz_and_learner
    assert quiz.shuffle_options  # a new quiz shuffles options unless its author says not
    first = services.attempt_start(user=learner, quiz=quiz).attempt
    page = shown(client, first)
    assert len(page) == 7  # every question with options, the scenario's single choice too
    resumed = services.attempt_start(user=learner, quiz=quiz)
    assert not resumed.created and resumed.attempt.pk == first.pk
    assert shown(client, first) == page
    services.attempt_submit(attempt=first, user=learner, data=correct_answers(first))
    second = services.attempt_start(user=learner, quiz=quiz).attempt
    again = shown(client, second)
    texts = {key: [text for _, text in options] for key, options in page.items()}
    assert {key: [text for _, text in options] for key, options in again.items()} != texts
    # Each attempt names its options afresh: nothing to carry over from the first one.
    values = {value for options in page.values() for value, _ in options}
    assert not values & {value for options in again.values() for value, _ in options}


def test_option_identifiers_on_the_page_say_nothing(client, quiz_and_learner):
    quiz, learner, _ = quiz_and_learner
    attempt = services.attempt_start(user=learner, quiz=quiz).attempt
    bank_ids = {
        grading.bank_option_id(o)
        for snapshot in attempt.questions
        for leaf in grading.leaves(snapshot)
        for o in leaf.get("options", [])
    }
    values = [value for options in shown(client, attempt).values() for value, _ in options]
    assert len(values) == len(set(values)) == len(bank_ids)
    assert not set(values) & (bank_ids | {"true", "false"})
    assert all(re.fullmatch(r"[0-9a-f]{16}", value) for value in values)
    # Answers given under the page's identifiers are graded as the options they stand for.
    url = reverse("assessments_attempt", args=[attempt.pk])
    response = client.post(url, {**correct_answers(attempt), "submit": "1"})
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.percent == 100


def test_statistics_count_an_option_whatever_each_attempt_called_it():
    question, texts = question_with_pins()
    attempts = []
    for seed in range(6):
        (snapshot,) = arranged(question, seed)
        chosen = next(o for o in snapshot["options"] if o["text"] == "Transport")
        attempts.append(([snapshot], {"q1": {"response": {"choice": chosen["id"]}, "points": 0}}))
    (item,) = statistics.quiz_item_statistics(attempts)
    counts = {o.text: o.count for o in item.options}
    assert counts == {text: 6 if text == "Transport" else 0 for text in texts}
    bank = {o["id"] for o in question.body.get_prep_value()[0]["value"]["options"]}
    assert {o.id for o in item.options} == bank


def test_regrading_an_open_attempt_keeps_its_order_and_identifiers(quiz_and_learner):
    quiz, learner, trainer = quiz_and_learner
    attempt = services.attempt_start(user=learner, quiz=quiz, rng=random.Random(7)).attempt
    before = attempt.questions
    right = correct_answers(attempt)
    services.answers_save(attempt=attempt, user=learner, data=right)
    # A trainer rewords an option of every question (the bank ids stay) and regrades.
    for link in quiz.quiz_questions.select_related("question"):
        body = link.question.body.get_prep_value()
        value = body[0]["value"]
        for part in value.get("parts", [{"value": value}]):
            for option in part["value"].get("options", []):
                option["value"]["text"] += " (reworded)"
        link.question.body = body
        link.question.save()
    services.quiz_regrade(quiz=quiz, actor=trainer)
    attempt = QuizAttempt.objects.get(pk=attempt.pk)

    def order(questions):
        return [
            [(o["id"], o["text"].removesuffix(" (reworded)")) for o in leaf.get("options", [])]
            for snapshot in questions
            for leaf in grading.leaves(snapshot)
        ]

    assert order(attempt.questions) == order(before)
    assert "(reworded)" in attempt.questions[0]["options"][0]["text"]
    result = services.attempt_submit(attempt=attempt, user=learner)
    assert result.grade.percent == 100  # the answers saved before still count


def _blind_scores(snapshots: list[dict]) -> list:
    """The scores of learners who tick the k-th option shown, or the one with the k-th smallest
    or largest identifier, in every question."""
    leaves = [leaf for s in snapshots for leaf in grading.leaves(s)]
    scores = []
    for k in range(3):
        for order in ("shown", "smallest", "largest"):
            responses = {}
            for leaf in leaves:
                options = leaf["options"]
                if order != "shown":
                    options = sorted(options, key=lambda o: o["id"], reverse=order == "largest")
                responses[leaf["key"]] = {"choice": options[k]["id"]}
            scores.append(grading.grade_attempt(snapshots, responses).percent)
    return scores


def test_no_attempt_lets_a_learner_pass_by_place_or_identifier_alone():
    """Four questions of three options, 70% to pass: by pure chance, a learner who always
    ticks the same place or the same rank of identifier would pass about every other time."""
    written = [question_create("single").snapshot(key=f"q{n}") for n in range(1, 5)]
    lucky = 0
    for seed in range(100):
        drawn = arrangement.questions_arranged(written, rng=random.Random(seed), shuffle=True)
        lucky += max(_blind_scores(drawn)) >= 70
        shown = arrangement.attempt_arranged(
            written, rng=random.Random(seed), shuffle=True, pass_mark=70
        )
        assert max(_blind_scores(shown)) < 70, seed
    assert lucky > 30
