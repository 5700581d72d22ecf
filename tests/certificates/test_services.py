"""Issuing, rendering, revoking, reissuing, re-rendering, erasure and the sweep."""

import hashlib
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import AuditEntry
from accounts.services import user_erase
from certificates import services
from certificates.models import (
    Certificate,
    CertificatePdf,
    CertificateStatus,
    CertificateTemplate,
    CourseCertificateTemplate,
    certificate_storage,
    months_after,
)
from courses.models import Enrolment
from tests.factories.accounts import UserFactory
from tests.factories.certificates import completed_enrolment, course_complete
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db


def _files(certificate) -> list[str]:
    storage = certificate_storage()
    try:
        _, names = storage.listdir(certificate.code)
    except FileNotFoundError:
        return []
    return sorted(names)


def test_completing_a_course_issues_one_certificate_in_the_same_transaction(
    django_capture_on_commit_callbacks,
):
    learner = UserFactory(first_name="Marcia", last_name="Joseph")
    course = course_create(title="Identifying victims", modules=1, lessons=2)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enrolment = course_complete(user=learner, course=course)
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.holder_name == "Marcia Joseph"
    assert certificate.course_title == "Identifying victims"
    assert certificate.completed_on == timezone.localdate(enrolment.completed_at)
    assert certificate.status == CertificateStatus.VALID
    assert certificate.template == CertificateTemplate.objects.get(is_default=True)
    assert certificate.needs_render and not certificate.pdf
    assert len(callbacks) == 1  # the render is queued after commit, not before


def test_a_failing_certificate_rolls_the_completion_back(monkeypatch):
    learner = UserFactory()
    course = course_create(modules=1, lessons=1)

    def broken(**kwargs):
        raise IntegrityError("simulated")

    monkeypatch.setattr(services, "certificate_issue", broken)
    with pytest.raises(IntegrityError):
        course_complete(user=learner, course=course)
    assert not Enrolment.objects.filter(user=learner, completed_at__isnull=False).exists()


def test_courses_without_certificates_issue_none():
    course = course_create(modules=1, lessons=1, issues_certificate=False)
    enrolment = completed_enrolment(course=course)
    assert not Certificate.objects.filter(enrolment=enrolment).exists()
    assert services.certificate_issue(enrolment=enrolment) is None


def test_issuing_twice_gives_the_same_certificate():
    enrolment = completed_enrolment()
    first = Certificate.objects.get(enrolment=enrolment)
    assert services.certificate_issue(enrolment=enrolment) == first
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            enrolment=enrolment,
            template=first.template,
            code="X" * 16,
            holder_name="x",
            course_title="x",
            issuing_authority="x",
            completed_on=first.completed_on,
        )


def test_the_course_template_and_validity_are_used():
    template = CertificateTemplate.objects.create(
        name="Refresher", issuing_authority="Royal Saint Lucia Police Force", validity_months=24
    )
    course = course_create(modules=1, lessons=1)
    CourseCertificateTemplate.objects.create(template=template, course=course)
    certificate = Certificate.objects.get(enrolment=completed_enrolment(course=course))
    assert certificate.template == template
    assert certificate.issuing_authority == "Royal Saint Lucia Police Force"
    completed = certificate.completed_on
    leap_day = (completed.month, completed.day) == (2, 29)
    expected = completed.replace(year=completed.year + 2, day=28 if leap_day else completed.day)
    assert certificate.expires_on == expected


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),
        (date(2026, 3, 14), 24, date(2028, 3, 14)),
        (date(2026, 3, 14), None, None),
    ],
)
def test_validity_ends_the_same_day_months_later(start, months, expected):
    assert months_after(start, months) == expected


def test_rendering_is_idempotent_and_tells_the_learner_once():
    certificate = Certificate.objects.get(enrolment=completed_enrolment())
    assert services.certificate_render(certificate_id=certificate.pk) is True
    assert services.certificate_render(certificate_id=certificate.pk) is False
    certificate.refresh_from_db()
    data = certificate.pdf.read()
    assert data.startswith(b"%PDF-")
    assert certificate.pdf_sha256 == hashlib.sha256(data).hexdigest()
    assert certificate.rendered_generation == certificate.generation == 1
    assert CertificatePdf.objects.filter(certificate=certificate).count() == 1
    assert len(_files(certificate)) == 1
    assert len(mail.outbox) == 1
    assert certificate.display_code in mail.outbox[0].body
    assert mail.outbox[0].to == [certificate.enrolment.user.email]


