"""Admin viewsets of assessments: the question bank (snippets, with choosers that search and
show each question's type and category), quiz results for those who follow courses, and the
trainers' previews of a question or a quiz."""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from assessments import admin_views
from assessments.filters import QuestionFilterSet
from assessments.models import Question, QuestionCategory
from core.admin_menu import PredicateMenuItem
from core.search import search_words
from courses.selectors import user_follows_courses


class FollowedCoursesMenuItem(PredicateMenuItem):
    shown_to = staticmethod(user_follows_courses)


def _type_column():
    return Column("kind_label", label=_("Type"), accessor="kind_label")


def _category_column(**kwargs):
    return Column("category", label=_("Category"), accessor="category.name", **kwargs)


class QuestionChooseMixin:
    """The question chooser (a quiz's fixed questions) lists each question's type and
    category beside its words; it searches the bank's index (title, text, ID number)."""

    def get_object_list(self):
        return super().get_object_list().select_related("category")

    @property
    def columns(self):
        return [*super().columns, _type_column(), _category_column()]


class QuestionChooseView(QuestionChooseMixin, ChooseView):
    pass


class QuestionChooseResultsView(QuestionChooseMixin, ChooseResultsView):
    pass


class QuestionChooserViewSet(SnippetChooserViewSet):
    choose_view_class = QuestionChooseView
    choose_results_view_class = QuestionChooseResultsView


class CategorySearchForm(BaseFilterForm):
    """Finds categories whose name holds every word typed (a database search: no index to
    rebuild, and nothing typed can be search syntax)."""

    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Search categories")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        words = search_words(self.cleaned_data.get("q", ""))
        for word in words.split():
            objects = objects.filter(name__icontains=word)
        if words:
            self.is_searching = True
            self.search_query = self.cleaned_data["q"]
        return objects


class CategoryChooseMixin:
    filter_form_class = CategorySearchForm

    @property
    def title_column(self):
        column = super().title_column
        column.label = _("Name")
        return column


class CategoryChooseView(CategoryChooseMixin, ChooseView):
    pass


class CategoryChooseResultsView(CategoryChooseMixin, ChooseResultsView):
    pass


class QuestionCategoryChooserViewSet(SnippetChooserViewSet):
    """The category chooser of a question and of a quiz's random draw: a search box over a
    list that may grow to hundreds of categories."""

    choose_view_class = CategoryChooseView
    choose_results_view_class = CategoryChooseResultsView


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = [
        "__str__",
        _type_column(),
        _category_column(sort_key="category__name"),
        DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]
    list_per_page = 50
    filterset_class = QuestionFilterSet
    search_fields = ["title", "reference"]
    chooser_viewset_class = QuestionChooserViewSet
    chooser_per_page = 20

    def get_queryset(self, request):
        return Question.objects.select_related("category")


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name", "description"]
    search_fields = ["name", "description"]
    chooser_viewset_class = QuestionCategoryChooserViewSet
    chooser_per_page = 20


class QuestionBankGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, QuestionCategoryViewSet)
    menu_icon = "help"
    menu_label = _("Question bank")
    menu_name = "question-bank"
    menu_order = 220


class QuizResultsViewSet(ViewSet):
    """/admin/assessments/quizzes/ (the quizzes of the courses the person follows, with the
    results view that Wagtail's filters fetch), each quiz's results, its attempts and its
    course's knowledge gain per learner (paged listings) and regrading, and the
    previews of a question (/admin/assessments/questions/<id>/preview/) and of a quiz
    (/admin/assessments/quizzes/<id>/preview/)."""

    name = "assessments_admin"
    url_prefix = "assessments"
    icon = "help"
    menu_label = _("Quiz results")
    menu_order = 232
    add_to_admin_menu = True
    menu_item_class = FollowedCoursesMenuItem

    def _quiz_listing(self, name: str, view):
        """A listing of one quiz's results and the part Wagtail's filters fetch."""
        return [
            path(f"quizzes/<id:quiz_id>/{name}/", view.as_view(), name=name),
            path(
                f"quizzes/<id:quiz_id>/{name}/results/",
                view.as_view(results_only=True),
                name=f"{name}_results",
            ),
        ]

    def get_urlpatterns(self):
        index = {
            "index_url_name": self.get_url_name("quizzes"),
            "index_results_url_name": self.get_url_name("quizzes_results"),
        }
        return [
            path("quizzes/", admin_views.QuizzesIndexView.as_view(**index), name="quizzes"),
            path(
                "quizzes/results/",
                admin_views.QuizzesIndexView.as_view(**index, results_only=True),
                name="quizzes_results",
            ),
            path(
                "quizzes/<id:quiz_id>/results/",
                admin_views.QuizResultsView.as_view(),
                name="results",
            ),
            *self._quiz_listing("attempts", admin_views.QuizAttemptsIndexView),
            *self._quiz_listing("gain", admin_views.KnowledgeGainIndexView),
            path(
                "quizzes/<id:quiz_id>/regrade/",
                admin_views.quiz_regrade,
                name="regrade",
            ),
            path(
                "quizzes/<id:quiz_id>/preview/",
                admin_views.quiz_preview,
                name="quiz_preview",
            ),
            path(
                "questions/<id:question_id>/preview/",
                admin_views.question_preview,
                name="question_preview",
            ),
        ]
