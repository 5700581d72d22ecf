"""Admin viewsets of assessments: the question bank (snippets) and quiz results for those who
follow courses."""

from django.urls import path
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from assessments import admin_views
from assessments.filters import QuestionFilterSet
from assessments.models import Question, QuestionCategory
from core.admin_menu import PredicateMenuItem
from courses.selectors import user_follows_courses


class FollowedCoursesMenuItem(PredicateMenuItem):
    shown_to = staticmethod(user_follows_courses)


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


class QuizResultsViewSet(ViewSet):
    """/admin/assessments/quizzes/ (the quizzes of the courses the person follows, with the
    results view that Wagtail's filters fetch), and each quiz's results and regrading."""

    name = "assessments_admin"
    url_prefix = "assessments"
    icon = "help"
    menu_label = "Quiz results"
    menu_order = 232
    add_to_admin_menu = True
    menu_item_class = FollowedCoursesMenuItem

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
            path(
                "quizzes/<id:quiz_id>/regrade/",
                admin_views.quiz_regrade,
                name="regrade",
            ),
        ]
