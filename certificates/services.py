"""Issuing, rendering, revoking and reissuing certificates.

Never lost, never doubled:
- the `Certificate` row is created inside the transaction that completes the enrolment
  (`courses.signals.enrolment_completed`), so a completion without its certificate cannot
  commit; a partial unique constraint keeps one current certificate per enrolment, whoever
  issues it (the completion, the sweep, two sweeps at once);
- the PDF follows from a task queued after commit. Queuing never fails the learner's request:
  a dead broker is logged and the row, still unrendered, is the work list of the sweep
  (`certificates_issue_missing`, periodic and `manage.py issue_missing_certificates`);
- rendering is idempotent: the file is stored first, then recorded with
  `UPDATE ... WHERE rendered_generation < wanted`; a render that lost the race deletes its
  file. The learner's e-mail is claimed with `UPDATE ... WHERE notified_at IS NULL`.
"""

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import AuditEntry, Profile, User
from accounts.selectors import user_language
from accounts.services import audit_record
from assessments.selectors import enrolment_final_score
from certificates import pdf
from certificates.codes import code_generate
from certificates.models import (
    Certificate,
    CertificatePdf,
    CertificateStatus,
    CertificateTemplate,
    CourseCertificateTemplate,
    certificate_storage,
    months_after,
)
from core.links import absolute_url
from core.permissions import permission_require
from courses.models import CoursePage, Enrolment

logger = logging.getLogger(__name__)


class CertificateStateError(ValidationError):
    """The certificate is not in a state that allows this (already revoked, superseded)."""


def _current(queryset):
    return queryset.exclude(status=CertificateStatus.SUPERSEDED)


def certificate_template_for(*, course_id: int) -> CertificateTemplate:
    """The course's chosen template, else the default one (created if an administrator removed
    every template, so that a completion never fails for want of one)."""
    choice = (
        CourseCertificateTemplate.objects.filter(course_id=course_id)
        .select_related("template")
        .first()
    )
    if choice is not None:
        return choice.template
    template = CertificateTemplate.objects.filter(is_default=True).first()
    if template is None:
        template = CertificateTemplate.objects.order_by("pk").first()
    if template is None:
        template, _ = CertificateTemplate.objects.get_or_create(
            is_default=True,
            defaults={"name": "Standard", "issuing_authority": settings.CERTIFICATE_AUTHORITY},
        )
    return template


def _holder_name(user: User) -> str:
    return (user.get_full_name() or user.email).strip()[:200]


# --- Issue -------------------------------------------------------------------------------------


def certificate_issue(*, enrolment: Enrolment) -> Certificate | None:
    """The enrolment's current certificate, created if there is none. None when the course
    issues no certificate or the enrolment is not complete. Safe to call twice or at once:
    the second caller gets the first caller's certificate."""
    if enrolment.completed_at is None:
        return None
    if Profile.objects.filter(user_id=enrolment.user_id, erased_at__isnull=False).exists():
        return None  # the holder's data was erased: nothing to print a certificate for
    course = CoursePage.objects.only("pk", "title", "estimated_hours", "issues_certificate").get(
        pk=enrolment.course_id
    )
    if not course.issues_certificate:
        return None
    existing = _current(Certificate.objects.filter(enrolment=enrolment)).first()
    if existing is not None:
        return existing
    template = certificate_template_for(course_id=course.pk)
    completed_on = timezone.localdate(enrolment.completed_at)
    fields = {
        "enrolment": enrolment,
        "template": template,
        "holder_name": _holder_name(enrolment.user),
        "course_title": course.title[:255],
        "issuing_authority": template.issuing_authority,
        "completed_on": completed_on,
        "hours": course.estimated_hours,
        "score_percent": enrolment_final_score(enrolment=enrolment),
        "expires_on": months_after(completed_on, template.validity_months),
    }
    for _attempt in range(3):
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(code=code_generate(), **fields)
        except IntegrityError:
            existing = _current(Certificate.objects.filter(enrolment=enrolment)).first()
            if existing is not None:
                return existing
            continue  # a code collision (75 random bits): draw again
        logger.info("Certificate %s issued for enrolment %s", certificate.pk, enrolment.pk)
        transaction.on_commit(lambda pk=certificate.pk: certificate_render_queue(ids=[pk]))
        return certificate
    raise IntegrityError("Could not issue a certificate with a unique code")


def certificate_render_queue(*, ids: list[int]) -> int:
    """Hand renders to the workers. Never raises: with the broker down (or an eager render
    failing) the certificates stay unrendered and the sweep picks them up. Stops at the first
    failure, so that a broker that hangs costs one timeout, not one per certificate. Returns
    how many were handed over."""
    from certificates.tasks import certificate_render_task

    queued = 0
    for pk in ids:
        try:
            certificate_render_task.apply_async(args=[pk])
        except Exception:
            logger.warning(
                "Could not queue the rendering of certificate %s (and %s more); the sweep will",
                pk,
                len(ids) - queued - 1,
                exc_info=True,
            )
            break
        queued += 1
    return queued