def test_a_render_that_loses_the_race_stores_nothing(monkeypatch):
    certificate = Certificate.objects.get(enrolment=completed_enrolment())
    real_pdf = services.pdf.certificate_pdf

    def slow_render(**kwargs):
        # While this render runs, another finishes first.
        monkeypatch.setattr(services.pdf, "certificate_pdf", real_pdf)
        assert services.certificate_render(certificate_id=certificate.pk) is True
        return real_pdf(**kwargs)

    monkeypatch.setattr(services.pdf, "certificate_pdf", slow_render)
    assert services.certificate_render(certificate_id=certificate.pk) is False
    assert CertificatePdf.objects.filter(certificate=certificate).count() == 1
    assert len(_files(certificate)) == 1
    assert len(mail.outbox) == 1


def test_a_failed_render_is_recorded_and_raised(monkeypatch):
    certificate = Certificate.objects.get(enrolment=completed_enrolment())

    def boom(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services.pdf, "certificate_pdf", boom)
    with pytest.raises(RuntimeError):
        services.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    assert "disk full" in certificate.render_error
    assert certificate.needs_render
    assert mail.outbox == []


def render_with_the_mail_server_down(monkeypatch) -> Certificate:
    """A certificate rendered while sending its e-mail fails (the render task raises)."""
    certificate = Certificate.objects.get(enrolment=completed_enrolment())

    def down(**kwargs):
        raise OSError("SMTP down")

    monkeypatch.setattr(services, "send_mail", down)
    with pytest.raises(OSError):
        services.certificate_render(certificate_id=certificate.pk)
    return certificate


def test_a_failed_email_is_given_back_for_the_retry(monkeypatch):
    certificate = render_with_the_mail_server_down(monkeypatch)
    certificate.refresh_from_db()
    assert certificate.is_rendered and certificate.notified_at is None
    monkeypatch.undo()
    assert services.certificate_render(certificate_id=certificate.pk) is False  # the retry
    certificate.refresh_from_db()
    assert certificate.notified_at is not None
    assert len(mail.outbox) == 1


def test_rerendering_keeps_the_code_and_recognises_the_old_file():
    admin = UserFactory(is_superuser=True)
    certificate = Certificate.objects.get(enrolment=completed_enrolment())
    services.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    old_sha, old_name, code = certificate.pdf_sha256, certificate.pdf.name, certificate.code
    template = certificate.template
    template.title = "Certificate of Achievement"
    template.save()
    assert services.certificates_rerender(ids=[certificate.pk], actor=admin) == 1
    services.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    assert certificate.code == code
    assert certificate.rendered_generation == 2
    assert certificate.pdf_sha256 != old_sha
    assert not certificate_storage().exists(old_name)  # only the current file is kept
    assert set(CertificatePdf.objects.values_list("sha256", flat=True)) == {
        old_sha,
        certificate.pdf_sha256,
    }
    assert len(mail.outbox) == 1  # a re-render tells nobody
    assert AuditEntry.objects.filter(action="certificate.rerender").count() == 1


def test_revoking_needs_a_reason_happens_once_and_is_audited():
    admin = UserFactory(is_superuser=True)
    certificate = Certificate.objects.get(enrolment=completed_enrolment())
    with pytest.raises(ValidationError):
        services.certificate_revoke(certificate=certificate, actor=admin, reason="  ")
    services.certificate_revoke(certificate=certificate, actor=admin, reason="Issued in error")
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.status_reason == "Issued in error"
    assert certificate.status_changed_by == admin
    with pytest.raises(services.CertificateStateError):
        services.certificate_revoke(certificate=certificate, actor=admin, reason="again")
    with pytest.raises(services.CertificateStateError):
        services.certificate_reissue(
            certificate=certificate, actor=admin, holder_name="X", reason="y"
        )
    entry = AuditEntry.objects.get(action="certificate.revoke")
    assert entry.actor == admin and entry.detail["reason"] == "Issued in error"
    # The sweep does not issue a new one in place of a revoked certificate.
    assert services.certificates_issue_missing(render_now=True).issued == 0


