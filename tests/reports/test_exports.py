"""XLSX exports, opened with openpyxl as a spreadsheet would: on every sheet a bold, frozen,
filterable header row and columns as wide as their content (capped); dates are dates and
percentages are numbers with a % format. CSV keeps its layout and its plain numbers."""

import csv
import io
from datetime import date, datetime

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts import roles
from reports import exports
from reports.filters import ReportFilters
from tests.factories.accounts import UserFactory
from tests.helpers import login_with_mfa

ALL = ReportFilters()
pytestmark = pytest.mark.django_db


def workbook_of(**kwargs):
    return load_workbook(exports.xlsx_file(**kwargs))


def header_and_rows(sheet):
    rows = list(sheet.iter_rows())
    return rows[0], rows[1:]


def assert_has_a_header_row(sheet):
    header, _ = header_and_rows(sheet)
    assert sheet.freeze_panes == "A2", sheet.title
    assert all(cell.font.bold for cell in header) and header[0].value, sheet.title
    assert sheet.auto_filter.ref.startswith("A1:"), sheet.title
    for cell in header:
        width = sheet.column_dimensions[cell.column_letter].width
        assert exports.MIN_WIDTH <= width <= exports.MAX_WIDTH, (sheet.title, cell.value)
        assert width >= min(len(cell.value) + 2, exports.MAX_WIDTH), (sheet.title, cell.value)


@pytest.mark.parametrize("table", list(exports.TABLES))
def test_every_sheet_has_a_bold_frozen_header_and_fitted_columns(cohort, table):
    workbook = workbook_of(table=table, filters=ALL)
    assert workbook.sheetnames == [str(exports.TABLES[table].title), "About"]
    for sheet in workbook.worksheets:
        assert_has_a_header_row(sheet)


def test_columns_fit_their_content_within_a_cap(cohort):
    sheet = workbook_of(table="by_organisation", filters=ALL).active
    widths = {c: sheet.column_dimensions[c].width for c in "AB"}
    assert widths["A"] == len("Royal Saint Lucia Police Force") + 2
    assert widths["B"] == len("Enrolled") + 2  # the header is wider than the numbers
    assert exports.column_widths([["x" * 500, "y"]]) == [exports.MAX_WIDTH, exports.MIN_WIDTH]


def cells_by_header(sheet) -> list[dict]:
    header, rows = header_and_rows(sheet)
    return [{h.value: cell for h, cell in zip(header, row, strict=True)} for row in rows]


def test_dates_are_dates_and_percentages_numbers(cohort):
    learners = cells_by_header(workbook_of(table="learners", filters=ALL).active)
    lena = next(row for row in learners if row["Name"].value == "Lena One")
    enrolled = lena["Enrolled"]
    assert isinstance(enrolled.value, datetime) and enrolled.number_format == "yyyy-mm-dd hh:mm"
    assert lena["Completed"].is_date and lena["Best final (%)"].value == 1.0
    assert lena["Best final (%)"].number_format == "0.0%"
    assert lena["Progress (%)"].value == 1.0 and lena["Pre-test (%)"].value == 0.0
    not_sat = next(row for row in learners if row["Pre-test (%)"].value is None)
    assert not_sat["Best final (%)"].value is None  # an empty cell, not "None" nor 0

    by_course = {
        r["Course"].value: r
        for r in cells_by_header(workbook_of(table="by_course", filters=ALL).active)
    }
    rate = by_course["Course A"]["Completion rate (%)"]
    assert rate.value == pytest.approx(0.333) and rate.number_format == "0.0%"

    certified = cells_by_header(workbook_of(table="certified", filters=ALL).active)
    assert all(type(r["Completed"].value) in (date, datetime) for r in certified)
    assert {r["Completed"].number_format for r in certified} == {"yyyy-mm-dd"}

    months = cells_by_header(workbook_of(table="monthly", filters=ALL).active)
    assert months[0]["Month"].value == datetime(2025, 1, 1)
    assert months[0]["Month"].number_format == "mmm yyyy"

    summary = {
        r["Figure"].value: r["Value"]
        for r in cells_by_header(workbook_of(table="summary", filters=ALL).active)
    }
    assert summary["Completion rate (%)"].value == 0.5
    assert summary["Completion rate (%)"].number_format == "0.0%"
    assert summary["Average normalised gain"].number_format == "0.00"
    assert summary["Enrolled"].value == 6


