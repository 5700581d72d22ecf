"""Programme figures, aggregated in the database: the number of queries of every function here
does not depend on the number of learners.

Definitions (also on the dashboard and in the completion report):
- registered learners: accounts that are not staff (no Trainer, Programme Manager or
  Administrator role), joined within the period, with the audience, organisation and sex
  filters applied to their profile (erased learners keep those, so totals hold);
- the cohort: enrolments made within the period, in the chosen course, of learners matching
  the profile filters. Learners only: an enrolment of a staff account (superuser, is_staff,
  or a Trainer, Programme Manager or Administrator role, as the account is now), made to
  preview a course, is in no figure, breakdown, drill-down, export or report. Enrolled,
  started and completed count the cohort's enrolments; completion rate = completed / enrolled;
- days to complete: from enrolment to completion, for completed enrolments (median);
- final score: an enrolment's best graded final-assessment attempt; pass rate = enrolments
  with a passed final / enrolments with a graded final;
- knowledge gain: per enrolment, the first graded pre-test and the latest graded final;
  gain = post - pre; normalised gain = (post - pre) / (100 - pre) (pre below 100), averaged
  over enrolments that have both;
- certificates issued: the cohort's certificates that were issued and not replaced by a
  reissue (valid, or revoked since: an erasure revokes, and must not change the totals); the
  report's annex lists the valid ones.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import connections
from django.db.models import (
    Aggregate,
    Avg,
    BooleanField,
    Case,
    Count,
    DecimalField,
    DurationField,
    ExpressionWrapper,
    F,
    FilteredRelation,
    FloatField,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Audience, Organisation, Profile, Sex
from accounts.selectors import LEARNERS_ONLY, learners_only
from certificates.models import Certificate, CertificateStatus
from courses.models import CoursePage, Enrolment
from reports.filters import ReportFilters

PERCENT = DecimalField(max_digits=5, decimal_places=2)


def _profile_q(filters: ReportFilters, prefix: str = "") -> Q:
    """The audience, organisation and sex filters, on a profile reached through `prefix`."""
    q = Q()
    if filters.audience:
        q &= Q(**{f"{prefix}audience": filters.audience})
    if filters.organisation_id:
        q &= Q(**{f"{prefix}organisation_id": filters.organisation_id})
    if filters.sex:
        q &= Q(**{f"{prefix}sex": filters.sex})
    return q


def _period_q(filters: ReportFilters, field: str) -> Q:
    """The period, on the date of `field`."""
    q = Q()
    if filters.date_from:
        q &= Q(**{f"{field}__date__gte": filters.date_from})
    if filters.date_to:
        q &= Q(**{f"{field}__date__lte": filters.date_to})
    return q


# Said on the dashboard, at the top of every export and in the completion report.
WHO_IS_COUNTED = LEARNERS_ONLY


def registered_learners(filters: ReportFilters) -> QuerySet[Profile]:
    return learners_only(Profile.objects.all()).filter(
        _profile_q(filters), _period_q(filters, "user__date_joined")
    )


def _profile_filters(enrolments: QuerySet[Enrolment], filters: ReportFilters):
    """Learners' enrolments (never staff's previews) matching the profile and course filters."""
    enrolments = learners_only(enrolments).filter(_profile_q(filters, "user__profile__"))
    if filters.course_id:
        enrolments = enrolments.filter(course_id=filters.course_id)
    return enrolments


def cohort(filters: ReportFilters) -> QuerySet[Enrolment]:
    """The enrolments the figures count (see the module docstring), with each enrolment's
    scores and certificate annotated."""
    return with_scores(_cohort_enrolments(filters))


def _cohort_enrolments(filters: ReportFilters) -> QuerySet[Enrolment]:
    """The cohort's enrolments without their scores: for a figure that needs none (the
    median), read without the joins."""
    return _profile_filters(Enrolment.objects.all(), filters).filter(
        _period_q(filters, "enrolled_at")
    )


def with_scores(enrolments: QuerySet[Enrolment]) -> QuerySet[Enrolment]:
    """Each enrolment's scores (assessments.EnrolmentResult, kept in step with its attempts)
    and current certificate, by joins: one row per enrolment, no per-row subqueries."""
    return enrolments.annotate(
        # Issued and not replaced by a reissue: valid, or revoked since (by erasure too, so
        # that an erasure never changes the programme's totals).
        current_certificate=FilteredRelation(
            "certificates", condition=~Q(certificates__status=CertificateStatus.SUPERSEDED)
        ),
    ).annotate(
        best_final=F("result__best_final"),
        latest_final=F("result__latest_final"),
        first_pre=F("result__first_pre_test"),
        passed_final=Coalesce(F("result__has_passed_final"), Value(False)),
        sat_final=Coalesce(F("result__has_sat_final"), Value(False)),
        certified=ExpressionWrapper(
            Q(current_certificate__id__isnull=False), output_field=BooleanField()
        ),
        certificate_code=F("current_certificate__code"),
        certificate_status=F("current_certificate__status"),
    )


def _rate(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _figures(queryset) -> dict:
    """The aggregates shared by the headline and every breakdown row."""
    return {
        # No join here multiplies rows (one result and at most one valid certificate per
        # enrolment: a partial unique constraint), so plain counts are exact.
        "enrolled": Count("pk"),
        "started": Count("pk", filter=Q(started_at__isnull=False)),
        "completed": Count("pk", filter=Q(completed_at__isnull=False)),
        "average_final": Avg("best_final"),
        "sat_final_count": Count("pk", filter=Q(sat_final=True)),
        "passed_count": Count("pk", filter=Q(passed_final=True)),
        "certificates": Count("pk", filter=Q(certified=True)),
        "certificates_revoked": Count(
            "pk", filter=Q(current_certificate__status=CertificateStatus.REVOKED)
        ),
    }


def _finish(row: dict) -> dict:
    row["completion_rate"] = _rate(row["completed"], row["enrolled"])
    row["pass_rate"] = _rate(row["passed_count"], row["sat_final_count"])
    if row.get("average_final") is not None:
        row["average_final"] = round(float(row["average_final"]), 1)
    return row


@dataclass
class Headline:
    registered: int
    enrolled: int
    started: int
    completed: int
    completion_rate: float | None
    median_days: float | None
    average_final: float | None
    pass_rate: float | None
    gain_count: int
    average_pre: float | None
    average_post: float | None
    average_gain: float | None
    average_normalised_gain: float | None
    certificates: int
    certificates_revoked: int


BOTH_SCORES = Q(first_pre__isnull=False, latest_final__isnull=False)


def _with_gain(enrolments: QuerySet[Enrolment]) -> QuerySet[Enrolment]:
    """Per enrolment with both a pre-test and a final: gain and normalised gain (else null)."""
    return enrolments.annotate(
        gain_value=Case(
            When(
                BOTH_SCORES,
                then=ExpressionWrapper(F("latest_final") - F("first_pre"), output_field=PERCENT),
            ),
            default=None,
            output_field=PERCENT,
        ),
        normalised_value=Case(
            When(
                BOTH_SCORES & Q(first_pre__lt=100),
                # In floating point: SQLite divides whole-number decimals as integers.
                then=Cast(F("latest_final") - F("first_pre"), FloatField())
                / Cast(Value(100) - F("first_pre"), FloatField()),
            ),
            default=None,
            output_field=FloatField(),
        ),
    )


def _gain_aggregates() -> dict:
    # Aggregate names must differ from the annotations they average.
    return {
        "gain_count": Count("pk", filter=BOTH_SCORES),
        "avg_pre": Avg("first_pre", filter=BOTH_SCORES),
        "avg_post": Avg("latest_final", filter=BOTH_SCORES),
        "avg_gain": Avg("gain_value"),
        "avg_normalised": Avg("normalised_value"),
    }


def _rounded(value, digits=1):
    return None if value is None else round(float(value), digits)


def _gain_figures(row: dict) -> dict:
    return {
        "gain_count": row["gain_count"],
        "average_pre": _rounded(row["avg_pre"]),
        "average_post": _rounded(row["avg_post"]),
        "average_gain": _rounded(row["avg_gain"]),
        "average_normalised_gain": _rounded(row["avg_normalised"], 3),
    }


class _Median(Aggregate):
    """PostgreSQL's median: the mean of the one or two middle values, as below."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = DurationField()