def test_reissue_after_a_name_correction_supersedes_the_old_code():
    admin = UserFactory(is_superuser=True)
    enrolment = completed_enrolment(first_name="Anais", last_name="Joseph Emile")
    old = Certificate.objects.get(enrolment=enrolment)
    new = services.certificate_reissue(
        certificate=old, actor=admin, holder_name="Anaïs  Joseph-Émile", reason="Accents"
    )
    old.refresh_from_db()
    assert old.status == CertificateStatus.SUPERSEDED
    assert new.replaces == old and new.code != old.code
    assert new.holder_name == "Anaïs Joseph-Émile"
    assert (new.completed_on, new.expires_on, new.course_title) == (
        old.completed_on,
        old.expires_on,
        old.course_title,
    )
    assert new.status == CertificateStatus.VALID and new.needs_render
    assert AuditEntry.objects.get(action="certificate.reissue").detail["replaces_code"] == old.code
    with pytest.raises(services.CertificateStateError):
        services.certificate_reissue(certificate=old, actor=admin, holder_name="X", reason="y")


def test_the_sweep_issues_and_renders_what_was_left_undone():
    # A completion recorded while certificates were not listening (an old release, a bug).
    course = course_create(modules=1, lessons=1)
    learners = [UserFactory() for _ in range(3)]
    from courses.signals import enrolment_completed

    assert enrolment_completed.disconnect(sender=Enrolment, dispatch_uid="certificates_issue")
    try:
        for learner in learners:
            course_complete(user=learner, course=course)
    finally:
        from certificates.receivers import connect

        connect()
    assert Certificate.objects.count() == 0
    result = services.certificates_issue_missing(render_now=True)
    assert (result.issued, result.rendered, result.failed) == (3, 3, [])
    assert Certificate.objects.filter(rendered_generation=1).count() == 3
    assert len(mail.outbox) == 3
    again = services.certificates_issue_missing(render_now=True)
    assert (again.issued, again.rendered) == (0, 0)
    assert len(mail.outbox) == 3


def test_the_periodic_sweep_leaves_fresh_certificates_to_their_task():
    completed_enrolment()
    result = services.certificates_issue_missing(older_than=timedelta(minutes=10))
    assert result.queued == 0
    assert Certificate.objects.get().needs_render


def test_a_render_finding_its_file_lost_renders_again():
    certificate = Certificate.objects.get(enrolment=completed_enrolment())
    services.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    certificate_storage().delete(certificate.pdf.name)
    assert services.certificate_render(certificate_id=certificate.pk) is True
    certificate.refresh_from_db()
    assert certificate_storage().exists(certificate.pdf.name)
    assert certificate.rendered_generation == 2


def test_erasure_withdraws_the_certificate_and_removes_the_name_and_file(
    django_capture_on_commit_callbacks,
):
    admin = UserFactory(is_superuser=True)
    enrolment = completed_enrolment(first_name="Marcia", last_name="Joseph")
    certificate = Certificate.objects.get(enrolment=enrolment)
    services.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    name = certificate.pdf.name
    services.certificate_reissue(
        certificate=certificate, actor=admin, holder_name="Marcia Joseph", reason="Marcia asked"
    )
    reissued = Certificate.objects.get(replaces=certificate)
    services.certificate_render(certificate_id=reissued.pk)
    services.certificate_revoke(certificate=reissued, actor=admin, reason="Marcia's request")
    with django_capture_on_commit_callbacks(execute=True):
        user_erase(user=enrolment.user, actor=admin)
    for c in (certificate, reissued):
        c.refresh_from_db()
        assert c.holder_name == "(erased)"
        assert "erased" in c.status_reason and "Marcia" not in c.status_reason
        assert not c.pdf and not _files(c)
    assert certificate.status == CertificateStatus.SUPERSEDED
    assert reissued.status == CertificateStatus.REVOKED
    assert not certificate_storage().exists(name)
    assert not Certificate.objects.filter(holder_name__icontains="Marcia").exists()
    assert not AuditEntry.objects.filter(subject__icontains="Marcia").exists()
    entries = AuditEntry.objects.filter(action__startswith="certificate.")
    assert entries.count() == 2
    assert not any("Marcia" in str(entry.detail) for entry in entries)
    # The sweep issues nothing new for the erased holder.
    assert services.certificates_issue_missing(render_now=True).issued == 0


def test_a_render_in_flight_during_erasure_stores_nothing(monkeypatch):
    admin = UserFactory(is_superuser=True)
    enrolment = completed_enrolment(first_name="Marcia", last_name="Joseph")
    certificate = Certificate.objects.get(enrolment=enrolment)
    real_pdf = services.pdf.certificate_pdf

    def erase_meanwhile(**kwargs):
        data = real_pdf(**kwargs)  # rendered with the real name...
        user_erase(user=enrolment.user, actor=admin)  # ...then the holder is erased
        return data

    monkeypatch.setattr(services.pdf, "certificate_pdf", erase_meanwhile)
    assert services.certificate_render(certificate_id=certificate.pk) is False
    certificate.refresh_from_db()
    assert not certificate.pdf and not _files(certificate)
    assert not CertificatePdf.objects.exists()
    assert mail.outbox == []


