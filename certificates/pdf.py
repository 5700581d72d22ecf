"""Certificate PDFs: context in, bytes out (WeasyPrint, A4 landscape), through core.pdf.

Runs in tasks and commands, never in a request. What reaches WeasyPrint is escaped HTML (the
learner's name is text, whatever it contains); core.pdf lets it fetch nothing but the project's
own static files and inline `data:` images."""

import base64
import logging
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import segno
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.formats import number_format
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from certificates.codes import code_format
from certificates.models import PLACEHOLDER_PATTERN, CertificateTemplate, months_after
from core.links import absolute_url
from core.pdf import FONTS, font_uris, html_to_pdf

logger = logging.getLogger(__name__)

TEMPLATE = "certificates/pdf/certificate.html"
# Logo and signatures are scaled down once (Wagtail keeps the rendition) and inlined.
LOGO_FILTER = "max-480x240"
SIGNATURE_FILTER = "max-480x160"


_IMAGE_CACHE: dict[tuple, str | None] = {}


def _image_data_uri(image, filter_spec: str) -> str | None:
    """A Wagtail image as an inline PNG/JPEG data URI (None if its file is missing). Kept per
    process by image, file and size: a worker renders many certificates with the same logo."""
    if image is None:
        return None
    key = (image.pk, image.file.name, filter_spec)
    if key not in _IMAGE_CACHE:
        if len(_IMAGE_CACHE) > 64:
            _IMAGE_CACHE.clear()
        _IMAGE_CACHE[key] = _image_data_uri_uncached(image, filter_spec)
    return _IMAGE_CACHE[key]


def _image_data_uri_uncached(image, filter_spec: str) -> str | None:
    try:
        rendition = image.get_rendition(filter_spec)
        with rendition.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        logger.warning("Certificate image %s could not be read", image.pk, exc_info=True)
        return None
    extension = Path(rendition.file.name).suffix.lower().lstrip(".")
    mime = {"jpg": "jpeg", "jpeg": "jpeg", "png": "png", "gif": "gif", "webp": "webp"}.get(
        extension, "png"
    )
    return f"data:image/{mime};base64,{base64.b64encode(data).decode('ascii')}"


def qr_svg_data_uri(url: str) -> str:
    return segno.make(url, error="m").svg_data_uri(scale=4, border=0, dark="#1b2a41")


def verification_url(code: str | None = None) -> str:
    """The public verification page on BASE_URL (core.links): the page for a code (what the
    QR code holds), or the form."""
    from django.urls import reverse

    if code is None:
        return absolute_url(reverse("certificates_verify"))
    return absolute_url(reverse("certificates_verify_code", args=[code_format(code)]))


def format_score(score) -> str:
    """A whole percentage, rounded half up (91.67 -> 92%)."""
    if score is None:
        return gettext("n/a")
    return f"{Decimal(score).quantize(Decimal(1), rounding=ROUND_HALF_UP)}%"


def format_hours(hours) -> str:
    """'1 hour', '12 hours', '1.5 hours'."""
    if hours is None:
        return gettext("n/a")
    number = Decimal(hours).normalize()
    # ngettext wants a whole number: 1.5 hours takes the plural, as 2 does.
    count = int(number) if number == number.to_integral_value() else 2
    return ngettext("%(hours)s hour", "%(hours)s hours", count) % {"hours": number_format(number)}


def body_paragraphs(body: str, values: dict[str, str]) -> list[dict]:
    """The template's wording, escaped, with placeholders filled (escaped too). A line that is
    only {learner_name} or {course} is marked to print large."""
    paragraphs = []
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        prominent = line in ("{learner_name}", "{course}")

        def fill(match):
            return str(conditional_escape(values.get(match.group(1), match.group(0))))

        escaped = str(conditional_escape(line))
        # Escaping leaves braces and lower-case names alone, so placeholders survive it.
        html = PLACEHOLDER_PATTERN.sub(fill, escaped)
        paragraphs.append(
            {"html": mark_safe(html), "kind": line.strip("{}") if prominent else ""}  # noqa: S308
        )
    return paragraphs


def certificate_context(*, certificate, template: CertificateTemplate) -> dict:
    values = {
        "learner_name": certificate.holder_name,
        "course": certificate.course_title,
        "date": date_format(certificate.completed_on, "j F Y"),
        "hours": format_hours(certificate.hours),
        "score": format_score(certificate.score_percent),
    }
    url = verification_url(certificate.code)
    paragraphs = body_paragraphs(template.body, values)
    return {
        "certificate": certificate,
        "template": template,
        "paragraphs": paragraphs,
        "values": values,
        "code": certificate.display_code,
        "verify_url": url,
        "verify_base": verification_url(),
        # Printed without the scheme, which nobody types: "academy.gov.lc/certificates/verify/".
        "verify_address": verification_url().split("://", 1)[-1],
        "compact": len(certificate.holder_name) > 32
        or len(certificate.course_title) > 55
        or len(paragraphs) > 6
        or sum(len(p["html"]) for p in paragraphs) > 420,
        "qr": qr_svg_data_uri(url),
        "logo": _image_data_uri(template.logo, LOGO_FILTER),
        "signatories": [
            {**person, "signature": _image_data_uri(person["signature"], SIGNATURE_FILTER)}
            for person in template.signatories()
        ],
        "fonts": font_uris(),
        "issued": date_format(timezone.localtime(certificate.issued_at), "j F Y"),
        "expires": date_format(certificate.expires_on, "j F Y") if certificate.expires_on else "",
        "title_meta": f"{template.title}: {certificate.holder_name}, {certificate.course_title}",
        "for_pdf": True,
    }


def certificate_html(*, certificate, template: CertificateTemplate) -> str:
    context = certificate_context(certificate=certificate, template=template)
    return render_to_string(TEMPLATE, context)


def certificate_pdf(*, certificate, template: CertificateTemplate) -> bytes:
    return html_to_pdf(certificate_html(certificate=certificate, template=template))


def sample_context(*, template: CertificateTemplate, request=None) -> dict:
    """The context for the admin's preview of a template: a sample learner and course."""
    from decimal import Decimal
    from types import SimpleNamespace

    sample = SimpleNamespace(
        holder_name="Anaïs Joseph-Émile",
        course_title="Identifying and Responding to Trafficking in Persons",
        issuing_authority=template.issuing_authority,
        completed_on=timezone.localdate(),
        hours=Decimal("12"),
        score_percent=Decimal("85"),
        issued_at=timezone.now(),
        expires_on=months_after(timezone.localdate(), template.validity_months),
        code="7KQ2M9XD4HTRWBPX",
        display_code=code_format("7KQ2M9XD4HTRWBPX"),
    )
    context = certificate_context(certificate=sample, template=template)
    # In the browser, fonts come from the static URL, not from the file system.
    from django.templatetags.static import static

    context["fonts"] = {name: static(path) for name, path in FONTS.items()}
    context["for_pdf"] = False
    context["preview_note"] = gettext(
        "Preview with a sample learner. Verification code and QR code are examples."
    )
    return context
