"""The filters every report figure, table, export and PDF is computed under, parsed and checked
at the edge (a form), and stated in words in every export."""

from dataclasses import asdict, dataclass
from datetime import date

from django import forms
from django.utils.dateformat import format as date_format

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

    def describe(self) -> list[tuple[str, str]]:
        """The filters in words, for the page, the exports and the PDF cover."""
        course = (
            CoursePage.objects.filter(pk=self.course_id).values_list("title", flat=True).first()
            if self.course_id
            else None
        )
        organisation = (
            Organisation.objects.filter(pk=self.organisation_id)
            .values_list("name", flat=True)
            .first()
            if self.organisation_id
            else None
        )
        period = "all time"
        if self.date_from or self.date_to:
            start = date_format(self.date_from, "j F Y") if self.date_from else "the beginning"
            end = date_format(self.date_to, "j F Y") if self.date_to else "today"
            period = f"{start} to {end}"
        return [
            ("Period (enrolment dates)", period),
            ("Course", course or "All courses"),
            ("Audience", Audience(self.audience).label if self.audience else "All audiences"),
            ("Organisation", organisation or "All organisations"),
            ("Sex", Sex(self.sex).label if self.sex else "All"),
        ]


class ReportFilterForm(forms.Form):
    course = IdModelChoiceField(
        queryset=CoursePage.objects.order_by("title"), required=False, empty_label="All courses"
    )
    audience = forms.ChoiceField(choices=[("", "All audiences"), *Audience.choices], required=False)
    organisation = IdModelChoiceField(
        queryset=Organisation.objects.order_by("name"),
        required=False,
        empty_label="All organisations",
    )
    sex = forms.ChoiceField(choices=[("", "All"), *Sex.choices], required=False)
    date_from = forms.DateField(
        label="Enrolled from", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label="Enrolled to", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError("The period ends before it starts.")
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
