"""The course page of a completed course: when it was completed, and the certificate it earned
(courses.awards): a download and its verification page when ready, "being prepared" while it
renders, the reason when withdrawn."""

import pytest
from bs4 import BeautifulSoup

from certificates import services as certificate_services
from certificates.models import Certificate
from tests.factories.accounts import UserFactory
from tests.factories.certificates import completed_enrolment

pytestmark = pytest.mark.django_db


def completed_block(client, enrolment):
    client.force_login(enrolment.user)
    response = client.get(enrolment.course.url)
    assert response.status_code == 200
    block = BeautifulSoup(response.content, "html.parser").select_one(".course-completed")
    assert block is not None
    return block, " ".join(block.get_text(" ").split())


def test_completed_then_certificate_preparing_ready_and_withdrawn(client):
    enrolment = completed_enrolment()
    enrolment.completed_at = enrolment.completed_at.replace(year=2026, month=3, day=14, hour=15)
    enrolment.save(update_fields=["completed_at"])

    block, text = completed_block(client, enrolment)
    assert "You completed this course on 14 March 2026." in text
    assert "Your certificate is being prepared: you will receive an e-mail" in text
    assert block.find("a") is None  # nothing to download yet

    certificate = Certificate.objects.get(enrolment=enrolment)
    certificate_services.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    block, text = completed_block(client, enrolment)
    links = {a.get_text(strip=True): a["href"] for a in block.find_all("a")}
    assert links == {
        "Download your certificate (PDF)": f"/certificates/{certificate.display_code}/pdf/",
        "Open its verification page": f"/certificates/verify/{certificate.display_code}/",
    }
    assert "being prepared" not in text

    certificate_services.certificate_revoke(
        certificate=certificate, actor=UserFactory(is_superuser=True), reason="Issued in error"
    )
    block, text = completed_block(client, enrolment)
    assert block.find("a") is None
    assert "This certificate was revoked." in text


def test_an_unfinished_course_shows_no_completion(client):
    from courses import services
    from tests.factories.courses import course_create

    course = course_create(modules=1, lessons=2)
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert "course-completed" not in html and "You completed" not in html
