"""Admin screens for trainers and programme managers: the quizzes of the courses they follow
(a Wagtail index view, filtered by course), each quiz's results (attempts, score distribution,
item statistics) and regrading after a question was corrected; and the trainers' previews of a
question or a quiz as learners see it (assessments/previews.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from assessments import previews, selectors, services
from assessments.blocks import QUESTION_TYPES
from assessments.filters import QuizFilterSet
from assessments.models import Question, QuizKind, QuizPage
from core.admin_views import GuardedIndexView
from courses.selectors import item_course, user_can_manage_course, user_follows_courses


def _quiz_for(request, quiz_id: int) -> QuizPage:
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    if not user_can_manage_course(user=request.user, course=item_course(item=quiz)):
        raise PermissionDenied
    return quiz


class QuizzesIndexView(GuardedIndexView):
    allowed = staticmethod(user_follows_courses)
    page_title = _("Quiz results")
    header_icon = "help"
    verbose_name = _("quiz")
    verbose_name_plural = "quizzes"
    filterset_class = QuizFilterSet
    default_ordering = "path"
    columns = [
        TitleColumn(
            "title", label=_("Quiz"), url_name="assessments_admin:results", sort_key="title"
        ),
        Column("course_title", label=_("Course"), sort_key="course_title"),
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        Column("graded_count", label=_("Graded attempts"), sort_key="graded_count"),
        Column(
            "average_percent",
            label=_("Average score"),
            accessor=lambda q: "—" if q.average_percent is None else f"{q.average_percent:.0f}%",
            sort_key="average_percent",
        ),
    ]

    def get_base_queryset(self):
        return selectors.quizzes_followed_by(user=self.request.user)

    @cached_property
    def no_results_message(self):
        if self.is_filtering:
            return "No quizzes in this course."
        return "No quizzes in the courses you follow."


class QuizResultsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "assessments/admin/results.html"
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        self.quiz = _quiz_for(request, kwargs["quiz_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Results: {self.quiz.title}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("assessments_admin:quizzes"), "label": "Quiz results"},
            {"url": "", "label": self.quiz.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        course = item_course(item=self.quiz)
        results = selectors.quiz_results(quiz=self.quiz)
        context.update(
            quiz=self.quiz,
            course=course,
            results=results,
            # Each item with its question type as people say it ("True or false").
            item_rows=[(item, QUESTION_TYPES.get(item.kind, item.kind)) for item in results.items],
            gain=selectors.course_knowledge_gain(course=course)
            if self.quiz.kind in (QuizKind.PRE_TEST, QuizKind.FINAL)
            else None,
        )
        return context


@require_POST
def quiz_regrade(request, quiz_id: int):
    quiz = _quiz_for(request, quiz_id)
    result = services.quiz_regrade(quiz=quiz, actor=request.user)
    record = result.record
    messages.success(
        request,
        f"Regraded {record.attempts_regraded} attempts: {record.attempts_changed} changed, "
        f"{result.newly_passed} now pass.",
    )
    return redirect("assessments_admin:results", quiz_id=quiz.pk)


PREVIEW_TEMPLATE = "assessments/admin/preview.html"


@never_cache
@require_GET
def question_preview(request, question_id: int):
    """A question of the bank as an attempt shows it, for those who may edit the bank."""
    if not request.user.has_perm("assessments.change_question"):
        raise PermissionDenied
    question = get_object_or_404(Question, pk=question_id)
    context = previews.question_preview_context(question=question, request=request)
    return TemplateResponse(request, PREVIEW_TEMPLATE, context)


@never_cache
@require_GET
def quiz_preview(request, quiz_id: int):
    """A quiz's questions as an attempt would draw them, from its latest revision (a draft
    too), for those who may edit the quiz page."""
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    if not quiz.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    latest = quiz.get_latest_revision_as_object()
    context = previews.quiz_preview_context(quiz=latest, request=request)
    return TemplateResponse(request, PREVIEW_TEMPLATE, context)
