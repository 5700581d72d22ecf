"""The course learners listing's filter: where each learner is in the course."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from courses.models import Enrolment
from courses.selectors import LEARNER_STATUS_CHOICES


class LearnerFilterSet(WagtailFilterSet):
    """Reads and checks the status; the listing's selector (`course_learners`) applies it, so
    the rule for "in progress" and the others is written once."""

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[choice for choice in LEARNER_STATUS_CHOICES if choice[0]],
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="applied_by_the_selector",
    )

    class Meta:
        model = Enrolment
        fields = []

    def applied_by_the_selector(self, queryset, name, value):
        return queryset