# --- Render ------------------------------------------------------------------------------------


def certificate_render(*, certificate_id: int) -> bool:
    """Render and store the PDF the certificate wants; True if this call stored it.

    Idempotent: a certificate already rendered at its wanted generation is left alone (its
    learner is still told, if nobody did); two renders at once store one file."""
    certificate = (
        Certificate.objects.select_related("template", "enrolment__user")
        .filter(pk=certificate_id)
        .first()
    )
    if certificate is None or certificate.status == CertificateStatus.SUPERSEDED:
        return False
    storage = certificate_storage()
    if not certificate.needs_render:
        if certificate.pdf and storage.exists(certificate.pdf.name):
            certificate_notify(certificate_id=certificate.pk)
            return False
        # Recorded as rendered but the file is gone (restored from an old backup?): again.
        Certificate.objects.filter(pk=certificate.pk).update(generation=F("generation") + 1)
        certificate.refresh_from_db()
    generation = certificate.generation
    # A render that kills its worker (memory) is redelivered for ever: count and give up.
    Certificate.objects.filter(pk=certificate.pk).update(render_attempts=F("render_attempts") + 1)
    if certificate.render_attempts >= Certificate.MAX_RENDER_ATTEMPTS:
        Certificate.objects.filter(pk=certificate.pk).update(
            render_error=f"Gave up after {certificate.render_attempts} attempts; re-render it "
            "from the admin once the cause is fixed."
        )
        logger.error("Certificate %s: rendering given up", certificate.pk)
        return False
    try:
        # The printed labels ("Issued on", "Verify this certificate at") and the dates in the
        # holder's language, as their e-mail is; the body is the template's own text.
        with translation.override(user_language(certificate.enrolment.user)):
            data = pdf.certificate_pdf(certificate=certificate, template=certificate.template)
    except BaseException as error:  # also the soft time limit: record why, then let it retry
        Certificate.objects.filter(pk=certificate.pk).update(
            render_error=f"{timezone.now():%Y-%m-%d %H:%M} {type(error).__name__}: {error}"[:2000]
        )
        raise
    sha256 = hashlib.sha256(data).hexdigest()
    name = storage.save(f"{certificate.code}/{generation}-{sha256[:16]}.pdf", ContentFile(data))
    now = timezone.now()
    with transaction.atomic():
        # Stored only if nobody stored this generation first and the record still says what
        # was printed (an erasure in the meantime replaces the name: the file must not stay).
        stored = (
            Certificate.objects.filter(
                pk=certificate.pk,
                rendered_generation__lt=generation,
                holder_name=certificate.holder_name,
            )
            .exclude(status=CertificateStatus.SUPERSEDED)
            .update(
                pdf=name,
                pdf_sha256=sha256,
                rendered_generation=generation,
                rendered_at=now,
                render_error="",
                render_attempts=0,
            )
        )
        if stored and not CertificatePdf.objects.filter(sha256=sha256).exists():
            CertificatePdf.objects.create(
                certificate=certificate,
                sha256=sha256,
                generation=generation,
                size=len(data),
                rendered_at=now,
            )
    if not stored:
        storage.delete(name)
        return False
    _remove_files(code=certificate.code, keep=name)
    logger.info("Certificate %s rendered (generation %s)", certificate.pk, generation)
    certificate_notify(certificate_id=certificate.pk)
    return True


def _remove_files(*, code: str, keep: str = "") -> None:
    """Delete the certificate's stored files except `keep` (earlier renderings, files of
    renders that crashed before they were recorded)."""
    storage = certificate_storage()
    try:
        _, names = storage.listdir(code)
    except FileNotFoundError:
        return
    for file_name in names:
        path = f"{code}/{file_name}"
        if path != keep:
            storage.delete(path)


def certificate_notify(*, certificate_id: int) -> bool:
    """E-mail the holder that their certificate is ready, once (a failed send is given back
    so that the task's retry sends it)."""
    claimed = Certificate.objects.filter(
        pk=certificate_id,
        notified_at__isnull=True,
        status=CertificateStatus.VALID,
        rendered_generation__gt=0,
    ).update(notified_at=timezone.now())
    if not claimed:
        return False
    certificate = Certificate.objects.select_related("enrolment__user", "replaces").get(
        pk=certificate_id
    )
    context = {
        "certificate": certificate,
        "dashboard_url": absolute_url(reverse("courses_dashboard")),
        "verify_url": pdf.verification_url(certificate.code),
    }
    holder = certificate.enrolment.user
    try:
        with translation.override(user_language(holder)):
            subject = render_to_string("certificates/email/ready_subject.txt", context).strip()
            message = render_to_string("certificates/email/ready_message.txt", context)
        send_mail(subject=subject, message=message, from_email=None, recipient_list=[holder.email])
    except Exception:
        Certificate.objects.filter(pk=certificate_id).update(notified_at=None)
        raise
    return True