def median_days_to_complete(enrolments: QuerySet[Enrolment]) -> float | None:
    """The median in the database: on PostgreSQL its percentile (one query), elsewhere
    portably: count, then read the one or two middle rows."""
    done = enrolments.filter(completed_at__isnull=False).annotate(
        duration=ExpressionWrapper(
            F("completed_at") - F("enrolled_at"), output_field=DurationField()
        )
    )
    if connections[done.db].vendor == "postgresql":
        median = done.aggregate(median=_Median("duration"))["median"]
        return None if median is None else round(median.total_seconds() / 86400, 1)
    count = done.count()
    if not count:
        return None
    middle = list(
        done.order_by("duration", "pk").values_list("duration", flat=True)[
            (count - 1) // 2 : count // 2 + 1
        ]
    )
    seconds = sum(d.total_seconds() for d in middle) / len(middle)
    return round(seconds / 86400, 1)


def headline(filters: ReportFilters) -> Headline:
    enrolments = cohort(filters)
    # One pass over the cohort for every figure but the median and the registrations.
    row = _finish(_with_gain(enrolments).aggregate(**_figures(enrolments), **_gain_aggregates()))
    return _headline(filters, row)


def _headline(filters: ReportFilters, row: dict) -> Headline:
    """The headline from the cohort's `_finish`ed figures, with its median and registrations."""
    return Headline(
        registered=registered_learners(filters).count(),
        enrolled=row["enrolled"],
        started=row["started"],
        completed=row["completed"],
        completion_rate=row["completion_rate"],
        median_days=median_days_to_complete(_cohort_enrolments(filters)),
        average_final=row["average_final"],
        pass_rate=row["pass_rate"],
        certificates=row["certificates"],
        certificates_revoked=row["certificates_revoked"],
        **_gain_figures(row),
    )


