"""Every dashboard table as CSV (streamed row by row) or XLSX (openpyxl's write-only mode,
spooled to disk), and a cell that a spreadsheet would read as a formula (=, +, -, @, and tab or
carriage return) is prefixed with an apostrophe, so a learner named "=HYPERLINK(...)" stays
text. Words are translated (lazily) when a file is written.

CSV: the title and the filters in words at the top, then the table. XLSX: the table on its own
sheet, its header row bold, frozen and filterable, columns as wide as their content (capped),
dates as dates and percentages as percentages (numbers, shown with a % format); the title,
the filters and who is counted on an "About" sheet beside it. Cells say what they hold by
their type (`Percent`, `Decimal1`, `Ratio`, `Month`), which CSV writes as it always did."""

import csv
import io
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from itertools import chain, islice

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Audience, Sex
from certificates.codes import code_format
from core.db import read_all
from core.downloads import private_download
from reports import selectors
from reports.filters import ReportFilters

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_text(value: str) -> str:
    """Text a spreadsheet would read as a formula, with an apostrophe in front."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def figure_text(value) -> str:
    """A figure as CSV writes it: 40 stays 40, Decimal("33.30") becomes 33.3."""
    return str(value) if isinstance(value, int) else str(float(value))


class _Figure(float):
    """A number that CSV writes as it was given (40, 33.3) and XLSX shows in `number_format`."""

    number_format = "General"

    def __new__(cls, value):
        figure = super().__new__(cls, value)
        figure.text = figure_text(value)
        return figure

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


class Decimal1(_Figure):
    """A figure shown with one decimal (days, points)."""

    number_format = "0.0"


class Ratio(_Figure):
    """A figure shown with two decimals (normalised gain)."""

    number_format = "0.00"


class Percent(_Figure):
    """A percentage, given as on the dashboard (40.0 for 40%): CSV writes 40.0, XLSX stores
    0.4 shown as 40.0%."""

    number_format = "0.0%"


class Month(date):
    """A month (its first day): CSV writes 2026-03, XLSX a date shown as Mar 2026."""

    number_format = "mmm yyyy"

    @classmethod
    def of(cls, day: date) -> "Month":
        return cls(day.year, day.month, 1)


def typed(kind: type, value):
    """`value` as a `kind` cell, None staying None (an empty cell)."""
    return None if value is None else kind(value)


def neutralise(value, tz=None):
    """A cell value safe to open in a spreadsheet (numbers stay numbers); times in `tz` (the
    current time zone when None; a stream passes it once rather than look it up per cell)."""
    kind = type(value)
    if kind is str:  # most cells: checked first
        return _safe_text(value)
    if value is None:
        return ""
    if kind is int or kind is float:
        return value
    if isinstance(value, _Figure):
        return value.text
    if isinstance(value, Month):
        return value.strftime("%Y-%m")
    if isinstance(value, datetime):
        local = value.astimezone(tz or timezone.get_current_timezone())
        return local.isoformat(" ", "minutes")[:16]  # 2026-03-01 09:30
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _safe_text(str(value))


@dataclass(frozen=True)
class Table:
    title: str
    columns: list[str]
    rows: Callable[[ReportFilters, str], Iterator[list]]
    # For a long table: the same rows as `Written` lines, for CSV (see _learners).
    csv_rows: Callable[[ReportFilters, str], Iterator[list]] | None = None


class Written(list):
    """A CSV line whose cells are already text safe for a spreadsheet (neutralised, dates and
    figures formatted): csv_stream writes it as it is. A table of 100,000 rows made this way
    spends a fraction of the time of one neutralised cell by cell."""


def _summary(filters, figure):
    h = selectors.headline(filters)
    yield [_("Registered learners"), h.registered]
    yield [_("Enrolled"), h.enrolled]
    yield [_("Started"), h.started]
    yield [_("Completed"), h.completed]
    yield [_("Completion rate (%)"), typed(Percent, h.completion_rate)]
    yield [_("Median days to complete"), typed(Decimal1, h.median_days)]
    yield [_("Average final score (%)"), typed(Percent, h.average_final)]
    yield [_("Pass rate (%)"), typed(Percent, h.pass_rate)]
    yield [_("Learners with pre-test and final"), h.gain_count]
    yield [_("Average pre-test score (%)"), typed(Percent, h.average_pre)]
    yield [_("Average final score, latest attempt (%)"), typed(Percent, h.average_post)]
    yield [_("Average knowledge gain (points)"), typed(Decimal1, h.average_gain)]
    yield [_("Average normalised gain"), typed(Ratio, h.average_normalised_gain)]
    yield [_("Certificates issued"), h.certificates]


BREAKDOWN_COLUMNS = [
    _("Enrolled"),
    _("Started"),
    _("Completed"),
    _("Completion rate (%)"),
    _("Average final score (%)"),
    _("Pass rate (%)"),
    _("Certificates issued"),
]


def _breakdown(by):
    def rows(filters, figure):
        for row in selectors.breakdown(filters, by):
            yield [
                row["label"],
                row["enrolled"],
                row["started"],
                row["completed"],
                typed(Percent, row["completion_rate"]),
                typed(Percent, row["average_final"]),
                typed(Percent, row["pass_rate"]),
                row["certificates"],
            ]

    return rows


def _gain(filters, figure):
    for row in selectors.knowledge_gain_by_course(filters):
        yield [
            row["label"],
            row["learners"],
            typed(Percent, row["average_pre"]),
            typed(Percent, row["average_post"]),
            typed(Decimal1, row["average_gain"]),
            typed(Ratio, row["average_normalised_gain"]),
        ]


def _monthly(filters, figure):
    for row in selectors.monthly_trend(filters):
        yield [Month.of(row["month"]), row["enrolled"], row["completed"]]


LEARNER_FIELDS = (
    "user__first_name",
    "user__last_name",
    "user__email",
    "user__profile__organisation__name",
    "user__profile__audience",
    "user__profile__sex",
    "course__title",
    "enrolled_at",
    "started_at",
    "progress_percent",
    "completed_at",
    "first_pre",
    "best_final",
    "passed_final",
    "sat_final",
    "certificate_code",
    "certificate_status",
)


def _learners(filters, figure, *, for_csv: bool = False):
    """The drill-down's enrolments, read as plain tuples (no model per row: an export of
    100,000 enrolments would spend most of its time building them), with the words each row
    repeats translated once. `for_csv`: as `Written` lines, each cell formatted as neutralise
    would, the text a learner typed (name, e-mail, organisation) neutralised, and a course
    title too, since a trainer typed it."""
    audiences = {key: neutralise(str(label)) for key, label in Audience.choices}
    sexes = {key: neutralise(str(label)) for key, label in Sex.choices}
    passed, not_passed, not_sat = (
        neutralise(str(word)) for word in (_("passed"), _("not passed"), _("not sat"))
    )
    revoked = neutralise(str(_("revoked")))
    if for_csv:
        tz = timezone.get_current_timezone()
        line, text = Written, _safe_text

        def when(value):
            return value.astimezone(tz).isoformat(" ", "minutes")[:16] if value else ""

        def percent(value):
            return "" if value is None else figure_text(value)

        progress_cell = figure_text
    else:
        line = list

        def text(value):
            return value

        def when(value):
            return value

        def percent(value):
            return typed(Percent, value)

        progress_cell = Percent
    rows = selectors.learners(filters, figure).values_list(*LEARNER_FIELDS)
    for (
        first_name,
        last_name,
        email,
        organisation,
        audience,
        sex,
        course,
        enrolled_at,
        started_at,
        progress,
        completed_at,
        first_pre,
        best_final,
        passed_final,
        sat_final,
        code,
        status,
    ) in read_all(rows):
        yield line(
            (
                text(f"{first_name} {last_name}".strip()),
                text(email),
                text(organisation) if organisation else "",
                audiences.get(audience, "") if audience else "",
                sexes.get(sex, "") if sex else "",
                text(course),
                when(enrolled_at),
                when(started_at),
                progress_cell(progress),
                when(completed_at),
                percent(first_pre),
                percent(best_final),
                passed if passed_final else not_passed if sat_final else not_sat,
                code_format(code) if code else "",
                revoked if status == "revoked" else "",
            )
        )


def _certified(filters, figure):
    rows = selectors.certified_participants(filters).values_list(
        "holder_name",
        "enrolment__user__profile__organisation__name",
        "course_title",
        "completed_on",
        "code",
    )
    for name, organisation, course, completed_on, code in read_all(rows):
        yield [name, organisation or "", course, completed_on, code_format(code)]


TABLES = {
    "summary": Table(_("Summary"), [_("Figure"), _("Value")], _summary),
    "by_course": Table(_("By course"), [_("Course"), *BREAKDOWN_COLUMNS], _breakdown("course")),
    "by_audience": Table(
        _("By audience"), [_("Audience"), *BREAKDOWN_COLUMNS], _breakdown("audience")
    ),
    "by_organisation": Table(
        _("By organisation"), [_("Organisation"), *BREAKDOWN_COLUMNS], _breakdown("organisation")
    ),
    "by_sex": Table(_("By sex"), [_("Sex"), *BREAKDOWN_COLUMNS], _breakdown("sex")),
    "knowledge_gain": Table(
        _("Knowledge gain by course"),
        [
            _("Course"),
            _("Learners with both"),
            _("Average pre-test (%)"),
            _("Average final (%)"),
            _("Average gain (points)"),
            _("Average normalised gain"),
        ],
        _gain,
    ),
    "monthly": Table(_("Monthly trend"), [_("Month"), _("Enrolments"), _("Completions")], _monthly),
    "learners": Table(
        _("Learners"),
        [
            _("Name"),
            _("E-mail"),
            _("Organisation"),
            _("Audience"),
            _("Sex"),
            _("Course"),
            _("Enrolled"),
            _("Started"),
            _("Progress (%)"),
            _("Completed"),
            _("Pre-test (%)"),
            _("Best final (%)"),
            _("Final assessment"),
            _("Certificate code"),
            _("Certificate revoked"),
        ],
        _learners,
        partial(_learners, for_csv=True),
    ),
    "certified": Table(
        _("Certified participants"),
        [_("Name"), _("Organisation"), _("Course"), _("Completed"), _("Verification code")],
        _certified,
    ),
}


# Tables that name people: exporting them is recorded in the audit log.
PERSONAL_TABLES = {"learners", "certified"}


def _title(table: str, figure: str) -> str:
    title = str(TABLES[table].title)
    if table == "learners":
        title += f": {selectors.FIGURE_LABELS[figure]}"
    return _("CT Academy: %(title)s") % {"title": title}


def about_lines(
    *, table: str, filters: ReportFilters, figure: str = "enrolled", for_csv: bool = True
) -> Iterator[list]:
    """What a file holds and under which filters: the title, when it was made (in words for
    CSV, as a date cell for XLSX), the filters in words and who is counted."""
    yield [_title(table, figure)]
    now = timezone.localtime().replace(second=0, microsecond=0)
    if for_csv:
        yield [_("Generated %(time)s") % {"time": f"{now:%Y-%m-%d %H:%M}"}]
    else:
        yield [_("Generated"), now]
    for label, value in filters.describe():
        yield [label, value]
    yield [_("Who is counted"), selectors.WHO_IS_COUNTED]


def table_lines(*, table: str, filters: ReportFilters, figure: str = "enrolled") -> Iterator[list]:
    """The CSV file's rows: a title, the filters in words, a blank line, the header, the data."""
    spec = TABLES[table]
    yield from about_lines(table=table, filters=filters, figure=figure)
    yield []
    yield spec.columns
    yield from (spec.csv_rows or spec.rows)(filters, figure)


