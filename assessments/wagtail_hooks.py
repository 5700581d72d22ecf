import django_filters
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from assessments import admin_views
from assessments.models import Question, QuestionCategory
from courses.admin_views import FollowedCoursesMenuItem


class QuestionFilterSet(WagtailFilterSet):
    tag = django_filters.CharFilter(field_name="tags__name", label="Tag", distinct=True)

    class Meta:
        model = Question
        fields = ["category", "is_active"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = "Questions"
    list_display = ["title", "category", "kind", "updated_at"]
    filterset_class = QuestionFilterSet
    search_fields = ["title"]


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = "Categories"
    list_display = ["name", "description"]


class QuestionBankGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, QuestionCategoryViewSet)
    menu_icon = "help"
    menu_label = "Question bank"
    menu_name = "question-bank"
    menu_order = 220


register_snippet(QuestionBankGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "assessments/results/",
            admin_views.QuizzesView.as_view(),
            name="assessments_admin_quizzes",
        ),
        path(
            "assessments/quizzes/<int:quiz_id>/results/",
            admin_views.QuizResultsView.as_view(),
            name="assessments_admin_results",
        ),
        path(
            "assessments/quizzes/<int:quiz_id>/regrade/",
            admin_views.quiz_regrade,
            name="assessments_admin_regrade",
        ),
    ]


@hooks.register("register_admin_menu_item")
def quiz_results_menu_item():
    return FollowedCoursesMenuItem(
        "Quiz results", reverse("assessments_admin_quizzes"), icon_name="help", order=232
    )