# --- Revoke, reissue, re-render --------------------------------------------------------------


def _status_change(
    *,
    certificate: Certificate,
    status: str,
    actor: User,
    reason: str,
    from_status: str = CertificateStatus.VALID,
) -> None:
    """Move a certificate from `from_status` to `status`, once: a conditional update, so that
    two administrators acting at once cannot both revoke or both reissue it."""
    changed = Certificate.objects.filter(pk=certificate.pk, status=from_status).update(
        status=status,
        status_changed_at=timezone.now(),
        status_changed_by=actor,
        status_reason=reason[:500],
    )
    if not changed:
        raise CertificateStateError(
            _("Only a %(from_status)s certificate can be changed to %(status)s.")
            % {
                "from_status": CertificateStatus(from_status).label.lower(),
                "status": CertificateStatus(status).label.lower(),
            }
        )


def _may_change_status(actor: User) -> None:
    permission_require(
        actor,
        "certificates.revoke_certificate",
        _("Only administrators revoke, reinstate or reissue certificates."),
    )


def _required_reason(reason: str, missing: str) -> str:
    """The reason, stripped; `missing` is what to say when there is none."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(missing)
    return reason


def _reasoned_status_change(
    *,
    certificate: Certificate,
    actor: User,
    reason: str,
    status: str,
    from_status: str,
    missing: str,
    action: str,
) -> Certificate:
    """Revoke or reinstate: a reason, a conditional status change, an audit entry."""
    _may_change_status(actor)
    reason = _required_reason(reason, missing)
    with transaction.atomic():
        _status_change(
            certificate=certificate,
            status=status,
            actor=actor,
            reason=reason,
            from_status=from_status,
        )
        audit_record(
            actor=actor,
            action=action,
            subject=str(certificate),
            subject_user=certificate.enrolment.user,
            detail={"certificate": certificate.pk, "code": certificate.code, "reason": reason},
        )
    certificate.refresh_from_db()
    return certificate


def certificate_revoke(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    return _reasoned_status_change(
        certificate=certificate,
        actor=actor,
        reason=reason,
        status=CertificateStatus.REVOKED,
        from_status=CertificateStatus.VALID,
        missing=_("Say why the certificate is revoked; the reason is recorded."),
        action="certificate.revoke",
    )


def certificate_reinstate(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    """Undo a revocation made by mistake (audited); the code verifies as valid again."""
    return _reasoned_status_change(
        certificate=certificate,
        actor=actor,
        reason=reason,
        status=CertificateStatus.VALID,
        from_status=CertificateStatus.REVOKED,
        missing=_("Say why the certificate is reinstated; the reason is recorded."),
        action="certificate.reinstate",
    )


def certificate_reissue(
    *, certificate: Certificate, actor: User, holder_name: str, reason: str
) -> Certificate:
    """A new certificate (new code, current template) in place of a valid one, for instance
    after a name correction; the old code then verifies as superseded, pointing to the new."""
    _may_change_status(actor)
    holder_name = " ".join((holder_name or "").split())
    if not holder_name:
        raise ValidationError(_("Enter the name to print on the reissued certificate."))
    if len(holder_name) > 200:
        raise ValidationError(_("The name is longer than 200 characters."))
    reason = _required_reason(
        reason, _("Say why the certificate is reissued; the reason is recorded.")
    )
    with transaction.atomic():
        _status_change(
            certificate=certificate,
            status=CertificateStatus.SUPERSEDED,
            actor=actor,
            reason=reason,
        )
        template = certificate_template_for(course_id=certificate.enrolment.course_id)
        new = Certificate.objects.create(
            enrolment_id=certificate.enrolment_id,
            template=template,
            code=code_generate(),
            holder_name=holder_name,
            course_title=certificate.course_title,
            issuing_authority=template.issuing_authority,
            completed_on=certificate.completed_on,
            hours=certificate.hours,
            score_percent=certificate.score_percent,
            expires_on=certificate.expires_on,
            replaces=certificate,
        )
        audit_record(
            actor=actor,
            action="certificate.reissue",
            subject=str(new),
            subject_user=certificate.enrolment.user,
            detail={
                "certificate": new.pk,
                "code": new.code,
                "replaces": certificate.pk,
                "replaces_code": certificate.code,
                "reason": reason,
            },
        )
        transaction.on_commit(lambda: certificate_render_queue(ids=[new.pk]))
    return new


def certificates_rerender(
    *, ids: list[int], actor: User, switch_to_course_template: bool = False
) -> int:
    """Ask for a new rendering of these certificates (after a template change): same codes,
    new PDFs; with `switch_to_course_template`, each moves to its course's current template
    first. Superseded certificates are left as they are. The renders are handed to the
    workers by one sweep task (or by the periodic sweep): an administrator's request never
    waits for thousands of queue writes. Returns how many were asked."""
    from certificates.tasks import issue_missing_certificates_task

    permission_require(
        actor, "certificates.rerender_certificate", _("You may not re-render certificates.")
    )
    with transaction.atomic():
        wanted = _current(Certificate.objects.filter(pk__in=ids))
        chosen = list(wanted.values_list("pk", flat=True))
        if switch_to_course_template:
            courses = set(wanted.values_list("enrolment__course_id", flat=True))
            for course_id in courses:
                template = certificate_template_for(course_id=course_id)
                wanted.filter(enrolment__course_id=course_id).update(template=template)
        count = wanted.update(generation=F("generation") + 1, render_attempts=0)
        audit_record(
            actor=actor,
            action="certificate.rerender",
            subject=f"{count} certificate(s)",
            detail={"certificates": chosen[:1000], "switch_template": switch_to_course_template},
        )

        def hand_over():
            try:
                issue_missing_certificates_task.apply_async(kwargs={"older_than_seconds": 0})
            except Exception:
                logger.warning("Could not queue the re-render sweep; beat will", exc_info=True)

        transaction.on_commit(hand_over)
    return count


# --- Sweep -------------------------------------------------------------------------------------


@dataclass
class SweepResult:
    issued: int = 0
    queued: int = 0
    rendered: int = 0
    notified: int = 0
    failed: list[int] = field(default_factory=list)


def certificates_issue_missing(
    *, render_now: bool = False, older_than: timedelta = timedelta(0)
) -> SweepResult:
    """Finish what a dead broker or worker left undone: completed enrolments of certificate
    courses without a certificate get one; certificates without their wanted PDF are rendered
    here (`render_now`, for an operator) or queued (the periodic task). `older_than` leaves
    alone the certificates issued so recently that their first task may still be queued."""
    result = SweepResult()
    has_certificate = _current(Certificate.objects.filter(enrolment=OuterRef("pk")))
    missing = (
        Enrolment.objects.filter(completed_at__isnull=False, course__issues_certificate=True)
        .filter(~Exists(has_certificate))
        .select_related("user")
        .order_by("pk")
    )
    for enrolment in missing.iterator():
        with transaction.atomic():
            certificate = certificate_issue(enrolment=enrolment)
        if certificate is not None:
            result.issued += 1
    unrendered = list(
        Certificate.objects.filter(
            status=CertificateStatus.VALID,
            rendered_generation__lt=F("generation"),
            issued_at__lte=timezone.now() - older_than,
            render_attempts__lt=Certificate.MAX_RENDER_ATTEMPTS,
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    # Rendered, but the e-mail never went (SMTP down through every retry): try again.
    for pk in Certificate.objects.filter(
        status=CertificateStatus.VALID,
        rendered_generation__gt=0,
        notified_at__isnull=True,
        rendered_at__lte=timezone.now() - older_than,
    ).values_list("pk", flat=True):
        try:
            result.notified += certificate_notify(certificate_id=pk)
        except Exception:
            logger.warning("Telling the holder of certificate %s failed again", pk, exc_info=True)
    if render_now:
        for pk in unrendered:
            try:
                certificate_render(certificate_id=pk)
            except Exception:
                logger.exception("Rendering certificate %s failed", pk)
                result.failed.append(pk)
                continue
            result.rendered += 1
    else:
        result.queued = certificate_render_queue(ids=unrendered)
    return result


# --- Erasure -----------------------------------------------------------------------------------


def certificates_erase_holder(*, user: User) -> int:
    """The holder's personal data was erased: their certificates are withdrawn (shown as
    revoked, never as unknown), the printed name is removed and the PDFs deleted."""
    certificates = Certificate.objects.filter(enrolment__user=user)
    codes = list(certificates.values_list("code", flat=True))
    now = timezone.now()
    certificates.filter(status=CertificateStatus.VALID).update(
        status=CertificateStatus.REVOKED, status_changed_at=now
    )
    # Reasons are free text that may name the person (a name correction): all go.
    count = certificates.update(
        holder_name="(erased)",
        status_reason="Withdrawn: the holder's personal data was erased at their request.",
        pdf="",
        pdf_sha256="",
        generation=F("generation") + 1,  # a render in flight cannot store its file
    )
    for entry in AuditEntry.objects.filter(subject_user=user, action__startswith="certificate."):
        entry.detail = {k: v for k, v in entry.detail.items() if k not in {"reason"}}
        entry.save(update_fields=["detail"])
    transaction.on_commit(lambda: [_remove_files(code=code) for code in codes])
    return count
