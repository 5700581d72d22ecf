"""The completion report: made by the task started from the dashboard (progress, then the
download) and by `manage.py completion_report`; its text, read back with pypdf, holds the
hand-worked figures of conftest.py."""

import csv
import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from accounts import roles
from reports.models import ReportRun, ReportStatus
from tests.factories.accounts import UserFactory
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_dashboard_starts_the_report_and_offers_the_download(
    cohort, client, django_capture_on_commit_callbacks
):
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("reports_run_start"), {"date_from": "2026-01-01", "date_to": "2026-12-31"}
        )
    run = ReportRun.objects.get()
    assert response["Location"] == reverse("reports_run", args=[run.pk])
    assert run.status == ReportStatus.DONE and run.progress == 100
    page = client.get(response["Location"]).content.decode()
    assert "Download the PDF" in page and 'http-equiv="refresh"' not in page
    download = client.get(reverse("reports_run_pdf", args=[run.pk]))
    data = b"".join(download.streaming_content)
    text = text_of(data)
    # Cover and executive summary, for 2026 (hand-worked: 5 enrolled, 4 started, 2 completed).
    assert "1 January 2026 to 31 December 2026" in text
    assert (
        "The courses counted 5 enrolments in the period: 4 started and 2 completed (a "
        "completion rate of 40%)." in text
    )
    assert "did so within 7 days of enrolling" in text
    assert "average final assessment score was 75%, and 50% of those who sat it passed" in text
    assert "scores rose from 25% to 75% on average: a gain of 50 points." in text
    assert "2 certificates were issued." in text
    assert "None" not in text and ".0%" not in text
    assert re.search(r"Prefer not to say 0 0 — — — 0", text)  # every category, zero included
    # Participants by agency and sex; annex of certified participants with their codes.
    assert re.search(r"Royal Saint Lucia Police Force 1 1 0 2", text)
    assert re.search(r"Customs and Excise 1 0 0 1", text)  # L4 enrolled in 2025: outside
    assert "Lena One" in text and "Lara Three" in text and "Luc Four" not in text


def test_a_queued_report_page_refreshes_itself(cohort, client):
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    client.post(reverse("reports_run_start"), {})  # on_commit never runs here: still queued
    run = ReportRun.objects.get()
    page = client.get(reverse("reports_run", args=[run.pk])).content.decode()
    assert 'http-equiv="refresh"' in page and "Queued" in page
    assert client.get(reverse("reports_run_pdf", args=[run.pk])).status_code == 404


def test_the_command_writes_pdf_csv_and_xlsx(cohort, tmp_path):
    pdf_path, csv_path, xlsx_path = tmp_path / "r.pdf", tmp_path / "r.csv", tmp_path / "r.xlsx"
    call_command(
        "completion_report",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--format",
        "pdf",
        "--output",
        str(pdf_path),
    )
    text = text_of(pdf_path.read_bytes())
    assert "completion rate of 40%" in text
    call_command(
        "completion_report", "--format", "csv", "--output", str(csv_path), "--sex", "female"
    )
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8").lstrip("\ufeff"))))
    assert ["Sex", "Female"] in rows and ["Enrolled", "4"] in rows
    call_command("completion_report", "--format", "xlsx", "--output", str(xlsx_path))
    workbook = load_workbook(xlsx_path, read_only=True)
    assert "Summary" in workbook.sheetnames and "Certified participants" in workbook.sheetnames
    summary = [row for row in workbook["Summary"].iter_rows(values_only=True) if row]
    assert ("Completed", 3) in [tuple(r[:2]) for r in summary]


def test_the_command_refuses_bad_filters(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="ends before it starts"):
        call_command(
            "completion_report",
            "--from",
            "2026-12-31",
            "--to",
            "2026-01-01",
            "--output",
            str(tmp_path / "x.pdf"),
        )


def test_a_run_whose_worker_died_is_taken_again_but_a_live_one_is_not(cohort):
    from datetime import timedelta

    from django.utils import timezone

    from reports.services import report_run_execute

    run = ReportRun.objects.create(filters={})
    ReportRun.objects.filter(pk=run.pk).update(
        status=ReportStatus.RUNNING, started_at=timezone.now() - timedelta(minutes=2)
    )
    assert report_run_execute(run_id=run.pk) is False  # still being made by its worker
    ReportRun.objects.filter(pk=run.pk).update(started_at=timezone.now() - timedelta(minutes=30))
    assert report_run_execute(run_id=run.pk) is True  # its worker died: made again, once
    assert report_run_execute(run_id=run.pk) is False
    run.refresh_from_db()
    assert run.status == ReportStatus.DONE and run.file


def test_a_long_annex_is_attached_as_a_spreadsheet_instead_of_printed(cohort, monkeypatch):
    from reports import pdf
    from reports.filters import ReportFilters
    from reports.selectors import certified_participants

    filters = ReportFilters()
    certified = list(certified_participants(filters))
    assert len(certified) == 3
    monkeypatch.setattr(pdf, "ANNEX_LINES", 2)  # one more than fits
    data = pdf.completion_report_pdf(filters)
    text = text_of(data)
    assert "The 3 certified participants are too many to print here" in text
    assert "certified-participants.xlsx" in text
    assert not any(c.holder_name in text for c in certified)
    files = PdfReader(io.BytesIO(data)).attachments
    assert list(files) == ["certified-participants.xlsx"]
    workbook = load_workbook(io.BytesIO(files["certified-participants.xlsx"][0]), read_only=True)
    rows = list(workbook["Certified participants"].iter_rows(values_only=True))
    assert rows[0] == ("Name", "Organisation", "Course", "Completed", "Verification code")
    assert sorted((row[0], row[4]) for row in rows[1:]) == sorted(
        (c.holder_name, c.display_code) for c in certified
    )
    # At the limit, the annex is printed and nothing is attached.
    monkeypatch.setattr(pdf, "ANNEX_LINES", 3)
    data = pdf.completion_report_pdf(filters)
    assert all(c.holder_name in text_of(data) for c in certified)
    assert PdfReader(io.BytesIO(data)).attachments == {}
