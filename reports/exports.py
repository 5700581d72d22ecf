"""Every dashboard table as CSV (streamed row by row) or XLSX (openpyxl's write-only mode,
spooled to disk): the filters are stated at the top of each file, and a cell that a
spreadsheet would read as a formula (=, +, -, @, and tab or carriage return) is prefixed with
an apostrophe, so a learner named "=HYPERLINK(...)" stays text."""

import csv
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from django.http import StreamingHttpResponse
from django.utils import timezone

from certificates.codes import code_format
from core.downloads import private_download
from reports import selectors
from reports.filters import ReportFilters

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A cell value safe to open in a spreadsheet (numbers stay numbers)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


@dataclass(frozen=True)
class Table:
    title: str
    columns: list[str]
    rows: Callable[[ReportFilters, str], Iterator[list]]


def _summary(filters, figure):
    h = selectors.headline(filters)
    yield ["Registered learners", h.registered]
    yield ["Enrolled", h.enrolled]
    yield ["Started", h.started]
    yield ["Completed", h.completed]
    yield ["Completion rate (%)", h.completion_rate]
    yield ["Median days to complete", h.median_days]
    yield ["Average final score (%)", h.average_final]
    yield ["Pass rate (%)", h.pass_rate]
    yield ["Learners with pre-test and final", h.gain_count]
    yield ["Average pre-test score (%)", h.average_pre]
    yield ["Average final score, latest attempt (%)", h.average_post]
    yield ["Average knowledge gain (points)", h.average_gain]
    yield ["Average normalised gain", h.average_normalised_gain]
    yield ["Certificates issued", h.certificates]


BREAKDOWN_COLUMNS = [
    "Enrolled",
    "Started",
    "Completed",
    "Completion rate (%)",
    "Average final score (%)",
    "Pass rate (%)",
    "Certificates issued",
]


def _breakdown(by):
    def rows(filters, figure):
        for row in selectors.breakdown(filters, by):
            yield [
                row["label"],
                row["enrolled"],
                row["started"],
                row["completed"],
                row["completion_rate"],
                row["average_final"],
                row["pass_rate"],
                row["certificates"],
            ]

    return rows


def _gain(filters, figure):
    for row in selectors.knowledge_gain_by_course(filters):
        yield [
            row["label"],
            row["learners"],
            row["average_pre"],
            row["average_post"],
            row["average_gain"],
            row["average_normalised_gain"],
        ]


def _monthly(filters, figure):
    for row in selectors.monthly_trend(filters):
        yield [row["month"].strftime("%Y-%m"), row["enrolled"], row["completed"]]


def _learners(filters, figure):
    for e in selectors.learners(filters, figure).iterator(chunk_size=500):
        profile = getattr(e.user, "profile", None)
        yield [
            e.user.get_full_name(),
            e.user.email,
            profile.organisation.name if profile and profile.organisation else "",
            profile.get_audience_display() if profile else "",
            profile.get_sex_display() if profile else "",
            e.course.title,
            e.enrolled_at,
            e.started_at,
            e.progress_percent,
            e.completed_at,
            float(e.first_pre) if e.first_pre is not None else None,
            float(e.best_final) if e.best_final is not None else None,
            "passed" if e.passed_final else ("not passed" if e.sat_final else "not sat"),
            code_format(e.certificate_code) if e.certificate_code else "",
            "revoked" if e.certificate_status == "revoked" else "",
        ]


def _certified(filters, figure):
    for c in selectors.certified_participants(filters).iterator(chunk_size=500):
        profile = getattr(c.enrolment.user, "profile", None)
        yield [
            c.holder_name,
            profile.organisation.name if profile and profile.organisation else "",
            c.course_title,
            c.completed_on,
            c.display_code,
        ]


