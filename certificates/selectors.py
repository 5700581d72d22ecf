"""Reads: a learner's certificates, verification lookups, who may download, admin lists."""

from dataclasses import dataclass

from django.db.models import F, Q, QuerySet
from django.utils import timezone

from accounts.models import User
from certificates.models import Certificate, CertificatePdf, CertificateStatus
from courses import selectors as course_selectors
from courses.models import CourseTrainer


def learner_certificates(user: User) -> list[Certificate]:
    """The certificates a learner holds (current ones: valid, expired or revoked), newest
    first; one query."""
    if not user.is_authenticated:
        return []
    return list(
        Certificate.objects.filter(enrolment__user=user)
        .exclude(status=CertificateStatus.SUPERSEDED)
        .only(
            "code",
            "course_title",
            "completed_on",
            "issued_at",
            "expires_on",
            "status",
            "status_changed_at",
            "pdf",
            "rendered_generation",
            "generation",
        )
        .order_by("-issued_at", "-pk")
    )


def user_can_download(*, user: User, certificate: Certificate) -> bool:
    """The holder (while the certificate is valid or expired) and staff: administrators and
    programme managers for every certificate, trainers for the courses they follow."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.has_perm("certificates.view_certificate") or course_selectors.user_sees_all_courses(
        user
    ):
        return True
    if (
        user.has_perm("courses.enrol_learners")
        and CourseTrainer.objects.filter(
            course_id=certificate.enrolment.course_id, user=user
        ).exists()
    ):
        return True
    return (
        certificate.enrolment.user_id == user.pk and certificate.status == CertificateStatus.VALID
    )


def certificate_for_download(*, code: str) -> Certificate | None:
    return Certificate.objects.select_related("enrolment").filter(code=code).first()


@dataclass
class Verification:
    certificate: Certificate
    state: str  # valid, expired, revoked, superseded
    replaced_by: Certificate | None = None
    is_current_pdf: bool = True


def _verification(certificate: Certificate) -> Verification:
    replaced_by = None
    if certificate.status == CertificateStatus.SUPERSEDED:
        # Follow the chain of reissues to the certificate that stands now.
        replaced_by = certificate
        for _ in range(20):
            following = Certificate.objects.filter(replaces=replaced_by).first()
            if following is None:
                break
            replaced_by = following
        if replaced_by == certificate:
            replaced_by = None
    return Verification(
        certificate=certificate, state=certificate.display_status, replaced_by=replaced_by
    )


def verification_by_code(*, code: str) -> Verification | None:
    certificate = Certificate.objects.filter(code=code).first()
    return _verification(certificate) if certificate else None


def verification_by_sha256(*, sha256: str) -> Verification | None:
    stored = CertificatePdf.objects.select_related("certificate").filter(sha256=sha256).first()
    if stored is None:
        return None
    found = _verification(stored.certificate)
    found.is_current_pdf = stored.sha256 == stored.certificate.pdf_sha256
    return found


def certificates_for_admin(
    *, status: str = "", course_id: int | None = None, template_id: int | None = None, q: str = ""
) -> QuerySet[Certificate]:
    certificates = Certificate.objects.select_related("template", "enrolment__user").order_by(
        "-issued_at", "-pk"
    )
    if status == "unrendered":
        certificates = certificates.filter(
            status=CertificateStatus.VALID, rendered_generation__lt=F("generation")
        )
    elif status == "expired":
        certificates = certificates.filter(
            status=CertificateStatus.VALID, expires_on__lt=timezone.localdate()
        )
    elif status in CertificateStatus.values:
        certificates = certificates.filter(status=status)
    if course_id:
        certificates = certificates.filter(enrolment__course_id=course_id)
    if template_id:
        certificates = certificates.filter(template_id=template_id)
    q = q.strip()
    if q:
        from certificates.codes import code_normalise

        certificates = certificates.filter(
            Q(code__startswith=code_normalise(q))
            | Q(holder_name__icontains=q)
            | Q(enrolment__user__email__icontains=q)
            | Q(course_title__icontains=q)
        )
    return certificates


def user_certificates_export(user: User) -> list[dict]:
    """The learner's certificates for their data export."""
    return [
        {
            "code": c.display_code,
            "course": c.course_title,
            "holder_name": c.holder_name,
            "completed_on": c.completed_on.isoformat(),
            "issued_at": c.issued_at.isoformat(),
            "expires_on": c.expires_on.isoformat() if c.expires_on else None,
            "status": c.display_status,
            "status_reason": c.status_reason,
            "score_percent": str(c.score_percent) if c.score_percent is not None else None,
            "pdf_sha256": c.pdf_sha256 or None,
        }
        for c in Certificate.objects.filter(enrolment__user=user).order_by("issued_at", "pk")
    ]
