"""Concurrent requests, on whichever database the suite runs (SQLite locally, PostgreSQL in CI):
simultaneous enrol clicks give one enrolment; simultaneous completions of the last lessons
complete the enrolment exactly once and announce it exactly once."""

import threading

import pytest
from django.db import connection, connections

from courses import services
from courses.models import Enrolment
from courses.signals import enrolment_completed
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create, lessons_of

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_at_once(functions) -> list:
    """Run the functions in threads released together; return their results or exceptions."""
    barrier = threading.Barrier(len(functions))
    results: list = [None] * len(functions)

    def worker(index, function):
        try:
            barrier.wait()
            results[index] = function()
        except Exception as error:  # noqa: BLE001 - reported to the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i, f)) for i, f in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_ten_simultaneous_enrol_clicks_give_one_enrolment():
    learner = UserFactory()
    course = course_create(modules=1, lessons=1)
    results = run_at_once(
        [lambda: services.enrolment_create(user=learner, course=course) for _ in range(10)]
    )
    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors
    assert sum(r.created for r in results) == 1
    assert len({r.enrolment.pk for r in results}) == 1
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


def test_concurrent_completions_complete_the_enrolment_once():
    announced = []
    enrolment_completed.connect(
        lambda sender, enrolment, **kw: announced.append(enrolment.pk),
        dispatch_uid="concurrency-test",
        weak=False,
    )
    try:
        learner = UserFactory()
        course = course_create(modules=3, lessons=4)
        enrolment = services.enrolment_create(user=learner, course=course).enrolment
        lessons = lessons_of(course)
        # Every lesson completed at once (as if from several devices): no request sees all
        # the others' progress unless progress writes for one enrolment queue up.
        results = run_at_once(
            [
                lambda lesson=lesson: services.item_complete(user=learner, item=lesson)
                for lesson in lessons
            ]
        )
        # And again, all at once (double clicks, retries): nothing more happens.
        again = run_at_once(
            [
                lambda lesson=lesson: services.item_complete(user=learner, item=lesson)
                for lesson in lessons
            ]
        )
    finally:
        enrolment_completed.disconnect(dispatch_uid="concurrency-test")
    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors
    assert sum(r.course_newly_completed for r in results) == 1
    assert sum(r.item_newly_completed for r in results) == len(lessons)
    assert announced == [enrolment.pk]
    assert not [r for r in again if isinstance(r, Exception)]
    assert not any(r.course_newly_completed or r.item_newly_completed for r in again)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None and enrolment.progress_percent == 100
    assert connection.vendor in {"sqlite", "postgresql"}