def _filename(table: str, extension: str) -> str:
    return f"ct-academy-{table.replace('_', '-')}-{timezone.localdate():%Y-%m-%d}.{extension}"


CSV_CHUNK = 64 * 1024  # characters per piece of a streamed CSV file


def csv_stream(lines: Iterator[list]) -> Iterator[str]:
    """The lines as CSV, in pieces of about CSV_CHUNK characters: a piece per line would make
    the server write (and the worker hand over) a tiny packet for each of 100,000 rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")  # a byte-order mark, so that Excel reads UTF-8 names correctly
    tz = timezone.get_current_timezone()
    for line in lines:
        writer.writerow(line if type(line) is Written else [neutralise(cell, tz) for cell in line])
        if buffer.tell() >= CSV_CHUNK:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


DATE_FORMAT, DATETIME_FORMAT = "yyyy-mm-dd", "yyyy-mm-dd hh:mm"
WIDTH_SAMPLE = 500  # rows read before the columns' widths are set (write-only mode)
MIN_WIDTH, MAX_WIDTH = 8, 60  # in characters


def xlsx_value(value):
    """A cell's value and its number format (None: General): dates stay dates, percentages
    become fractions (0.4 shown as 40.0%), text is neutralised."""
    if isinstance(value, Percent):
        return float(value) / 100, value.number_format
    if isinstance(value, Decimal1 | Ratio):
        return float(value), value.number_format
    if isinstance(value, Month):
        return date(value.year, value.month, 1), value.number_format
    if isinstance(value, datetime):
        local = timezone.localtime(value).replace(tzinfo=None, microsecond=0)
        return local, DATETIME_FORMAT
    if isinstance(value, date):
        return value, DATE_FORMAT
    return neutralise(value), None


def _shown_width(value) -> int:
    """About how many characters a cell shows."""
    if value is None or value == "":
        return 0
    if isinstance(value, Percent):
        return len(f"{value:.1f}%")
    if isinstance(value, Month):
        return 8
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    return max(len(line) for line in str(neutralise(value)).splitlines() or [""])


def column_widths(rows: list[list]) -> list[float]:
    """Each column as wide as its widest cell in `rows` (header included), within bounds."""
    count = max((len(row) for row in rows), default=0)
    widths = [0] * count
    for row in rows:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], _shown_width(value))
    return [min(max(width + 2, MIN_WIDTH), MAX_WIDTH) for width in widths]


def _sheet_title(title: str) -> str:
    """A valid, unique-enough sheet name: at most 31 characters, none of []:*?/\\."""
    for char in "[]:*?/\\":
        title = title.replace(char, " ")
    return title[:31]


def write_sheet(workbook, title: str, header: list, rows: Iterator[list]) -> None:
    """A sheet whose first row is a bold, frozen, filterable header, whose columns fit the
    first rows' content, and whose cells carry number formats. Rows are streamed: only the
    first WIDTH_SAMPLE are held, to size the columns."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(_sheet_title(str(title)))
    header = [str(name) for name in header]
    sample = list(islice(rows, WIDTH_SAMPLE))
    for index, width in enumerate(column_widths([header, *sample]), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(value, font=None):
        value, number_format = xlsx_value(value)
        result = WriteOnlyCell(sheet, value=value)
        if number_format:
            result.number_format = number_format
        if font:
            result.font = font
        return result

    sheet.append([cell(name, bold) for name in header])
    count = 1
    for row in chain(sample, rows):
        sheet.append([cell(value) for value in row])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(header), 1))}{count}"


