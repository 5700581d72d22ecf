"""Filters of the assessments admin: the question bank's, the quiz results listing's course
filter (the courses the person follows), and a quiz's attempts by result."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from assessments import selectors
from assessments.blocks import QUESTION_TYPES
from assessments.models import Question, QuestionCategory, QuizAttempt, QuizPage
from core.filters import IdModelChoiceFilter
from courses.selectors import courses_managed_by


class QuestionFilterSet(WagtailFilterSet):
    """By type (as people name them: "Single choice", ...), category, tag and whether the
    question is drawn."""

    kind = django_filters.ChoiceFilter(
        label=_("Type"),
        choices=list(QUESTION_TYPES.items()),
        empty_label=_("All types"),
        method="filter_kind",
    )
    category = IdModelChoiceFilter(
        label=_("Category"), queryset=QuestionCategory.objects.all(), empty_label=_("All")
    )
    tag = django_filters.CharFilter(field_name="tags__name", label=_("Tag"), distinct=True)

    class Meta:
        model = Question
        fields = ["kind", "category", "is_active", "tag"]

    def filter_kind(self, queryset, name, value):
        # The body is one block: its type is the first item's (a JSON lookup, both databases).
        return queryset.filter(body__0__type=value)


def _followed_courses(request):
    return courses_managed_by(user=request.user).order_by("title")


class QuizFilterSet(WagtailFilterSet):
    """By course (radio buttons: long titles wrap in the filter drawer); Wagtail adds a
    locale filter when the site has content in several languages."""

    course = IdModelChoiceFilter(
        label=_("Course"),
        queryset=_followed_courses,
        empty_label=_("All"),
        blank=True,  # keeps "All" among the radio buttons
        widget=forms.RadioSelect,
        method="filter_course",
    )

    class Meta:
        model = QuizPage
        fields = []

    def filter_course(self, queryset, name, value):
        return selectors.quizzes_in_course(queryset, value)


class AttemptFilterSet(WagtailFilterSet):
    """A quiz's graded attempts by result, and whether they were regraded."""

    has_passed = django_filters.ChoiceFilter(
        label=_("Result"),
        choices=[("true", _("Passed")), ("false", _("Not passed"))],
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="filter_passed",
    )
    regraded = django_filters.ChoiceFilter(
        label=_("Regraded"),
        choices=[("true", _("Regraded")), ("false", _("Not regraded"))],
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="filter_regraded",
    )

    class Meta:
        model = QuizAttempt
        fields = []

    def filter_passed(self, queryset, name, value):
        return queryset.filter(has_passed=value == "true")

    def filter_regraded(self, queryset, name, value):
        return queryset.filter(regraded_at__isnull=value != "true")