BREAKDOWNS = {
    "course": ("course_id", "course__title", _("Course")),
    "audience": ("user__profile__audience", None, _("Audience")),
    "organisation": (
        "user__profile__organisation_id",
        "user__profile__organisation__name",
        _("Organisation"),
    ),
    "sex": ("user__profile__sex", None, _("Sex")),
}
BREAKDOWN_HEADINGS = {
    "course": _("By course"),
    "audience": _("By audience"),
    "organisation": _("By organisation"),
    "sex": _("By sex"),
}
LABELS = {"audience": dict(Audience.choices), "sex": dict(Sex.choices)}
NO_ORGANISATION = _("No organisation")


@dataclass(frozen=True)
class Categories:
    """The rows every breakdown shows, with or without enrolments: (id, name, is current), the
    courses by title and the organisations by name (two queries; the filter form's choices
    come from the same rows, so a page makes no more queries for them)."""

    courses: list[tuple[int, str, bool]]
    organisations: list[tuple[int, str, bool]]


def categories() -> Categories:
    return Categories(
        courses=list(CoursePage.objects.order_by("title", "pk").values_list("pk", "title", "live")),
        organisations=list(
            Organisation.objects.order_by("name", "pk").values_list("pk", "name", "is_active")
        ),
    )


def _expected(by: str, filters: ReportFilters, known: Categories) -> list[tuple]:
    """(key, label) of the categories a breakdown shows even when nobody falls in them: every
    choice, every published course, every active organisation; only the chosen one when the
    filters choose one."""
    chosen = {
        "course": filters.course_id,
        "organisation": filters.organisation_id,
        "audience": filters.audience,
        "sex": filters.sex,
    }[by]
    if by in LABELS:
        pairs = list(LABELS[by].items())
    else:
        rows = known.courses if by == "course" else known.organisations
        pairs = [(pk, name) for pk, name, current in rows if current or pk == chosen]
    return [(key, label) for key, label in pairs if not chosen or key == chosen]


EMPTY_FIGURES = {
    "enrolled": 0,
    "started": 0,
    "completed": 0,
    "average_final": None,
    "sat_final_count": 0,
    "passed_count": 0,
    "certificates": 0,
    "certificates_revoked": 0,
}


def breakdown(filters: ReportFilters, by: str, known: Categories | None = None) -> list[dict]:
    """Figures per course, audience, organisation or sex (one query), with every category that
    nobody falls in shown with zeros (from `known`, or two more queries): choices in their
    order, courses and organisations by name, learners without an organisation last."""
    key, label_field, _heading = BREAKDOWNS[by]
    fields = [key] + ([label_field] if label_field else [])
    enrolments = cohort(filters)
    rows = {
        row[key]: row
        for row in enrolments.values(*fields).annotate(**_figures(enrolments)).order_by()
    }
    return _arranged(by, filters, known or categories(), rows)


