"""The result page of an attempt teaches (issue 16): the score against the pass mark, which
questions were not right (as the review policy allows), the lesson to revisit for each (only a
live lesson of the same course), the attempts left or what to do when none is left; a pass says
what comes next, a pass that completes the course links to the certificate, the pre-test thanks
the learner and opens the first lesson. Its queries do not grow with the number of questions."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assessments import services
from assessments.models import QuizAttempt, QuizKind, ReviewPolicy
from courses import services as course_services
from courses.models import Enrolment
from tests.factories.accounts import UserFactory
from tests.factories.assessments import correct_answers, question_create, quiz_add, wrong_answers
from tests.factories.courses import course_create, lesson_add, lessons_of

pytestmark = pytest.mark.django_db


def module_of(course):
    return course.get_children().live().order_by("path").first().specific


def enrolled(client, course):
    learner = UserFactory()
    course_services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    return learner


def sit(client, quiz, *, right: bool, partly: set[str] = frozenset()) -> QuizAttempt:
    """Start and submit an attempt through the views, every answer right or wrong (the leaf
    keys in `partly` the other way round)."""
    response = client.post(reverse("assessments_start", args=[quiz.pk]))
    assert response.status_code == 302, response
    attempt = QuizAttempt.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])
    answers = correct_answers(attempt) if right else wrong_answers(attempt)
    other = wrong_answers(attempt) if right else correct_answers(attempt)
    answers |= {key: other[key] for key in partly}
    response = client.post(
        reverse("assessments_attempt", args=[attempt.pk]), {**answers, "submit": "1"}
    )
    assert response.status_code == 302 and response["Location"].endswith("/review/")
    attempt.refresh_from_db()
    return attempt


def result_page(client, attempt) -> str:
    response = client.get(reverse("assessments_attempt_review", args=[attempt.pk]))
    assert response.status_code == 200
    return response.content.decode()


def revisit_links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'class="revisit-list__lesson" href="([^"]+)">Revisit: ([^<]+)</a>', html)


@pytest.fixture
def course_with_lessons():
    course = course_create(modules=2, lessons=2)
    return course, lessons_of(course)


def test_a_failed_quiz_names_the_wrong_questions_and_the_lessons_to_revisit(
    client, course_with_lessons
):
    course, lessons = course_with_lessons
    other_course_lesson = lessons_of(course_create(modules=1, lessons=1))[0]
    withdrawn = lessons[3]
    questions = [
        question_create("single", lesson=lessons[0]),
        question_create("true_false", lesson=lessons[1]),
        question_create("multiple", lesson=other_course_lesson),  # another course: no link
        question_create("short_answer", lesson=withdrawn),
        question_create("scenario"),  # no lesson
    ]
    withdrawn.unpublish()
    quiz = quiz_add(module_of(course), questions=questions, pass_mark=80, attempts_allowed=3)
    enrolled(client, course)
    attempt = sit(client, quiz, right=False, partly={"q1"})  # the first question right

    html = result_page(client, attempt)
    assert "Not passed yet" in html
    assert "You scored <b>17%</b>" in html and "The pass mark is 80%." in html  # 1 of 6
    assert "Questions to revisit" in html
    # Which questions were not right, by number and text; the right one is not listed.
    for number, text in [
        (2, "Consent is a defence once deception was used."),
        (3, "Which are means? (choose all that apply)"),
        (4, "The hotline number?"),
        (5, "At the farm"),
    ]:
        assert f"Question {number} · not right" in html and text in html
    assert "Question 1 · " not in html
    # A link only to a live lesson of this course.
    assert revisit_links(html) == [(lessons[1].url, lessons[1].title)]
    assert f'href="{other_course_lesson.url}"' not in html and f'href="{withdrawn.url}"' not in html
    # Attempts left: the answers wait, another attempt is offered.
    assert "shown once you pass this quiz or have no attempt left" in html
    assert "(correct)" not in html and "Your answer:" not in html and "About Fraud" not in html
    assert f'action="{reverse("assessments_start", args=[quiz.pk])}"' in html
    assert "Try again" in html and "2 attempts left" in html


def test_with_no_attempt_left_the_answers_show_and_the_learner_is_told_what_to_do(
    client, course_with_lessons
):
    course, lessons = course_with_lessons
    questions = [question_create("single", lesson=lessons[0]), question_create("true_false")]
    quiz = quiz_add(
        module_of(course), questions=questions, attempts_allowed=1, review=ReviewPolicy.ANSWERS
    )
    enrolled(client, course)
    html = result_page(client, sit(client, quiz, right=False))
    assert "Not passed" in html and "Not passed yet" not in html
    assert "Try again" not in html and "Ask your trainer for another attempt" in html
    assert "Your answers" in html and "Your answer:" in html
    # "Their answers, marked right or wrong": not the correct ones, nor the feedback.
    assert "(correct)" not in html and "About Fraud" not in html and "Because the" not in html
    assert revisit_links(html) == [(lessons[0].url, lessons[0].title)] * 2  # list and answer


def test_a_score_only_quiz_names_no_question_but_the_lessons_of_its_module(
    client, course_with_lessons
):
    course, lessons = course_with_lessons
    questions = [question_create("single", lesson=lessons[0]), question_create("true_false")]
    quiz = quiz_add(module_of(course), questions=questions, review=ReviewPolicy.SCORE)
    enrolled(client, course)
    html = result_page(client, sit(client, quiz, right=False))
    assert "You scored <b>0%</b>" in html and "shows your score only" in html
    assert "Which element is the purpose?" not in html and "Question 1" not in html
    assert "Lessons to revisit" in html
    for lesson in lessons[:2]:  # the quiz's module
        assert f'href="{lesson.url}"' in html
    assert lessons[2].title not in html
    page = client.get(quiz.url).content.decode()
    assert "questions to revisit" not in page  # nor does the attempts table count them


def test_a_passed_module_quiz_says_what_comes_next(client, course_with_lessons):
    course, lessons = course_with_lessons
    quiz = quiz_add(module_of(course), questions=[question_create("single")])
    enrolled(client, course)
    html = result_page(client, sit(client, quiz, right=True))
    assert "You passed" in html and "Every question right." in html
    # The quiz ends the first module: next is the second module's first lesson.
    assert f'href="{lessons[2].url}">Next: {lessons[2].title}</a>' in html
    assert "Try again" not in html and "Congratulations" not in html


def test_the_pre_test_result_thanks_the_learner_and_opens_the_first_lesson(
    client, course_with_lessons
):
    course, lessons = course_with_lessons
    module = module_of(course)
    pre_test = quiz_add(module, questions=[question_create("single")], kind=QuizKind.PRE_TEST)
    pre_test.move(module, pos="first-child")
    enrolled(client, course)
    quiz_page = client.get(pre_test.url).content.decode()
    assert "optional" not in quiz_page.lower()
    assert "submit it to open the course; your score does not count" in quiz_page
    assert "pass mark" not in quiz_page

    html = result_page(client, sit(client, pre_test, right=False))
    assert "Thank you for taking the pre-test" in html and "Your score does not count" in html
    assert "The pass mark" not in html and "Not passed" not in html and "Try again" not in html
    assert f'href="{lessons[0].url}">Start the first lesson: {lessons[0].title}</a>' in html


def final_course(client, *, questions: int = 1):
    """A course of one lesson and a final assessment; the learner has read the lesson."""
    course = course_create(modules=1, lessons=1)
    final = quiz_add(
        module_of(course),
        questions=[question_create("single") for _ in range(questions)],
        kind=QuizKind.FINAL,
        attempts_allowed=2,
    )
    learner = enrolled(client, course)
    course_services.item_complete(user=learner, item=lessons_of(course)[0])
    return course, final, learner


def test_a_passed_final_celebrates_and_links_to_the_certificate_once_it_is_ready(client):
    from certificates.models import Certificate
    from certificates.services import certificate_render

    course, final, learner = final_course(client)
    attempt = sit(client, final, right=True)
    assert Enrolment.objects.get(user=learner, course=course).completed_at is not None
    html = result_page(client, attempt)
    assert f"Congratulations: you have completed {course.title}" in html
    # The PDF is made in the background (after the commit): the page says so, and reloads.
    assert "Your certificate is being prepared" in html
    assert f'href="{reverse("assessments_attempt_review", args=[attempt.pk])}">Reload' in html
    certificate = Certificate.objects.get(enrolment__user=learner)
    assert certificate_render(certificate_id=certificate.pk)
    html = result_page(client, attempt)
    download = reverse("certificates_download", args=[certificate.display_code])
    assert f'href="{download}">Download your certificate (PDF)</a>' in html
    assert "being prepared" not in html


def test_a_passed_final_with_items_left_says_what_remains(client):
    course, final, learner = final_course(client)
    late = lesson_add(module_of(course), title="A lesson added since")
    html = result_page(client, sit(client, final, right=True))
    assert "You passed" in html and "Congratulations" not in html
    assert "finish the 1 required item left" in html
    assert f'href="{late.url}">Continue: A lesson added since</a>' in html
    assert "Download your certificate" not in html and "being prepared" not in html


def test_the_quiz_page_counts_the_questions_to_revisit_of_each_attempt(client, course_with_lessons):
    course, lessons = course_with_lessons
    quiz = quiz_add(
        module_of(course),
        questions=[question_create("single"), question_create("true_false")],
        pass_mark=100,
    )
    enrolled(client, course)
    first = sit(client, quiz, right=False)
    second = sit(client, quiz, right=True, partly={"q2"})
    html = client.get(quiz.url).content.decode()
    assert "The pass mark is 100%. Your best score: 50%." in html
    review = reverse("assessments_attempt_review", args=[first.pk])
    assert f'href="{review}#revisit-heading">2 questions to revisit</a>' in html
    review = reverse("assessments_attempt_review", args=[second.pk])
    assert f'href="{review}#revisit-heading">1 question to revisit</a>' in html
    assert "1 attempt left" in html


# The ceiling of the result page's queries, so that a change which adds some is noticed: the
# session, the user and the session record (5 with its savepoint), the attempt with its quiz and
# enrolment, the learner's attempts, the course, its outline (modules, one query per
# course-item type, progress), the questions' lessons, the answers, the site and its settings
# (footer), the reader's permissions (header, 2).
MAX_RESULT_QUERIES = 20


def test_the_result_page_queries_do_not_grow_with_questions(client):
    def page_queries(questions: int) -> int:
        course = course_create(modules=1, lessons=3)
        lessons = lessons_of(course)
        kinds = ["single", "multiple", "true_false", "short_answer", "scenario"] * 10
        quiz = quiz_add(
            module_of(course),
            questions=[question_create(kinds[n], lesson=lessons[n % 3]) for n in range(questions)],
            attempts_allowed=1,
        )
        enrolled(client, course)
        attempt = sit(client, quiz, right=False)
        url = reverse("assessments_attempt_review", args=[attempt.pk])
        client.get(url)  # warm the per-process caches (site root paths)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(url).content.decode()
        assert html.count("Revisit: ") == 2 * questions  # in the list and with each answer
        return len(queries)

    few, many = page_queries(2), page_queries(25)
    assert many == few
    assert few <= MAX_RESULT_QUERIES


def test_a_finished_attempt_only_changes_through_a_new_one(client, course_with_lessons):
    """The result page offers another attempt, never a way to change this one."""
    course, lessons = course_with_lessons
    quiz = quiz_add(module_of(course), questions=[question_create("single")])
    learner = enrolled(client, course)
    attempt = sit(client, quiz, right=False)
    services.attempt_start(user=learner, quiz=quiz)
    html = result_page(client, attempt)
    assert "Continue your attempt" in html and "Try again" not in html


def test_the_quiz_pages_queries_do_not_grow_with_attempts_or_questions(client):
    def page_queries(questions: int, attempts: int) -> int:
        course = course_create(modules=1, lessons=1)
        kinds = ["single", "multiple", "true_false", "short_answer", "scenario"] * 10
        quiz = quiz_add(
            module_of(course),
            questions=[question_create(kinds[n]) for n in range(questions)],
            attempts_allowed=0,
            pass_mark=100,
        )
        enrolled(client, course)
        for _ in range(attempts):
            sit(client, quiz, right=False)
        client.get(quiz.url)  # the first visit records it as viewed; warm the caches
        with CaptureQueriesContext(connection) as queries:
            html = client.get(quiz.url).content.decode()
        assert html.count("questions to revisit</a>") == attempts
        return len(queries)

    assert page_queries(2, 1) == page_queries(20, 4) <= 16  # was 29; the aim is 10
