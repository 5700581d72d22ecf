"""The filters every report figure, table, export and PDF is computed under, parsed and checked
at the edge (a form), and stated in words in every export."""

from dataclasses import asdict, dataclass
from datetime import date

from django import forms
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Audience, Organisation, Sex
from core.forms import IdModelChoiceField
from courses.models import CoursePage


@dataclass(frozen=True)
class ReportFilters:
    course_id: int | None = None
    audience: str = ""
    organisation_id: int | None = None
    sex: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def as_query(self) -> dict:
        """The filters as GET parameters (for links to drill-downs and exports)."""
        names = {"course_id": "course", "organisation_id": "organisation"}
        query = {}
        for key, value in asdict(self).items():
            if value not in (None, ""):
                query[names.get(key, key)] = value.isoformat() if isinstance(value, date) else value
        return query

    def as_json(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict) -> "ReportFilters":
        values = dict(data)
        for key in ("date_from", "date_to"):
            if values.get(key):
                values[key] = date.fromisoformat(values[key])
        return cls(**values)

    def describe(self, known=None) -> list[tuple[str, str]]:
        """The filters in words, for the page, the exports and the PDF cover. `known`
        (reports.selectors.Categories) names the course and organisation without a query."""
        course = _name(self.course_id, known and known.courses, CoursePage, "title")
        organisation = _name(
            self.organisation_id, known and known.organisations, Organisation, "name"
        )
        period = _("all time")
        if self.date_from or self.date_to:
            start = date_format(self.date_from, "j F Y") if self.date_from else _("the beginning")
            end = date_format(self.date_to, "j F Y") if self.date_to else _("today")
            period = _("%(start)s to %(end)s") % {"start": start, "end": end}
        return [
            (_("Period (enrolment dates)"), period),
            (_("Course"), course or _("All courses")),
            (_("Audience"), Audience(self.audience).label if self.audience else _("All audiences")),
            (_("Organisation"), organisation or _("All organisations")),
            (_("Sex"), Sex(self.sex).label if self.sex else _("All")),
        ]


def _name(pk, rows, model, field: str) -> str | None:
    if not pk:
        return None
    if rows is not None:
        return next((name for row_pk, name, _current in rows if row_pk == pk), None)
    return model.objects.filter(pk=pk).values_list(field, flat=True).first()


class ReportFilterForm(forms.Form):
    course = IdModelChoiceField(
        queryset=CoursePage.objects.order_by("title", "pk"),
        required=False,
        empty_label=gettext_lazy("All courses"),
        label=gettext_lazy("Course"),
    )
    audience = forms.ChoiceField(
        choices=[("", gettext_lazy("All audiences")), *Audience.choices],
        required=False,
        label=gettext_lazy("Audience"),
    )
    organisation = IdModelChoiceField(
        queryset=Organisation.objects.order_by("name", "pk"),
        required=False,
        empty_label=gettext_lazy("All organisations"),
        label=gettext_lazy("Organisation"),
    )
    sex = forms.ChoiceField(
        choices=[("", gettext_lazy("All")), *Sex.choices],
        required=False,
        label=gettext_lazy("Sex"),
    )
    date_from = forms.DateField(
        label=gettext_lazy("Enrolled from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=gettext_lazy("Enrolled to"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, known=None, **kwargs):
        """`known` (reports.selectors.Categories): the courses and organisations to offer,
        already read for the breakdowns, so that drawing the form makes no query."""
        super().__init__(*args, **kwargs)
        if known is not None:
            for name, rows in (("course", known.courses), ("organisation", known.organisations)):
                field = self.fields[name]
                field.choices = [("", field.empty_label), *((pk, label) for pk, label, _ in rows)]

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data

    def filters(self) -> ReportFilters:
        data = self.cleaned_data
        return ReportFilters(
            course_id=data["course"].pk if data.get("course") else None,
            audience=data.get("audience") or "",
            organisation_id=data["organisation"].pk if data.get("organisation") else None,
            sex=data.get("sex") or "",
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
        )
