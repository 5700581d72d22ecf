"""Trainers preview a question and a quiz as learners see them: the attempt page's markup, the
options in a sample arrangement, nothing recorded, no answer in the page; staff only."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from accounts import roles
from assessments.models import QuizAnswer, QuizAttempt, QuizDraw, QuizPage, QuizQuestion
from tests.courses.test_pages import list_block
from tests.courses.test_query_counts import count
from tests.factories.accounts import UserFactory
from tests.factories.assessments import category, question_create, quiz_add
from tests.factories.courses import course_create
from tests.helpers import login_with_mfa, refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client):
    login_with_mfa(client, UserFactory(role=roles.TRAINER))
    return client


def question_preview_url(question) -> str:
    return reverse("assessments_admin:question_preview", args=[question.pk])


def quiz_preview_url(quiz) -> str:
    return reverse("assessments_admin:quiz_preview", args=[quiz.pk])


def module_of_new_course():
    return course_create(modules=1, lessons=1).get_children().get().specific


def assert_shows_no_answer(html: str, question) -> None:
    """Nothing that tells the right answer: no feedback, explanation, correctness, bank ids."""
    body = question.body[0].value
    for option in body["options"].bound_blocks:
        assert option.value["feedback"] not in html
        assert option.id not in html
    assert question.explanation not in html
    assert "is_correct" not in html


def test_a_trainer_previews_a_question_as_the_attempt_page_shows_it(trainer_client):
    question = question_create("single")
    response = trainer_client.get(question_preview_url(question))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert "Which element is the purpose?" in html
    assert html.count('class="question__option"') == 3
    for text in ("Recruitment", "Exploitation", "Fraud"):
        assert text in html
    assert "Nothing you choose here is saved or marked." in html
    assert_shows_no_answer(html, question)
    # The buttons of the attempt page are there, and send nothing.
    assert re.search(r"<button[^>]*disabled[^>]*>Submit for marking", html)
    assert "data-autosave" not in html
    assert not QuizAttempt.objects.exists() and not QuizAnswer.objects.exists()


def test_a_scenario_previews_its_case_and_each_question(trainer_client):
    question = question_create("scenario")
    html = trainer_client.get(question_preview_url(question)).content.decode()
    assert "a worker&#x27;s passport is held by the employer" in html
    assert "Which element is the purpose?" in html and "Your answer" in html
    assert "the TIP line" not in html  # an accepted short answer


def test_the_options_come_in_a_sample_arrangement(trainer_client):
    question = question_create("single")
    orders = set()
    for _ in range(12):
        html = trainer_client.get(question_preview_url(question)).content.decode()
        orders.add(tuple(re.findall(r"> (Recruitment|Exploitation|Fraud)</label>", html)))
    assert len(orders) > 1


def test_only_those_who_edit_the_bank_preview_its_questions(client):
    question = question_create()
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    assert refused(client.get(question_preview_url(question)))


def quiz_with(module, *, fixed: int = 1, drawn: int = 2, in_pool: int = 3) -> QuizPage:
    pool = category("Signs to notice")
    for n in range(in_pool):
        question_create("true_false", in_category=pool, title=f"Pool {n}")
    questions = [question_create("single", title=f"Fixed {n}") for n in range(fixed)]
    return quiz_add(module, questions=questions, draws=[(pool, drawn)])


def test_a_trainer_previews_a_quiz_with_a_sample_of_its_random_draw(trainer_client):
    quiz = quiz_with(module_of_new_course())
    html = trainer_client.get(quiz_preview_url(quiz)).content.decode()
    assert quiz.title in html
    assert html.count('class="question__title"') == 3  # one fixed, two drawn of three
    assert "Which element is the purpose?" in html
    # Each drawn statement: its heading and its fieldset's (visually hidden) legend.
    assert html.count("Consent is a defence once deception was used.") == 4
    assert "2 questions drawn at random from Signs to notice (3 active in the bank)" in html
    assert not QuizAttempt.objects.exists()


def test_the_quiz_preview_shows_the_latest_draft(trainer_client):
    quiz = quiz_with(module_of_new_course(), drawn=1)
    added = question_create("short_answer", title="Added in a draft")
    quiz.quiz_questions.add(QuizQuestion(question=added, sort_order=5))
    quiz.save_revision()  # not published
    html = trainer_client.get(quiz_preview_url(quiz)).content.decode()
    assert "The hotline number?" in html
    assert QuizPage.objects.get(pk=quiz.pk).quiz_questions.count() == 1  # the live page


def test_the_quiz_preview_costs_the_same_for_1_and_12_questions(trainer_client):
    module = module_of_new_course()
    small = quiz_with(module, fixed=1, drawn=1, in_pool=1)
    large = quiz_with(module, fixed=12, drawn=1, in_pool=1)
    count(trainer_client, quiz_preview_url(small))  # the session's first admin request
    one = count(trainer_client, quiz_preview_url(small))
    assert count(trainer_client, quiz_preview_url(large)) == one


def test_only_those_who_edit_the_quiz_preview_it(client):
    quiz = quiz_with(module_of_new_course())
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    assert refused(client.get(quiz_preview_url(quiz)))


def test_the_bank_and_the_page_tree_offer_the_previews(trainer_client):
    question = question_create()
    listing = trainer_client.get("/admin/snippets/assessments/question/").content.decode()
    assert question_preview_url(question) in listing and "Preview as a learner" in listing
    module = module_of_new_course()
    quiz = quiz_with(module)
    explorer = trainer_client.get(f"/admin/pages/{module.pk}/").content.decode()
    assert quiz_preview_url(quiz) in explorer and "Preview questions as a learner" in explorer
    edit = trainer_client.get(f"/admin/pages/{quiz.pk}/edit/").content.decode()
    assert quiz_preview_url(quiz) in edit


def test_the_question_editor_previews_what_is_being_typed(trainer_client):
    preview = reverse("wagtailsnippets_assessments_question:preview_on_add")
    options = [
        {"text": "Deception", "is_correct": "on", "is_pinned": "", "feedback": "Yes, a means."},
        {"text": "Transport", "is_correct": "", "is_pinned": "", "feedback": "An act."},
    ]
    data = nested_form_data(
        {
            "title": "",
            "category": category().pk,
            "lesson": "",
            "tags": "",
            "body": streamfield(
                [("single", {"text": "Which is a means?", "options": list_block(options)})]
            ),
            "explanation": "Deception is a means.",
            "points": "1",
            "is_active": "on",
            "reference": "",
        }
    )
    assert trainer_client.post(preview, data).json()["is_valid"] is True
    html = trainer_client.get(preview).content.decode()
    assert "Which is a means?" in html and "Deception" in html and "Transport" in html
    assert "Yes, a means." not in html and "Deception is a means." not in html


def test_the_quiz_editor_previews_the_questions_as_a_learner_answers_them(trainer_client):
    module = module_of_new_course()
    quiz = quiz_with(module, fixed=0, drawn=1)
    draw = quiz.draws.get()
    fixed = question_create("single", title="Added in the form")
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[quiz.pk])
    data = nested_form_data(
        {
            "title": "Module quiz, being edited",
            "slug": quiz.slug,
            "kind": "module_quiz",
            "intro": "",
            "quiz_questions": inline_formset([{"question": fixed.pk}]),
            "draws": inline_formset(
                [{"id": draw.pk, "category": draw.category_id, "count": "1", "DELETE": "1"}],
                initial=1,
            ),
            "pass_mark": "70",
            "attempts_allowed": "3",
            "time_limit_minutes": "",
            "review": "full",
            "is_required": "on",
            "estimated_minutes": "10",
            "comments": inline_formset([]),
        }
    )
    assert trainer_client.post(preview, data).json()["is_valid"] is True
    html = trainer_client.get(preview, {"mode": "questions"}).content.decode()
    assert "Module quiz, being edited" in html
    # The form's questions: the fixed one added, the draw removed.
    assert html.count('class="question__title"') == 1
    assert "Which element is the purpose?" in html
    assert QuizDraw.objects.filter(quiz=quiz).count() == 1  # nothing saved
    assert not QuizQuestion.objects.filter(quiz=quiz).exists()