def test_the_about_sheet_states_the_title_and_the_filters(cohort):
    about = workbook_of(table="learners", filters=ALL, figure="passed")["About"]
    values = [[cell.value for cell in row] for row in about.iter_rows()]
    assert values[0] == ["About this file", "Details"]
    assert values[1][0] == "CT Academy: Learners: Passed the final assessment"
    assert values[2][0] == "Generated" and isinstance(values[2][1], datetime)
    assert ["Period (enrolment dates)", "all time"] in values
    assert values[-1][0] == "Who is counted"


def test_csv_keeps_its_layout_and_plain_numbers(cohort):
    text = "".join(exports.csv_stream(exports.table_lines(table="learners", filters=ALL)))
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["CT Academy: Learners: Enrolments"]
    header = rows.index(["Name", "E-mail", *rows[rows.index([]) + 1][2:]])
    lena = next(row for row in rows[header:] if row[0] == "Lena One")
    assert lena[6][:4] == "2026" and len(lena[6]) == 16  # 2026-03-02 09:00
    assert (lena[8], lena[10], lena[11]) == ("100", "0.0", "100.0")
    monthly = "".join(exports.csv_stream(exports.table_lines(table="monthly", filters=ALL)))
    assert "2025-01,1,0" in monthly


def test_csv_streams_in_pieces_of_about_a_chunk(cohort, monkeypatch):
    whole = "".join(exports.csv_stream(exports.table_lines(table="learners", filters=ALL)))
    monkeypatch.setattr(exports, "CSV_CHUNK", 200)
    pieces = list(exports.csv_stream(exports.table_lines(table="learners", filters=ALL)))
    assert "".join(pieces) == whole and len(pieces) > 3
    assert all(200 <= len(piece) < 200 + 400 for piece in pieces[:-1])  # plus one row at most
    assert pieces[0].startswith("\ufeff") and not any("\ufeff" in p for p in pieces[1:])


def test_the_download_is_the_same_workbook(cohort, client):
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    response = client.get(reverse("reports_export", args=["by_audience", "xlsx"]))
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames == ["By audience", "About"]
    assert_has_a_header_row(workbook["By audience"])
    assert len(list(workbook["By audience"].iter_rows())) == 1 + 6  # every audience


def test_the_whole_workbook_of_the_command(cohort):
    workbook = load_workbook(exports.all_tables_xlsx(ALL))
    assert workbook.sheetnames[0] == "About" and len(workbook.sheetnames) == 1 + len(exports.TABLES)
    for sheet in workbook.worksheets:
        assert_has_a_header_row(sheet)
    assert workbook["About"]["A2"].value == "CT Academy: programme report tables"


def test_the_learners_csv_lines_are_the_spreadsheet_rows_neutralised(cohort):
    """The CSV is written from lines formatted in one pass (`Written`); they must say what the
    XLSX rows, neutralised cell by cell, say: the same text, dates, figures and safety."""
    spec = exports.TABLES["learners"]
    for figure in ("enrolled", "completed", "certified"):
        typed_rows = [[exports.neutralise(cell) for cell in row] for row in spec.rows(ALL, figure)]
        written = list(spec.csv_rows(ALL, figure))
        assert written and all(type(line) is exports.Written for line in written)
        assert [list(line) for line in written] == [
            [str(cell) if type(cell) is not str else cell for cell in row] for row in typed_rows
        ]
    names = [line[0] for line in spec.csv_rows(ALL, "enrolled")]
    assert '\'=HYPERLINK("http://x") Two' in names
