"""Rendering: placeholders, escaping, and the PDF itself (fonts, metadata,
accents, A4 landscape), read back with pypdf."""

import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from certificates import pdf
from certificates.models import CertificateTemplate, validate_placeholders
from certificates.services import certificate_issue
from tests.factories.certificates import completed_enrolment

pytestmark = pytest.mark.django_db


def _text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_placeholders_are_filled_and_everything_is_escaped():
    paragraphs = pdf.body_paragraphs(
        "To {learner_name}\n\n{learner_name}\n<b>{course}</b> on {date}, {hours} h, {score}",
        {
            "learner_name": "<script>alert(1)</script> & Co",
            "course": "Course",
            "date": "1 May 2026",
            "hours": "12",
            "score": "85%",
        },
    )
    assert [p["kind"] for p in paragraphs] == ["", "learner_name", ""]
    assert str(paragraphs[0]["html"]) == "To &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"
    assert str(paragraphs[2]["html"]) == "&lt;b&gt;Course&lt;/b&gt; on 1 May 2026, 12 h, 85%"


@pytest.mark.parametrize(
    "body",
    ["Hello {name}", "Hello {learner_name.__class__}", "Hello {learner_name"],
)
def test_templates_with_unknown_or_broken_placeholders_are_refused(body):
    with pytest.raises(ValidationError):
        validate_placeholders(body)


def test_known_placeholders_are_accepted():
    validate_placeholders("{learner_name} {course} {date} {hours} {score}")


def test_scores_print_as_whole_percentages():
    assert pdf.format_score(Decimal("91.67")) == "92%"
    assert pdf.format_score(Decimal("90.50")) == "91%"
    assert pdf.format_score(None) == "n/a"


def _render(name: str, **template_fields) -> tuple[bytes, object]:
    enrolment = completed_enrolment(first_name=name, last_name="")
    certificate = certificate_issue(enrolment=enrolment)
    template = CertificateTemplate.objects.get(is_default=True)
    for key, value in template_fields.items():
        setattr(template, key, value)
    return pdf.certificate_pdf(certificate=certificate, template=template), certificate


def test_the_pdf_is_a4_landscape_with_metadata_embedded_fonts_and_accents():
    data, certificate = _render("Anaïs Joseph-Émile")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    assert reader.metadata.title.startswith("Certificate of Completion: Anaïs Joseph-Émile")
    assert reader.metadata.author == certificate.issuing_authority
    text = _text(data)
    assert "Anaïs Joseph-Émile" in text
    assert certificate.course_title in text
    assert certificate.display_code in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for font in fonts.values():
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font


@pytest.mark.parametrize(
    "name",
    [
        "file:///etc/passwd",
        "http://169.254.169.254/",
        '<img src="file:///etc/passwd">',
        "<style>@import url(http://169.254.169.254/)</style>",
    ],
)
def test_hostile_names_are_printed_as_text_and_fetch_nothing(name, no_network, caplog):
    data, _ = _render(name)
    text = _text(data)
    assert name.replace("\n", "") in text.replace("\n", "")
    assert "root:x:0:0" not in text
    assert "Refused to fetch" not in caplog.text  # nothing even tried: the name is text


def test_the_pdf_prints_the_authority_recorded_on_the_certificate():
    enrolment = completed_enrolment()
    certificate = certificate_issue(enrolment=enrolment)
    template = certificate.template
    template.issuing_authority = "Renamed Ministry"
    text = _text(pdf.certificate_pdf(certificate=certificate, template=template))
    assert certificate.issuing_authority.upper() in text.upper()
    assert "RENAMED MINISTRY" not in text.upper()


def test_a_template_wording_prints_as_written():
    data, certificate = _render(
        "Marcia Joseph",
        title="Certificate of Attendance",
        body="Awarded to {learner_name} for {course} ({hours}), score {score}.",
    )
    text = _text(data)
    assert "Certificate of Attendance" in text
    assert f"Awarded to Marcia Joseph for {certificate.course_title} (2 hours)" in " ".join(
        text.split()
    )
    assert "score n/a" in text  # the course has no final assessment