def _arranged(by: str, filters: ReportFilters, known: Categories, rows: dict) -> list[dict]:
    """A breakdown's rows (its figures by key) in order, with the categories nobody is in."""
    _key, label_field, _heading = BREAKDOWNS[by]
    expected = _expected(by, filters, known)
    ordered = [(value, label, rows.pop(value, None)) for value, label in expected]
    # Unpublished courses, inactive organisations, none: by key, none last.
    for value, row in sorted(rows.items(), key=lambda item: (item[0] is None, str(item[0]))):
        label = row.get(label_field) if label_field else LABELS[by].get(value)
        ordered.append((value, label, row))
    if label_field:
        ordered.sort(key=lambda item: (item[0] is None, str(item[1]).casefold()))
    result = []
    for value, label, row in ordered:
        label = label or (NO_ORGANISATION if by == "organisation" else value)
        figures = {**EMPTY_FIGURES, **{f: v for f, v in (row or {}).items() if f in EMPTY_FIGURES}}
        result.append(_finish({**figures, "key": value, "label": str(label)}))
    return result


# --- The dashboard's figures in one pass -----------------------------------------------------

# The cohort grouped by every breakdown's key at once: the headline, each breakdown and the
# knowledge gain by course are sums over these cells (at most courses x audiences x
# organisations x sexes of them, however many learners), so one scan of the cohort gives what
# `headline`, four `breakdown`s and `knowledge_gain_by_course` read in six.
# Keyed by ids only: the names come from the categories (`known`), so the query neither joins
# the pages and organisations nor sorts their names.
CELL_FIELDS = tuple(key for key, _label, _heading in BREAKDOWNS.values())


def _cell_sums() -> dict:
    """What adds up across cells: `_figures`' counts, and sums with the counts they average."""
    counts = {name: value for name, value in _figures(None).items() if name != "average_final"}
    return counts | {
        "final_sum": Sum("best_final"),
        "final_count": Count("best_final"),
        "gain_count": Count("pk", filter=BOTH_SCORES),
        "pre_sum": Sum("first_pre", filter=BOTH_SCORES),
        "post_sum": Sum("latest_final", filter=BOTH_SCORES),
        "gain_sum": Sum("gain_value"),
        "normalised_sum": Sum("normalised_value"),
        "normalised_count": Count("normalised_value"),
    }


CELL_SUMS = tuple(_cell_sums())


def _total(cells: list[dict]) -> dict:
    total = dict.fromkeys(CELL_SUMS, 0)
    for cell in cells:
        for name in CELL_SUMS:
            if cell[name] is not None:
                total[name] += cell[name]
    return total


def _groups(cells: list[dict], key: str) -> dict[object, list[dict]]:
    groups: dict = {}
    for cell in cells:
        groups.setdefault(cell[key], []).append(cell)
    return groups


def _mean(part, whole):
    """A sum over its count, as the database's AVG gives it (exact for decimals)."""
    if not whole:
        return None
    return part / whole if isinstance(part, float) else Decimal(part) / whole


def _figures_of(total: dict) -> dict:
    """Cells' total as `_figures` and `_gain_aggregates` give a group, `_finish`ed."""
    row = {name: total[name] for name in EMPTY_FIGURES if name != "average_final"}
    return _finish(
        row
        | {
            "average_final": _mean(total["final_sum"], total["final_count"]),
            "gain_count": total["gain_count"],
            "avg_pre": _mean(total["pre_sum"], total["gain_count"]),
            "avg_post": _mean(total["post_sum"], total["gain_count"]),
            "avg_gain": _mean(total["gain_sum"], total["gain_count"]),
            "avg_normalised": _mean(total["normalised_sum"], total["normalised_count"]),
        }
    )


@dataclass
class ProgrammeFigures:
    headline: Headline
    breakdowns: dict[str, list[dict]]  # by BREAKDOWNS key
    gain_by_course: list[dict]


