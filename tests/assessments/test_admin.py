"""Trainers author the question bank and quizzes in the Wagtail admin."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from accounts import roles
from assessments.models import Question, QuizPage
from tests.courses.test_pages import form_errors, list_block
from tests.factories.accounts import UserFactory
from tests.factories.assessments import category, question_create
from tests.factories.courses import course_create
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client):
    login_with_mfa(client, UserFactory(role=roles.TRAINER))
    return client


def question_form(options):
    return nested_form_data(
        {
            "title": "Purpose element",
            "category": category().pk,
            "tags": "definitions, protocol",
            "body": streamfield(
                [("single", {"text": "Which is the purpose?", "options": list_block(options)})]
            ),
            "explanation": "Exploitation is the purpose.",
            "points": "1",
            "is_active": "on",
        }
    )


def test_a_trainer_adds_a_question_and_a_wrong_one_is_refused(trainer_client):
    url = "/admin/snippets/assessments/question/add/"
    bad = [
        {"text": "Recruitment", "is_correct": "", "feedback": ""},
        {"text": "Exploitation", "is_correct": "", "feedback": ""},
    ]
    response = trainer_client.post(url, question_form(bad))
    assert response.status_code == 200
    assert not Question.objects.exists()
    good = [
        {"text": "Recruitment", "is_correct": "", "feedback": "That is the act."},
        {"text": "Exploitation", "is_correct": "on", "feedback": "Yes."},
    ]
    response = trainer_client.post(url, question_form(good))
    assert response.status_code == 302, form_errors(response)
    question = Question.objects.get()
    assert question.kind == "single"
    assert sorted(question.tags.names()) == ["definitions", "protocol"]
    assert (
        trainer_client.get("/admin/snippets/assessments/question/?tag=protocol").status_code == 200
    )


def test_a_trainer_places_a_quiz_in_a_module(trainer_client):
    course = course_create(modules=1, lessons=1)
    module = course.get_children().get()
    question = question_create()
    response = trainer_client.post(
        f"/admin/pages/add/assessments/quizpage/{module.pk}/",
        nested_form_data(
            {
                "title": "Module quiz",
                "slug": "module-quiz",
                "kind": "module_quiz",
                "intro": "",
                "quiz_questions": inline_formset([{"question": question.pk}]),
                "draws": inline_formset([{"category": category().pk, "count": "2"}]),
                "pass_mark": "70",
                "attempts_allowed": "3",
                "time_limit_minutes": "15",
                "shuffle_questions": "on",
                "shuffle_options": "on",
                "review": "full",
                "is_required": "on",
                "estimated_minutes": "10",
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, form_errors(response)
    quiz = QuizPage.objects.get(slug="module-quiz")
    assert quiz.live and quiz.time_limit_minutes == 15
    assert [q.question for q in quiz.quiz_questions.all()] == [question]
