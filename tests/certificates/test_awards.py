"""The certificate as the award the course and result pages show (courses.awards)."""

import pytest

from certificates import services
from certificates.models import Certificate
from courses.awards import enrolment_awards
from tests.factories.accounts import UserFactory
from tests.factories.certificates import completed_enrolment

pytestmark = pytest.mark.django_db


def test_a_certificate_is_preparing_then_ready_then_withdrawn(django_assert_max_num_queries):
    enrolment = completed_enrolment()
    with django_assert_max_num_queries(1):
        awards = enrolment_awards(enrolments=[enrolment])
    (award,) = awards[enrolment.pk]
    assert (award.kind, award.state, award.url) == ("certificate", "preparing", "")
    assert "being prepared" in award.note

    certificate = Certificate.objects.get(enrolment=enrolment)
    services.certificate_render(certificate_id=certificate.pk)
    (award,) = enrolment_awards(enrolments=[enrolment])[enrolment.pk]
    certificate.refresh_from_db()
    assert award.state == "ready"
    assert award.url == f"/certificates/{certificate.display_code}/pdf/"
    assert award.verify_url == f"/certificates/verify/{certificate.display_code}/"

    services.certificate_revoke(
        certificate=certificate, actor=UserFactory(is_superuser=True), reason="Issued in error"
    )
    (award,) = enrolment_awards(enrolments=[enrolment])[enrolment.pk]
    assert (award.state, award.url) == ("withdrawn", "")


def test_no_enrolment_asks_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert enrolment_awards(enrolments=[None]) == {}