def programme_figures(filters: ReportFilters, known: Categories | None = None) -> ProgrammeFigures:
    """What `headline`, every `breakdown` and `knowledge_gain_by_course` give (held equal by
    tests), from one grouped query of the cohort, plus the headline's median and
    registrations: the dashboard's figures in 3 or 4 queries (the median: see
    median_days_to_complete) rather than 8 or 9."""
    known = known or categories()
    enrolments = cohort(filters)
    cells = list(_with_gain(enrolments).values(*CELL_FIELDS).annotate(**_cell_sums()).order_by())
    breakdowns = {}
    names = {
        "course_id": {pk: title for pk, title, _live in known.courses},
        "user__profile__organisation_id": {pk: name for pk, name, _active in known.organisations},
    }
    for by, (key, label_field, _heading) in BREAKDOWNS.items():
        rows = {
            value: _figures_of(_total(group))
            | ({label_field: names[key].get(value)} if label_field else {})
            for value, group in _groups(cells, key).items()
        }
        breakdowns[by] = _arranged(by, filters, known, rows)
    # Knowledge gain: the courses with learners who sat both, in the courses' order (by title).
    course_order = {pk: place for place, (pk, _title, _live) in enumerate(known.courses)}
    gain = []
    for course_id, group in _groups(cells, "course_id").items():
        figures = _figures_of(_total(group))
        if figures["gain_count"]:
            gain.append(
                {
                    "key": course_id,
                    "label": names["course_id"].get(course_id),
                    "learners": figures["gain_count"],
                }
                | _gain_figures(figures)
            )
    gain.sort(key=lambda row: course_order.get(row["key"], len(course_order)))
    return ProgrammeFigures(
        headline=_headline(filters, _figures_of(_total(cells))),
        breakdowns=breakdowns,
        gain_by_course=gain,
    )


def participants_by_organisation_and_sex(
    filters: ReportFilters, known: Categories | None = None
) -> list[dict]:
    """People (not enrolments) in the cohort, per organisation, split by sex: every active
    organisation, with zeros when none of its people is in the cohort."""
    enrolments = cohort(filters)
    counts = {
        sex: Count("user_id", filter=Q(user__profile__sex=sex), distinct=True) for sex in Sex.values
    }
    rows = {
        row["user__profile__organisation_id"]: row
        for row in enrolments.values(
            "user__profile__organisation_id", "user__profile__organisation__name"
        ).annotate(total=Count("user_id", distinct=True), **counts)
    }
    zeros = {"total": 0, **dict.fromkeys(Sex.values, 0)}
    found = [
        (pk, name, {**zeros, **rows.pop(pk, {})})
        for pk, name in _expected("organisation", filters, known or categories())
    ]
    found += [(pk, row["user__profile__organisation__name"], row) for pk, row in rows.items()]
    found.sort(key=lambda item: (item[0] is None, str(item[1]).casefold()))
    return [
        {**row, "organisation": str(name or NO_ORGANISATION), "key": pk} for pk, name, row in found
    ]


# Enough months to show every month of a multi-year period, not a table without end.
MAX_TREND_MONTHS = 120


def _months(first: date, last: date) -> list[date]:
    months, month = [], first
    while month <= last and len(months) < MAX_TREND_MONTHS:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def monthly_trend(filters: ReportFilters) -> list[dict]:
    """Enrolments per month of enrolment, and completions per month of completion, within the
    period (two queries): every month from the period's start (or the first month with
    either) to its end (or the last such month; never past this month), zeros included."""
    base = _profile_filters(Enrolment.objects.all(), filters)
    months: dict = {}
    for key, field in (("enrolled", "enrolled_at"), ("completed", "completed_at")):
        rows = (
            base.filter(**{f"{field}__isnull": False})
            .filter(_period_q(filters, field))
            .annotate(month=TruncMonth(field))
            .values("month")
            .annotate(n=Count("pk"))
        )
        for row in rows:
            months.setdefault(row["month"].date(), {"enrolled": 0, "completed": 0})[key] = row["n"]
    if not months:
        return []
    this_month = timezone.localdate().replace(day=1)
    first = min(months)
    if filters.date_from:
        first = min(first, filters.date_from.replace(day=1))
    last = max(months)
    if filters.date_to:
        last = max(last, min(filters.date_to.replace(day=1), this_month))
    span = _months(first, last)
    if len(span) == MAX_TREND_MONTHS:  # a period of decades: the months with figures only
        span = sorted(months)
    return [
        {"month": month, **months.get(month, {"enrolled": 0, "completed": 0})} for month in span
    ]


FIGURE_FILTERS = {
    "enrolled": Q(),
    "started": Q(started_at__isnull=False),
    "completed": Q(completed_at__isnull=False),
    "sat_final": Q(sat_final=True),
    "passed": Q(passed_final=True),
    "certified": Q(certified=True),
    "gain": Q(first_pre__isnull=False, latest_final__isnull=False),
}


