"""The capacity-building completion report as a PDF: context in, bytes out (WeasyPrint, A4).
Fetches only local static files (core.pdf) and escapes all text."""

from collections.abc import Callable

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from core.charts import horizontal_bar_chart
from core.links import absolute_url, site_address
from core.pdf import font_uris, html_to_pdf
from reports import selectors
from reports.filters import ReportFilters

TEMPLATE = "reports/pdf/completion_report.html"


def report_context(
    filters: ReportFilters, progress: Callable[[int, str], None] = lambda p, s: None
) -> dict:
    progress(10, "Counting participants")
    headline = selectors.headline(filters)
    people = selectors.participants_by_organisation_and_sex(filters)
    progress(30, "Completion by course and audience")
    by_course = selectors.breakdown(filters, "course")
    by_audience = selectors.breakdown(filters, "audience")
    by_sex = selectors.breakdown(filters, "sex")
    by_organisation = selectors.breakdown(filters, "organisation")
    progress(45, "Knowledge gain")
    gain = selectors.knowledge_gain_by_course(filters)
    progress(55, "Certified participants")
    certified = list(selectors.certified_participants(filters))
    return {
        "filters": filters.describe(),
        "filters_course": bool(filters.course_id),
        "generated": timezone.localtime(),
        "headline": headline,
        "people": people,
        "people_totals": {
            key: sum(row[key] for row in people)
            for key in ("total", "female", "male", "prefer_not_to_say")
        },
        "by_course": by_course,
        "by_audience": by_audience,
        "by_sex": by_sex,
        "by_organisation": by_organisation,
        "gain": gain,
        "gain_chart": horizontal_bar_chart(
            title="Average scores, pre-test and final, by course",
            labels=[f"{kind} · {row['label']}" for row in gain for kind in ("Pre-test", "Final")],
            values=[row[key] for row in gain for key in ("average_pre", "average_post")],
            unit="%",
            maximum=100,
            width=620,
        ),
        "certified": certified,
        "annex": _annex(certified),
        "certified_by_course": _count_by(certified, "course_title"),
        "fonts": font_uris(),
        # The public verification page (core.links), linked from the certificates section.
        "verify_url": absolute_url(reverse("certificates_verify")),
        "verify_address": site_address() + reverse("certificates_verify"),
    }


ANNEX_CHUNK = 20


def _annex(certified) -> list[dict]:
    """The annex as plain lines per course, in blocks of 20 (`white-space: pre-wrap`):
    WeasyPrint lays out such blocks faster than one paragraph per line, and much faster than
    table rows (2,000 rows: 19.7 s as a table)."""
    groups: dict[str, list[str]] = {}
    for c in certified:
        profile = getattr(c.enrolment.user, "profile", None)
        organisation = (
            profile.organisation.name if profile and profile.organisation else "no organisation"
        )
        line = f"{c.holder_name} — {organisation} — {c.completed_on:%d %b %Y} — {c.display_code}"
        groups.setdefault(c.course_title, []).append(" ".join(line.split()))
    return [
        {
            "course": course,
            "count": len(lines),
            "blocks": [
                "\n".join(lines[i : i + ANNEX_CHUNK]) for i in range(0, len(lines), ANNEX_CHUNK)
            ],
        }
        for course, lines in sorted(groups.items())
    ]


def _count_by(items, attribute: str) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for item in items:
        key = getattr(item, attribute)
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items())


def completion_report_pdf(
    filters: ReportFilters, progress: Callable[[int, str], None] = lambda p, s: None
) -> bytes:
    html = render_to_string(TEMPLATE, report_context(filters, progress))
    progress(70, "Laying out the document")
    return html_to_pdf(html, tagged=False)
