"""The programme manager's dashboard, the learners behind each figure, and exports. Everything
here needs `accounts.view_reports` (programme managers, administrators) and, through
accounts.middleware, a second factor."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.dateformat import format as date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from accounts.services import audit_record
from core.charts import horizontal_bar_chart
from core.downloads import PDF, open_stored, private_download
from reports import exports, selectors, services, wording
from reports.filters import ReportFilterForm, ReportFilters
from reports.models import ReportRun, ReportStatus

PAGE_SIZE = 50


def _cursor(value: str | None) -> int | None:
    """An enrolment id from the query string; anything else is no cursor (the first page)."""
    if value and value.isascii() and value.isdigit() and len(value) < 19:
        return int(value)
    return None


def _check(request) -> None:
    if not request.user.has_perm("accounts.view_reports"):
        raise PermissionDenied


def _filters(request, data=None, known=None) -> tuple[ReportFilterForm, ReportFilters | None]:
    """The form and its filters; None when the filters are wrong, so that nothing is ever
    shown or exported under other filters than the ones asked for."""
    form = ReportFilterForm(data if data is not None else (request.GET or None), known=known)
    if not form.is_bound:
        return form, ReportFilters()
    if form.is_valid():
        return form, form.filters()
    return form, None


def _refused_filters(request, form):
    return render(request, "reports/invalid_filters.html", {"form": form}, status=400)


def _query(filters: ReportFilters, **extra) -> str:
    return urlencode({**filters.as_query(), **extra})


def _charts(breakdowns: dict, trend: list, gain_by_course: list) -> dict:
    """Each chart twice: drawn for a wide screen (labels beside the bars) and for a phone
    (long labels above them); the page shows the one that fits."""
    specs = {
        "completion": dict(
            title=_("Completion rate by course (%)"),
            labels=[row["label"] for row in breakdowns["course"]],
            values=[row["completion_rate"] for row in breakdowns["course"]],
            maximum=100,
            display=wording.percent,
        ),
        "gain": dict(
            title=_("Average knowledge gain by course (percentage points, pre-test to final)"),
            labels=[row["label"] for row in gain_by_course],
            values=[row["average_gain"] for row in gain_by_course],
            display=wording.number,
        ),
        "trend": dict(
            title=_("Enrolments per month"),
            labels=[date_format(row["month"], "M Y") for row in trend],
            values=[row["enrolled"] for row in trend],
            display=wording.number,
        ),
    }
    return {
        name: {
            "wide": horizontal_bar_chart(**spec, width=720, font_size=13),
            "narrow": horizontal_bar_chart(**spec, width=340, font_size=12),
        }
        for name, spec in specs.items()
    }


@never_cache
@login_required
def dashboard(request):
    _check(request)
    known = selectors.categories()
    form, filters = _filters(request, known=known)
    if filters is None:
        return _refused_filters(request, form)
    figures = selectors.programme_figures(filters, known)
    breakdowns, gain_by_course = figures.breakdowns, figures.gain_by_course
    trend = selectors.monthly_trend(filters)
    return render(
        request,
        "reports/dashboard.html",
        {
            "form": form,
            "filters": filters,
            "described": filters.describe(known),
            "query": _query(filters),
            "headline": figures.headline,
            "breakdowns": [
                (by, selectors.BREAKDOWNS[by][2], selectors.BREAKDOWN_HEADINGS[by], rows)
                for by, rows in breakdowns.items()
            ],
            "trend": trend,
            "gain_by_course": gain_by_course,
            "charts": _charts(breakdowns, trend, gain_by_course),
            "tables": exports.TABLES,
            "who_is_counted": selectors.WHO_IS_COUNTED,
        },
    )


@never_cache
@login_required
def learners(request):
    _check(request)
    form, filters = _filters(request)
    if filters is None:
        return _refused_filters(request, form)
    figure = request.GET.get("figure", "enrolled")
    if figure not in selectors.FIGURE_FILTERS:
        raise Http404("Unknown figure")
    page = selectors.learners_page(
        filters,
        figure,
        after=_cursor(request.GET.get("after")),
        before=_cursor(request.GET.get("before")),
        size=PAGE_SIZE,
    )
    return render(
        request,
        "reports/learners.html",
        {
            "form": form,
            "filters": filters,
            "described": filters.describe(),
            "figure": figure,
            "figure_label": selectors.FIGURE_LABELS[figure],
            "page": page,
            "page_size": PAGE_SIZE,
            "query": _query(filters, figure=figure),
            "dashboard_query": _query(filters),
        },
    )


@never_cache
@login_required
def export(request, table: str, file_format: str):
    _check(request)
    if table not in exports.TABLES or file_format not in ("csv", "xlsx"):
        raise Http404("Unknown export")
    form, filters = _filters(request)
    if filters is None:
        return _refused_filters(request, form)
    figure = request.GET.get("figure", "enrolled")
    if figure not in selectors.FIGURE_FILTERS:
        figure = "enrolled"
    if table in exports.PERSONAL_TABLES:
        audit_record(
            actor=request.user,
            action="reports.export",
            subject=f"{exports.TABLES[table].title} ({file_format})",
            detail={"table": table, "figure": figure, "filters": filters.as_json()},
        )
    return exports.response(table=table, file_format=file_format, filters=filters, figure=figure)


@login_required
def report_start(request):
    """POST: start the completion report for the dashboard's filters."""
    _check(request)
    if request.method != "POST":
        return redirect("reports_dashboard")
    form, filters = _filters(request, request.POST)
    if filters is None:
        return _refused_filters(request, form)
    run = services.report_run_start(user=request.user, filters=filters)
    return redirect("reports_run", run_id=run.pk)


@never_cache
@login_required
def report_status(request, run_id: int):
    """The run's progress; the page refreshes itself until the PDF is ready."""
    _check(request)
    run = get_object_or_404(ReportRun, pk=run_id)
    return render(
        request,
        "reports/run.html",
        {
            "run": run,
            "described": ReportFilters.from_json(run.filters).describe(),
            "refresh": run.status in (ReportStatus.QUEUED, ReportStatus.RUNNING),
        },
    )


@never_cache
@login_required
def report_download(request, run_id: int):
    _check(request)
    run = get_object_or_404(ReportRun, pk=run_id, status=ReportStatus.DONE)
    handle = open_stored(run.file)
    if handle is None:
        raise Http404("The file is no longer available; generate the report again.")
    return private_download(
        handle,
        filename=f"ct-academy-completion-report-{run.created_at:%Y-%m-%d}.pdf",
        content_type=PDF,
    )