def _about_sheet(workbook, lines: Iterator[list]) -> None:
    write_sheet(workbook, _("About"), [_("About this file"), _("Details")], lines)


def _saved(workbook):
    handle = tempfile.TemporaryFile()
    workbook.save(handle)
    handle.seek(0)
    return handle


def xlsx_file(*, table: str, filters: ReportFilters, figure: str = "enrolled"):
    """One table as an XLSX file (openpyxl write-only), in a temporary file: the table's sheet,
    then the "About" sheet with the title and the filters."""
    from openpyxl import Workbook

    spec = TABLES[table]
    workbook = Workbook(write_only=True)
    write_sheet(workbook, spec.title, spec.columns, spec.rows(filters, figure))
    _about_sheet(workbook, about_lines(table=table, filters=filters, figure=figure, for_csv=False))
    return _saved(workbook)


def response(*, table: str, file_format: str, filters: ReportFilters, figure: str = "enrolled"):
    if file_format == "xlsx":
        return private_download(
            xlsx_file(table=table, filters=filters, figure=figure),
            filename=_filename(table, "xlsx"),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    lines = table_lines(table=table, filters=filters, figure=figure)
    result = StreamingHttpResponse(csv_stream(lines), content_type="text/csv; charset=utf-8")
    result["Content-Disposition"] = f'attachment; filename="{_filename(table, "csv")}"'
    result["Cache-Control"] = "private, no-store"
    return result


def all_tables_csv(filters: ReportFilters) -> Iterator[str]:
    """Every table, one after another, for `manage.py completion_report --format csv`."""
    for name in TABLES:
        yield from csv_stream(table_lines(table=name, filters=filters))
        yield "\r\n"


def all_tables_xlsx(filters: ReportFilters):
    """The "About" sheet (the filters, once), then every table on a sheet of its own."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    about = about_lines(table="summary", filters=filters, for_csv=False)
    next(about)  # the title names one table; this file holds them all
    _about_sheet(workbook, chain([[_("CT Academy: programme report tables")]], about))
    for spec in TABLES.values():
        write_sheet(workbook, spec.title, spec.columns, spec.rows(filters, "enrolled"))
    return _saved(workbook)
