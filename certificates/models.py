"""Certificates: the templates administrators design, and the certificates issued from them.

A template's signatures are images of the private "Certificate signatures" collection
(certificates.collections): trainers never see them in their image choosers.

A `Certificate` is an official record: it keeps what was printed (the holder's name, the
course title, the issuing authority) as it was on the day, so that later edits to a course or
a profile never change a certificate silently; a name correction is a reissue.
"""

import calendar
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import Orderable, PreviewableMixin
from wagtail.search import index

from certificates.collections import signature_image_choices
from certificates.widgets import SignatureImageChooser
from courses.models import CoursePage, Enrolment

#: The placeholders a template's wording may use, with what each stands for.
PLACEHOLDERS = {
    "learner_name": _("the learner's full name"),
    "course": _("the course title"),
    "date": _("the completion date, e.g. 14 March 2026"),
    "hours": _("the course's estimated study time, e.g. 12 hours"),
    "score": _("the final assessment score, e.g. 85%"),
}
PLACEHOLDER_PATTERN = re.compile(r"\{([a-z_]*)\}")


def validate_placeholders(text: str) -> None:
    unknown = sorted({name for name in re.findall(r"\{([^{}]*)\}", text)} - set(PLACEHOLDERS))
    if unknown:
        allowed = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
        raise ValidationError(
            _("Unknown placeholder(s): %(unknown)s. Use only %(allowed)s."),
            params={"unknown": ", ".join(f"{{{n}}}" for n in unknown), "allowed": allowed},
        )
    if text.count("{") != text.count("}"):
        raise ValidationError(_("A brace is not closed: write placeholders as {learner_name}."))


def months_after(start, months: int | None):
    """The same day `months` later (the month's last day when it has fewer days), or None."""
    if not months:
        return None
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return start.replace(year=year, month=month, day=min(start.day, last_day))


SIGNATURE_HELP = _(
    'From the private image collection "Certificate signatures", which only administrators '
    "and programme managers can see."
)


class CertificateTemplateForm(WagtailAdminModelForm):
    """A signature chosen here is an image of the "Certificate signatures" collection; the one
    a template already has stays accepted wherever it is (an image that code put elsewhere),
    so that saving a template never fails on a field left as it was. The fields open the
    signatures' chooser (certificates.choosers)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in (1, 2):
            field = self.fields.get(f"signatory_{n}_signature")
            if field is None:
                continue
            current = getattr(self.instance, f"signatory_{n}_signature_id", None)
            field.queryset = field.queryset.filter(
                signature_image_choices() | Q(pk=current or None)
            )


class CertificateTemplate(PreviewableMixin, index.Indexed, ClusterableModel):
    """How a certificate looks and what it says (a snippet, managed by administrators)."""

    name = models.CharField(
        _("name"), max_length=120, unique=True, help_text=_("For administrators only.")
    )
    title = models.CharField(_("title"), max_length=120, default="Certificate of Completion")
    body = models.TextField(
        _("wording"),
        default=(
            "This is to certify that\n{learner_name}\nhas successfully completed the course\n"
            "{course}\non {date} ({hours} of study, final assessment {score})."
        ),
        validators=[validate_placeholders],
        help_text=_(
            "Plain text; one paragraph per line. Placeholders: {learner_name}, {course}, "
            "{date}, {hours}, {score}. A line that is only {learner_name} or {course} is "
            "printed large. Changes reach certificates already issued only when they are "
            "re-rendered (Certificates › Re-render); the validity period applies when a "
            "certificate is issued."
        ),
    )
    issuing_authority = models.CharField(
        _("issuing authority"),
        max_length=200,
        help_text=_("Printed on the certificate and shown on the verification page."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory_1_name = models.CharField(_("name"), max_length=120, blank=True)
    signatory_1_title = models.CharField(_("title"), max_length=160, blank=True)
    signatory_1_signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=SIGNATURE_HELP,
    )
    signatory_2_name = models.CharField(_("name"), max_length=120, blank=True)
    signatory_2_title = models.CharField(_("title"), max_length=160, blank=True)
    signatory_2_signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=SIGNATURE_HELP,
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(240)],
        help_text=_("Leave empty for certificates that do not expire; 24 for two years."),
    )
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used for courses that have not chosen a template."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    base_form_class = CertificateTemplateForm
    panels = [
        FieldPanel("name"),
        FieldPanel("is_default"),
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("body"), FieldPanel("issuing_authority")],
            heading=_("Wording"),
        ),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("signatory_1_name"), FieldPanel("signatory_1_title")]),
                FieldPanel("signatory_1_signature", widget=SignatureImageChooser()),
            ],
            heading=_("First signatory"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("signatory_2_name"), FieldPanel("signatory_2_title")]),
                FieldPanel("signatory_2_signature", widget=SignatureImageChooser()),
            ],
            heading=_("Second signatory (optional)"),
        ),
        FieldPanel("validity_months"),
        InlinePanel(
            "course_choices",
            heading=_("Courses using this template"),
            label=_("Course"),
            help_text=_("Each course uses one template; courses not listed use the default."),
        ),
    ]

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="certificates_one_default_template",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def signatories(self) -> list[dict]:
        people = []
        for n in (1, 2):
            name = getattr(self, f"signatory_{n}_name")
            if name:
                people.append(
                    {
                        "name": name,
                        "title": getattr(self, f"signatory_{n}_title"),
                        "signature": getattr(self, f"signatory_{n}_signature"),
                    }
                )
        return people

    # Preview in the admin: the certificate's HTML with a sample learner.
    def get_preview_template(self, request, mode_name):
        return "certificates/pdf/certificate.html"

    def get_preview_context(self, request, mode_name):
        from certificates.pdf import sample_context

        return sample_context(template=self, request=request)


class CourseCertificateTemplate(Orderable):
    """A course's choice of template (one per course)."""

    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="course_choices"
    )
    course = models.OneToOneField(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="certificate_template_choice",
    )

    panels = [PageChooserPanel("course", page_type="courses.CoursePage")]

    class Meta:
        verbose_name = _("course using this template")

    def __str__(self) -> str:
        return str(self.course)


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded by a reissued certificate")


