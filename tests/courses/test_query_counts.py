"""The number of database queries of the catalogue, a course page, a lesson page, the learner's
dashboard and the trainer's lists does not grow with modules, lessons, courses or learners."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts import roles
from accounts.middleware import session_seen_key
from courses import services
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create, lessons_of
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db

# Ceilings, so that a change which adds queries (even a constant number) is noticed.
# A Wagtail page finds its site, its route, its view restrictions and its course outline in the
# pages' cache (core/page_cache.py): a lesson reads the session, the reader, the page, the
# enrolment, the learner's progress and the reader's roles (for the editors' bar).
# The dashboard adds one query per registered section (certificates).
MAX_QUERIES = {"catalogue": 17, "course": 13, "lesson": 10, "dashboard": 7, "admin": 18}


def count(client, url: str) -> int:
    """The queries of one page, not counting the session's last-seen time, written once per
    five minutes per session (accounts.middleware.SessionActivityMiddleware): what a page
    costs whatever the moment."""
    session_key = client.cookies.get(settings.SESSION_COOKIE_NAME)
    if session_key is not None:
        cache.set(
            session_seen_key(session_key.value), 1, timeout=settings.USERSESSIONS_ACTIVITY_INTERVAL
        )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def learner_in(courses, *, completed_lessons: int = 1):
    learner = UserFactory()
    for course in courses:
        services.enrolment_create(user=learner, course=course)
        for lesson in lessons_of(course)[:completed_lessons]:
            services.item_complete(user=learner, item=lesson)
    return learner


def test_course_and_lesson_pages_with_3_and_30_lessons(client, django_assert_max_num_queries):
    small = course_create(modules=1, lessons=3)
    large = course_create(modules=6, lessons=5)
    learner = learner_in([small, large], completed_lessons=2)
    client.force_login(learner)
    for kind, small_url, large_url in [
        ("course", small.url, large.url),
        ("lesson", lessons_of(small)[1].url, lessons_of(large)[17].url),
    ]:
        # Warm per-process caches (site root paths); a first visit also records the lesson
        # as viewed, which later visits do not repeat.
        client.get(small_url)
        client.get(large_url)
        assert count(client, small_url) == count(client, large_url), kind
        with django_assert_max_num_queries(MAX_QUERIES[kind]):
            client.get(large_url)


def course_with_quizzes(*, modules: int, lessons: int):
    """A course whose every module ends with a quiz, with a pre-test first."""
    from assessments.models import QuizKind
    from tests.factories.assessments import question_create, quiz_add

    course = course_create(modules=modules, lessons=lessons)
    question = question_create()
    module_pages = [module.specific for module in course.get_children()]
    for module in module_pages:
        quiz_add(module, questions=[question])
    pre_test = quiz_add(module_pages[0], questions=[question], kind=QuizKind.PRE_TEST)
    pre_test.move(module_pages[0], pos="first-child")
    return course, pre_test.specific_class.objects.get(pk=pre_test.pk)


def test_lesson_and_quiz_pages_with_their_outline_at_3_and_61_items(
    client, django_assert_max_num_queries
):
    """The outline beside every lesson and quiz (drawn twice: phone and wide screen) costs
    the same whatever the number of modules, lessons and quizzes: at most 10 queries."""
    from assessments import services as quiz_services
    from tests.factories.assessments import wrong_answers

    small, small_pre_test = course_with_quizzes(modules=1, lessons=1)  # 3 items
    large, large_pre_test = course_with_quizzes(modules=4, lessons=14)  # 4 x (14 + quiz) + pre-test
    assert len(lessons_of(small)) + 2 == 3 and len(lessons_of(large)) + 5 == 61
    learner = UserFactory()
    for course, pre_test in [(small, small_pre_test), (large, large_pre_test)]:
        services.enrolment_create(user=learner, course=course)
        attempt = quiz_services.attempt_start(user=learner, quiz=pre_test).attempt
        quiz_services.attempt_submit(attempt=attempt, user=learner, data=wrong_answers(attempt))
        services.item_complete(user=learner, item=lessons_of(course)[0])
    client.force_login(learner)
    small_lesson, large_lesson = lessons_of(small)[0], lessons_of(large)[40]
    for url in (small_lesson.url, large_lesson.url, small_pre_test.url, large_pre_test.url):
        client.get(url)  # warm caches; the first visit records the item as viewed
    assert count(client, small_lesson.url) == count(client, large_lesson.url)
    assert count(client, small_pre_test.url) == count(client, large_pre_test.url)
    response = client.get(large_lesson.url)
    assert response.content.decode().count('aria-current="page"') == 2  # both outlines drawn
    with django_assert_max_num_queries(MAX_QUERIES["lesson"]):
        client.get(large_lesson.url)
    with django_assert_max_num_queries(MAX_QUERIES["lesson"]):
        client.get(large_pre_test.url)


def test_a_completed_course_page_asks_for_its_certificate_once(client):
    from tests.factories.certificates import completed_enrolment

    one = completed_enrolment(course=course_create(modules=1, lessons=1))
    many = completed_enrolment(user=one.user, course=course_create(modules=5, lessons=5))
    client.force_login(one.user)
    client.get(one.course.url)
    client.get(many.course.url)
    assert count(client, one.course.url) == count(client, many.course.url)
    assert count(client, many.course.url) <= MAX_QUERIES["course"] + 1  # the award


def test_catalogue_and_dashboard_with_1_and_20_courses(client, django_assert_max_num_queries):
    one = [course_create(modules=1, lessons=2)]
    learner_one = learner_in(one)
    many = [course_create(modules=2, lessons=2) for _ in range(19)]
    learner_many = learner_in(one + many)
    for kind, url in [("catalogue", "/courses/"), ("dashboard", reverse("courses_dashboard"))]:
        client.force_login(learner_one)
        client.get(url)
        few = count(client, url)
        client.force_login(learner_many)
        client.get(url)
        assert count(client, url) == few, kind
        with django_assert_max_num_queries(MAX_QUERIES[kind]):
            client.get(url)
    client.force_login(learner_many)
    # A search adds the search query itself (asked once first, as the pages above are: the
    # first search of a process fills Django's content-type cache).
    search = "/courses/?q=lesson&audience=everyone"
    client.get(search)
    assert count(client, search) <= MAX_QUERIES["catalogue"] + 1


def test_trainer_lists_with_1_and_50_learners(client, django_assert_max_num_queries):
    trainer = UserFactory(role=roles.TRAINER)
    few = course_create(trainers=[trainer])
    crowded = course_create(trainers=[trainer])
    learner_in([few])
    for _ in range(50):
        learner_in([crowded])
    login_with_mfa(client, trainer)
    few_url = reverse("courses_admin:learners", args=[few.pk])
    crowded_url = reverse("courses_admin:learners", args=[crowded.pk])
    client.get(few_url)
    assert count(client, few_url) == count(client, crowded_url)
    response = client.get(crowded_url)
    assert len(response.context["object_list"]) == 50  # one full page
    with django_assert_max_num_queries(MAX_QUERIES["admin"]):
        client.get(crowded_url)
    # Filtered by status, and the results view that Wagtail's filters fetch: the same.
    for name in ("courses_admin:learners", "courses_admin:learners_results"):
        few_filtered, crowded_filtered = (
            reverse(name, args=[course.pk]) + "?status=in_progress" for course in (few, crowded)
        )
        assert count(client, few_filtered) == count(client, crowded_filtered), name
    with django_assert_max_num_queries(MAX_QUERIES["admin"]):
        client.get(reverse("courses_admin:courses"))


def test_the_courses_list_with_1_and_50_courses(client):
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    first = course_create(modules=0)
    learner_in([first], completed_lessons=0)
    login_with_mfa(client, manager)
    url = reverse("courses_admin:courses")
    client.get(url)
    one = count(client, url)
    for _ in range(49):
        course_create(modules=0)
    response = client.get(url)
    assert len(response.context["object_list"]) == 50
    assert count(client, url) == one <= MAX_QUERIES["admin"]
