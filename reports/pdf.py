"""The capacity-building completion report as a PDF: context in, bytes out (WeasyPrint, A4).
Fetches only local static files (core.pdf) and escapes all text."""

import io
from collections.abc import Callable

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from weasyprint import Attachment

from core.charts import horizontal_bar_chart
from core.links import absolute_url, site_address
from core.pdf import font_uris, html_to_pdf
from reports import exports, selectors, wording
from reports.filters import ReportFilters

TEMPLATE = "reports/pdf/completion_report.html"


def report_context(
    filters: ReportFilters, progress: Callable[[int, str], None] = lambda p, s: None
) -> dict:
    """Everything the report says. The stages are stored in English (gettext_noop) and
    translated on the page that shows them."""
    progress(10, gettext_noop("Counting participants"))
    known = selectors.categories()
    headline = selectors.headline(filters)
    people = selectors.participants_by_organisation_and_sex(filters, known)
    progress(30, gettext_noop("Completion by course and audience"))
    breakdowns = {by: selectors.breakdown(filters, by, known) for by in selectors.BREAKDOWNS}
    progress(45, gettext_noop("Knowledge gain"))
    gain = selectors.knowledge_gain_by_course(filters)
    progress(55, gettext_noop("Certified participants"))
    certified_count = selectors.certified_participants(filters).count()
    printed = certified_count <= ANNEX_LINES
    certified = list(selectors.certified_participants(filters)) if printed else []
    return {
        "filters": filters.describe(known),
        "generated": timezone.localtime(),
        "headline": headline,
        "summary": wording.executive_summary(headline, course_chosen=bool(filters.course_id)),
        "who_is_counted": selectors.WHO_IS_COUNTED,
        "people": people,
        "people_totals": {
            key: sum(row[key] for row in people)
            for key in ("total", "female", "male", "prefer_not_to_say")
        },
        "breakdowns": [(selectors.BREAKDOWNS[by][2], rows) for by, rows in breakdowns.items()],
        "gain": gain,
        "gain_chart": _gain_chart(gain),
        "certified_count": certified_count,
        "annex": _annex(certified) if printed else None,
        "annex_file": ANNEX_FILE,
        "fonts": font_uris(),
        "footer_css": _css_string(_("CT Academy · Capacity-building completion report")),
        "page_numbers_css": _page_numbers_css(),
        # The public verification page (core.links), linked from the certificates section.
        "verify_url": absolute_url(reverse("certificates_verify")),
        "verify_address": site_address() + reverse("certificates_verify"),
    }


def _css_string(text: str) -> str:
    """`text` as a CSS string, for the page footers (a <style> element is not HTML-escaped)."""
    for char, escape in (("\\", "\\\\"), ('"', '\\"'), ("<", "\\3c "), ("\n", " ")):
        text = text.replace(char, escape)
    return mark_safe(f'"{text}"')  # noqa: S308 - escaped for CSS above


def _page_numbers_css() -> str:
    """ "Page 2 of 9" in the reader's language, as CSS content with the page counters."""
    # Translators: the completion report's page footer. Keep {page} and {pages} as they are.
    text = _("Page {page} of {pages}")
    before, _sep, rest = text.partition("{page}")
    middle, _sep, after = rest.partition("{pages}")
    parts = [_css_string(before), "counter(page)", _css_string(middle), "counter(pages)"]
    return mark_safe(" ".join([*parts, _css_string(after)]))  # noqa: S308 - CSS strings


def _gain_chart(gain: list[dict]):
    kinds = (("average_pre", _("Pre-test")), ("average_post", _("Final")))
    return horizontal_bar_chart(
        title=_("Average scores, pre-test and final, by course"),
        labels=[f"{kind} · {row['label']}" for row in gain for _key, kind in kinds],
        values=[row[key] for row in gain for key, _kind in kinds],
        maximum=100,
        width=620,
        max_label_share=0.55,  # "Pre-test · <course title>": the most of a line
        display=wording.percent,
    )


ANNEX_CHUNK = 20
# Up to this many certified participants, the annex is printed (about 45 pages); beyond, they
# are in a spreadsheet attached to the PDF: a list of 50,000 names is read in a spreadsheet, not
# on 900 pages, and laying those pages out took 31.6 s and 406 MiB (docs/performance.md).
ANNEX_LINES = 2000
ANNEX_FILE = "certified-participants.xlsx"


def _annex(certified) -> list[dict]:
    """The annex as plain lines per course, in blocks of 20 (`white-space: pre-wrap`):
    WeasyPrint lays out such blocks faster than one paragraph per line, and much faster than
    table rows (2,000 rows: 19.7 s as a table)."""
    groups: dict[str, list[str]] = {}
    for c in certified:
        profile = getattr(c.enrolment.user, "profile", None)
        organisation = (
            profile.organisation.name
            if profile and profile.organisation
            else selectors.NO_ORGANISATION
        )
        completed = date_format(c.completed_on, "j M Y")
        line = f"{c.holder_name} — {organisation} — {completed} — {c.display_code}"
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


def completion_report_pdf(
    filters: ReportFilters, progress: Callable[[int, str], None] = lambda p, s: None
) -> bytes:
    context = report_context(filters, progress)
    html = render_to_string(TEMPLATE, context)
    attachments = []
    if context["annex"] is None:
        progress(60, gettext_noop("Listing the certified participants"))
        # The workbook is compressed (a few MB at 50,000 rows); WeasyPrint reads it from memory.
        with exports.xlsx_file(table="certified", filters=filters) as workbook:
            spreadsheet = io.BytesIO(workbook.read())
        attachments.append(
            Attachment(
                file_obj=spreadsheet,
                name=ANNEX_FILE,
                description=_("Annex: certified participants"),
            )
        )
    progress(70, gettext_noop("Laying out the document"))
    return html_to_pdf(html, tagged=False, attachments=attachments)