def test_a_completed_enrolment_of_an_erased_learner_gets_no_certificate():
    admin = UserFactory(is_superuser=True)
    course = course_create(modules=1, lessons=1)
    learner = UserFactory()
    from courses.signals import enrolment_completed

    enrolment_completed.disconnect(sender=Enrolment, dispatch_uid="certificates_issue")
    try:
        course_complete(user=learner, course=course)
    finally:
        from certificates.receivers import connect

        connect()
    user_erase(user=learner, actor=admin)
    assert services.certificates_issue_missing(render_now=True).issued == 0
    assert not Certificate.objects.exists()


def test_overlapping_renders_of_two_generations_leave_one_file(monkeypatch):
    admin = UserFactory(is_superuser=True)
    certificate = Certificate.objects.get(enrolment=completed_enrolment())
    services.certificate_render(certificate_id=certificate.pk)
    real_pdf = services.pdf.certificate_pdf
    template = certificate.template

    def newer_render_meanwhile(**kwargs):
        data = real_pdf(**kwargs)
        monkeypatch.setattr(services.pdf, "certificate_pdf", real_pdf)
        template.title = "Certificate of Achievement"
        template.save()
        services.certificates_rerender(ids=[certificate.pk], actor=admin)
        assert services.certificate_render(certificate_id=certificate.pk) is True
        return data

    services.certificates_rerender(ids=[certificate.pk], actor=admin)
    monkeypatch.setattr(services.pdf, "certificate_pdf", newer_render_meanwhile)
    assert services.certificate_render(certificate_id=certificate.pk) is False
    certificate.refresh_from_db()
    assert certificate.rendered_generation == 3
    assert _files(certificate) == [certificate.pdf.name.split("/")[-1]]


def test_a_render_that_keeps_failing_is_given_up_and_left_to_an_administrator(monkeypatch):
    admin = UserFactory(is_superuser=True)
    certificate = Certificate.objects.get(enrolment=completed_enrolment())

    def killed(**kwargs):
        raise MemoryError("worker killed")

    monkeypatch.setattr(services.pdf, "certificate_pdf", killed)
    for _ in range(Certificate.MAX_RENDER_ATTEMPTS):
        with pytest.raises(MemoryError):
            services.certificate_render(certificate_id=certificate.pk)
    assert services.certificate_render(certificate_id=certificate.pk) is False  # gave up
    certificate.refresh_from_db()
    assert "Gave up" in certificate.render_error
    assert services.certificates_issue_missing(render_now=True).failed == []  # not retried
    monkeypatch.undo()
    services.certificates_rerender(ids=[certificate.pk], actor=admin)  # the cause is fixed
    assert services.certificate_render(certificate_id=certificate.pk) is True


def test_the_sweep_tells_holders_whose_email_failed_every_retry(monkeypatch):
    render_with_the_mail_server_down(monkeypatch)
    monkeypatch.undo()
    result = services.certificates_issue_missing(render_now=True)
    assert (result.rendered, result.notified) == (0, 1)
    assert len(mail.outbox) == 1


def test_a_revocation_by_mistake_is_reinstated_and_audited():
    admin = UserFactory(is_superuser=True)
    certificate = Certificate.objects.get(enrolment=completed_enrolment())
    with pytest.raises(services.CertificateStateError):
        services.certificate_reinstate(certificate=certificate, actor=admin, reason="x")
    services.certificate_revoke(certificate=certificate, actor=admin, reason="Wrong learner")
    services.certificate_reinstate(certificate=certificate, actor=admin, reason="It was right")
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert AuditEntry.objects.filter(action="certificate.reinstate").count() == 1


def test_rerender_can_move_certificates_to_their_course_template(
    django_capture_on_commit_callbacks,
):
    admin = UserFactory(is_superuser=True)
    course = course_create(modules=1, lessons=1)
    certificate = Certificate.objects.get(enrolment=completed_enrolment(course=course))
    new_template = CertificateTemplate.objects.create(name="2027", issuing_authority="Ministry")
    CourseCertificateTemplate.objects.create(template=new_template, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        services.certificates_rerender(
            ids=[certificate.pk], actor=admin, switch_to_course_template=True
        )
    certificate.refresh_from_db()
    assert certificate.template == new_template
    assert certificate.rendered_generation == 2  # rendered by the sweep task it queued