def certificate_storage():
    from django.core.files.storage import storages

    return storages["certificates"]


class Certificate(models.Model):
    """One learner's certificate for one course completion.

    At most one certificate per enrolment is current (valid or revoked); a reissue marks the
    old one superseded and points from the new one to it (`replaces`). The row is created in the
    transaction that completes the enrolment; the PDF follows from a task (`generation` says
    which rendering is wanted, `rendered_generation` which one is stored)."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.PROTECT, related_name="certificates")
    template = models.ForeignKey(
        CertificateTemplate, on_delete=models.PROTECT, related_name="certificates"
    )
    code = models.CharField(_("verification code"), max_length=24, unique=True)
    holder_name = models.CharField(_("holder's name"), max_length=200)
    course_title = models.CharField(_("course"), max_length=255)
    issuing_authority = models.CharField(_("issuing authority"), max_length=200)
    completed_on = models.DateField(_("completed on"))
    hours = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    score_percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    status = models.CharField(
        max_length=20, choices=CertificateStatus.choices, default=CertificateStatus.VALID
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)
    status_reason = models.CharField(_("reason"), max_length=500, blank=True)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    replaces = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replaced_by",
        help_text=_("The certificate this one was reissued in place of."),
    )
    # Rendering: wanted generation, stored generation, and the stored file.
    generation = models.PositiveIntegerField(default=1)
    rendered_generation = models.PositiveIntegerField(default=0)
    pdf = models.FileField(storage=certificate_storage, max_length=200, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    rendered_at = models.DateTimeField(null=True, blank=True)
    render_error = models.TextField(blank=True)
    render_attempts = models.PositiveSmallIntegerField(
        default=0, help_text=_("Renders started since the last success or re-render request.")
    )
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # One current certificate per completed enrolment, even under concurrent issuing.
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=~Q(status="superseded"),
                name="certificates_one_current_per_enrolment",
            )
        ]
        indexes = [models.Index(fields=["rendered_generation", "generation"])]
        permissions = [
            ("revoke_certificate", "Can revoke and reissue certificates"),
            ("rerender_certificate", "Can re-render certificate PDFs"),
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.holder_name} · {self.course_title}"

    MAX_RENDER_ATTEMPTS = 8

    @property
    def needs_render(self) -> bool:
        return self.rendered_generation < self.generation

    @property
    def is_rendered(self) -> bool:
        return bool(self.pdf) and self.rendered_generation > 0

    def is_expired(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.expires_on is not None and self.expires_on < today

    @property
    def display_status(self) -> str:
        """valid, expired, revoked or superseded: what the verification page says."""
        if self.status == CertificateStatus.VALID and self.is_expired():
            return "expired"
        return self.status

    @property
    def display_code(self) -> str:
        from certificates.codes import code_format

        return code_format(self.code)


class CertificatePdf(models.Model):
    """Every PDF ever stored for a certificate, by its SHA-256: an uploaded copy is recognised
    even after the certificate was re-rendered (the file itself is kept only for the current
    rendering)."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="pdfs")
    sha256 = models.CharField(max_length=64, unique=True)
    generation = models.PositiveIntegerField()
    size = models.PositiveIntegerField()
    rendered_at = models.DateTimeField()

    class Meta:
        ordering = ["-generation"]
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "generation"], name="certificates_pdf_generation_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.certificate.code} #{self.generation}"
