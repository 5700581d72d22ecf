"""Concurrent issuing on the suite's database (SQLite locally, PostgreSQL in CI): however many
callers race for one completed enrolment, there is one certificate."""

import pytest
from django.db import transaction

from certificates import services
from certificates.models import Certificate
from certificates.receivers import connect
from courses.models import Enrolment
from courses.signals import enrolment_completed
from tests.courses.test_concurrency import run_at_once
from tests.factories.accounts import UserFactory
from tests.factories.certificates import course_complete
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _completed_without_certificate(count: int) -> list[Enrolment]:
    course = course_create(modules=1, lessons=1)
    enrolment_completed.disconnect(sender=Enrolment, dispatch_uid="certificates_issue")
    try:
        return [course_complete(user=UserFactory(), course=course) for _ in range(count)]
    finally:
        connect()


def test_ten_simultaneous_issues_give_one_certificate():
    (enrolment,) = _completed_without_certificate(1)

    def issue():
        with transaction.atomic():
            return services.certificate_issue(enrolment=Enrolment.objects.get(pk=enrolment.pk))

    results = run_at_once([issue for _ in range(10)])
    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    assert {r.pk for r in results} == {Certificate.objects.get().pk}


def test_two_sweeps_at_once_issue_each_certificate_once():
    enrolments = _completed_without_certificate(5)
    results = run_at_once(
        [lambda: services.certificates_issue_missing(render_now=False) for _ in range(3)]
    )
    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors
    assert Certificate.objects.count() == 5
    assert set(Certificate.objects.values_list("enrolment_id", flat=True)) == {
        e.pk for e in enrolments
    }