TABLES = {
    "summary": Table("Summary", ["Figure", "Value"], _summary),
    "by_course": Table("By course", ["Course", *BREAKDOWN_COLUMNS], _breakdown("course")),
    "by_audience": Table("By audience", ["Audience", *BREAKDOWN_COLUMNS], _breakdown("audience")),
    "by_organisation": Table(
        "By organisation", ["Organisation", *BREAKDOWN_COLUMNS], _breakdown("organisation")
    ),
    "by_sex": Table("By sex", ["Sex", *BREAKDOWN_COLUMNS], _breakdown("sex")),
    "knowledge_gain": Table(
        "Knowledge gain by course",
        [
            "Course",
            "Learners with both",
            "Average pre-test (%)",
            "Average final (%)",
            "Average gain (points)",
            "Average normalised gain",
        ],
        _gain,
    ),
    "monthly": Table("Monthly trend", ["Month", "Enrolments", "Completions"], _monthly),
    "learners": Table(
        "Learners",
        [
            "Name",
            "E-mail",
            "Organisation",
            "Audience",
            "Sex",
            "Course",
            "Enrolled",
            "Started",
            "Progress (%)",
            "Completed",
            "Pre-test (%)",
            "Best final (%)",
            "Final assessment",
            "Certificate code",
            "Certificate revoked",
        ],
        _learners,
    ),
    "certified": Table(
        "Certified participants",
        ["Name", "Organisation", "Course", "Completed", "Verification code"],
        _certified,
    ),
}


# Tables that name people: exporting them is recorded in the audit log.
PERSONAL_TABLES = {"learners", "certified"}


def table_lines(*, table: str, filters: ReportFilters, figure: str = "enrolled") -> Iterator[list]:
    """The file's rows: a title, the filters in words, a blank line, the header, the data."""
    spec = TABLES[table]
    title = spec.title
    if table == "learners":
        title += f": {selectors.FIGURE_LABELS[figure]}"
    yield [f"CT Academy: {title}"]
    yield [f"Generated {timezone.localtime():%Y-%m-%d %H:%M}"]
    for label, value in filters.describe():
        yield [label, value]
    yield ["Who is counted", selectors.WHO_IS_COUNTED]
    yield []
    yield spec.columns
    yield from spec.rows(filters, figure)


class _Echo:
    def write(self, value):
        return value


def _filename(table: str, extension: str) -> str:
    return f"ct-academy-{table.replace('_', '-')}-{timezone.localdate():%Y-%m-%d}.{extension}"


def csv_stream(lines: Iterator[list]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff"  # a byte-order mark, so that Excel reads UTF-8 names correctly
    for line in lines:
        yield writer.writerow([neutralise(cell) for cell in line])


def xlsx_cell(value):
    """As `neutralise`, but dates stay dates (Excel sorts and filters them)."""
    if isinstance(value, datetime):
        return timezone.localtime(value).replace(tzinfo=None)
    if isinstance(value, date):
        return value
    return neutralise(value)


def xlsx_file(lines: Iterator[list], title: str = "Report"):
    """An XLSX file written row by row (openpyxl write-only), in a temporary file."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    for line in lines:
        sheet.append([xlsx_cell(cell) for cell in line])
    handle = tempfile.TemporaryFile()
    workbook.save(handle)
    handle.seek(0)
    return handle


def response(*, table: str, file_format: str, filters: ReportFilters, figure: str = "enrolled"):
    lines = table_lines(table=table, filters=filters, figure=figure)
    if file_format == "csv":
        result = StreamingHttpResponse(csv_stream(lines), content_type="text/csv; charset=utf-8")
        result["Content-Disposition"] = f'attachment; filename="{_filename(table, "csv")}"'
    else:
        return private_download(
            xlsx_file(lines, TABLES[table].title),
            filename=_filename(table, "xlsx"),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    result["Cache-Control"] = "private, no-store"
    return result


def all_tables_csv(filters: ReportFilters) -> Iterator[str]:
    """Every table, one after another, for `manage.py completion_report --format csv`."""
    for name in TABLES:
        yield from csv_stream(table_lines(table=name, filters=filters))
        yield "\r\n"


def all_tables_xlsx(filters: ReportFilters):
    """Every table on a sheet of its own."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for name, spec in TABLES.items():
        sheet = workbook.create_sheet(spec.title[:31])
        for line in table_lines(table=name, filters=filters):
            sheet.append([xlsx_cell(cell) for cell in line])
    handle = tempfile.TemporaryFile()
    workbook.save(handle)
    handle.seek(0)
    return handle
