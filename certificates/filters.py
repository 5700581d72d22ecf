"""The certificates admin listing's filters: status (expired and "PDF not rendered yet"
included), course and template. The listing's search box covers code, holder and course."""

import django_filters
from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from certificates import selectors
from certificates.models import Certificate, CertificateTemplate
from core.filters import IdModelChoiceFilter
from courses.models import CoursePage


def _courses(request):
    return CoursePage.objects.order_by("title").only("pk", "title")


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=selectors.ADMIN_STATUS_CHOICES,
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="filter_status",
    )
    # Radio buttons: long course titles wrap in the filter drawer, where a select is cut off.
    course = IdModelChoiceFilter(
        label=_("Course"),
        field_name="enrolment__course",
        queryset=_courses,
        empty_label=_("All"),
        blank=True,  # keeps "All" among the radio buttons
        widget=forms.RadioSelect,
    )
    template = IdModelChoiceFilter(
        label=_("Template"),
        queryset=CertificateTemplate.objects.order_by("name").only("pk", "name"),
        empty_label=_("All"),
        blank=True,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Certificate
        fields = []

    def filter_status(self, queryset, name, value):
        return selectors.certificates_with_status(queryset, value)


def certificates_matching(request) -> QuerySet[Certificate] | None:
    """The certificates the listing shows for this request's filters and search (what "all in
    listing" means to a bulk action); None when a filter value is not valid, so that a bulk
    action never falls back to every certificate."""
    filters = CertificateFilterSet(
        request.GET, queryset=selectors.certificates_for_admin(), request=request
    )
    if not filters.is_valid():
        return None
    return selectors.certificates_search(filters.qs, request.GET.get("q", ""))
