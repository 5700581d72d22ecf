"""Filters of the assessments admin: the question bank's, and the quiz results listing's
course filter (the courses the person follows)."""

import django_filters
from django import forms
from wagtail.admin.filters import WagtailFilterSet

from assessments import selectors
from assessments.models import Question, QuizPage
from core.filters import IdModelChoiceFilter
from courses.selectors import courses_managed_by


class QuestionFilterSet(WagtailFilterSet):
    tag = django_filters.CharFilter(field_name="tags__name", label="Tag", distinct=True)

    class Meta:
        model = Question
        fields = ["category", "is_active"]


def _followed_courses(request):
    return courses_managed_by(user=request.user).order_by("title")


class QuizFilterSet(WagtailFilterSet):
    """By course (radio buttons: long titles wrap in the filter drawer); Wagtail adds a
    locale filter when the site has content in several languages."""

    course = IdModelChoiceFilter(
        label="Course",
        queryset=_followed_courses,
        empty_label="All",
        blank=True,  # keeps "All" among the radio buttons
        widget=forms.RadioSelect,
        method="filter_course",
    )

    class Meta:
        model = QuizPage
        fields = []

    def filter_course(self, queryset, name, value):
        return selectors.quizzes_in_course(queryset, value)