# The drill-down's order: by surname, then first name; a person's enrolments in the order they
# were made. Unique, so that a page can start after any row (keyset pagination).
LEARNERS_ORDER = ("user__last_name", "user__first_name", "user_id", "pk")


def learners(filters: ReportFilters, figure: str = "enrolled") -> QuerySet[Enrolment]:
    """The enrolments behind a figure (drill-down), with learner, organisation and scores."""
    return (
        cohort(filters)
        .filter(FIGURE_FILTERS.get(figure, Q()))
        .select_related("user", "user__profile", "user__profile__organisation", "course")
        .order_by(*LEARNERS_ORDER)
    )


def _beyond(key: tuple, *, backwards: bool) -> Q:
    """The rows after `key` in LEARNERS_ORDER (before it, `backwards`): the row comparison
    (a, b, c, d) > (x, y, z, w) written out, with a >= x in front for the index to start at."""
    step = "lt" if backwards else "gt"
    fields = LEARNERS_ORDER
    q = Q(**{f"{fields[-1]}__{step}": key[-1]})
    for field, value in zip(fields[-2::-1], key[-2::-1], strict=True):
        q = Q(**{f"{field}__{step}": value}) | (Q(**{field: value}) & q)
    return Q(**{f"{fields[0]}__{step}e": key[0]}) & q


@dataclass
class LearnersPage:
    """One page of a drill-down: its enrolments, and whether there are rows on either side."""

    enrolments: list
    has_previous: bool
    has_next: bool

    @property
    def first_pk(self):
        return self.enrolments[0].pk if self.enrolments else None

    @property
    def last_pk(self):
        return self.enrolments[-1].pk if self.enrolments else None


def learners_page(
    filters: ReportFilters,
    figure: str = "enrolled",
    *,
    after: int | None = None,
    before: int | None = None,
    size: int = 50,
) -> LearnersPage:
    """The `size` enrolments of a figure after the enrolment `after` (or before `before`), in
    LEARNERS_ORDER: at most two queries, whatever the page, because nothing counts or skips
    the rows before it (an offset page 2,000 deep would sort and skip 100,000 rows). A cursor
    that names no enrolment (erased since, or typed) starts from the first page."""
    cursor = after if after is not None else before
    key = None
    if cursor is not None:
        key = Enrolment.objects.filter(pk=cursor).values_list(*LEARNERS_ORDER).first()
    rows = learners(filters, figure)
    if key is not None and before is not None:
        found = list(rows.filter(_beyond(key, backwards=True)).reverse()[: size + 1])
        if found:
            return LearnersPage(found[:size][::-1], has_previous=len(found) > size, has_next=True)
        key = None  # nothing before it any more: the first page
    if key is not None:
        rows = rows.filter(_beyond(key, backwards=False))
    found = list(rows[: size + 1])
    return LearnersPage(found[:size], has_previous=key is not None, has_next=len(found) > size)


def certified_participants(filters: ReportFilters) -> QuerySet[Certificate]:
    """The annex of the completion report: current certificates of the cohort."""
    return (
        Certificate.objects.filter(enrolment__in=cohort(filters).values("pk"))
        .exclude(status__in=[CertificateStatus.SUPERSEDED, CertificateStatus.REVOKED])
        .select_related("enrolment__user__profile__organisation")
        .order_by("course_title", "holder_name", "pk")
    )


FIGURE_LABELS = {
    "enrolled": _("Enrolments"),
    "started": _("Enrolments started"),
    "completed": _("Enrolments completed"),
    "sat_final": _("Sat the final assessment"),
    "passed": _("Passed the final assessment"),
    "certified": _("Certified"),
    "gain": _("With a pre-test and a final (knowledge gain)"),
}


def knowledge_gain_by_course(filters: ReportFilters) -> list[dict]:
    """Average pre-test, final, gain and normalised gain per course (one query)."""
    rows = (
        _with_gain(cohort(filters).filter(BOTH_SCORES))
        .values("course_id", "course__title")
        .annotate(**_gain_aggregates())
        .order_by("course__title")
    )
    return [
        {"key": row["course_id"], "label": row["course__title"], "learners": row["gain_count"]}
        | _gain_figures(row)
        for row in rows
    ]
