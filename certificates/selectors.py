"""Reads: a learner's certificates, verification lookups, who may download, admin lists."""

from dataclasses import dataclass

from django.db.models import F, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from certificates.models import Certificate, CertificatePdf, CertificateStatus
from courses import selectors as course_selectors
from courses.awards import Award
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


def enrolment_certificate_awards(enrolments) -> dict[int, Award]:
    """The current certificate of each of these enrolments as an award for the course and
    result pages (courses.awards): ready to download, being prepared, or withdrawn. One query."""
    certificates = (
        Certificate.objects.filter(enrolment__in=[e.pk for e in enrolments])
        .exclude(status=CertificateStatus.SUPERSEDED)
        .only("enrolment_id", "code", "status", "pdf", "rendered_generation", "generation")
    )
    awards = {}
    for certificate in certificates:
        if certificate.status == CertificateStatus.REVOKED:
            award = Award(
                kind="certificate",
                label=_("Certificate"),
                state="withdrawn",
                note=_(
                    "This certificate was revoked. Contact the programme if you think this "
                    "is a mistake."
                ),
            )
        elif certificate.is_rendered:
            award = Award(
                kind="certificate",
                label=_("Download your certificate (PDF)"),
                state="ready",
                url=reverse("certificates_download", args=[certificate.display_code]),
                verify_url=reverse("certificates_verify_code", args=[certificate.display_code]),
            )
        else:
            award = Award(
                kind="certificate",
                label=_("Certificate"),
                state="preparing",
                note=_(
                    "Your certificate is being prepared: you will receive an e-mail when the "
                    "PDF is ready."
                ),
            )
        awards[certificate.enrolment_id] = award
    return awards


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


# The admin listing's status filter: the stored statuses, and two that are worked out.
ADMIN_STATUS_CHOICES = [
    ("valid", gettext_lazy("Valid")),
    ("revoked", gettext_lazy("Revoked")),
    ("superseded", gettext_lazy("Superseded")),
    ("expired", gettext_lazy("Expired")),
    ("unrendered", gettext_lazy("PDF not rendered yet")),
]


def certificates_for_admin(
    *, status: str = "", course_id: int | None = None, template_id: int | None = None, q: str = ""
) -> QuerySet[Certificate]:
    """The certificates admin listing, newest first, with the template and the holder that a
    row shows joined in (one query per page, however many rows)."""
    certificates = Certificate.objects.select_related("template", "enrolment__user").order_by(
        "-issued_at", "-pk"
    )
    certificates = certificates_with_status(certificates, status)
    if course_id:
        certificates = certificates.filter(enrolment__course_id=course_id)
    if template_id:
        certificates = certificates.filter(template_id=template_id)
    return certificates_search(certificates, q)


def certificates_with_status(
    certificates: QuerySet[Certificate], status: str
) -> QuerySet[Certificate]:
    """Narrow to one of ADMIN_STATUS_CHOICES ("expired": valid but past its date;
    "unrendered": valid and its wanted PDF not stored yet); anything else leaves them all."""
    if status == "unrendered":
        return certificates.filter(
            status=CertificateStatus.VALID, rendered_generation__lt=F("generation")
        )
    if status == "expired":
        return certificates.filter(
            status=CertificateStatus.VALID, expires_on__lt=timezone.localdate()
        )
    if status in CertificateStatus.values:
        return certificates.filter(status=status)
    return certificates


def certificates_search(certificates: QuerySet[Certificate], q: str) -> QuerySet[Certificate]:
    """By the start of the code (typed with or without dashes, any case), or part of the
    holder's name, their e-mail address or the course title."""
    q = (q or "").strip()[:100]
    if not q:
        return certificates
    from certificates.codes import code_normalise

    return certificates.filter(
        Q(code__startswith=code_normalise(q))
        | Q(holder_name__icontains=q)
        | Q(enrolment__user__email__icontains=q)
        | Q(course_title__icontains=q)
    )


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
