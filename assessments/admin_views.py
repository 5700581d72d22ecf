"""Admin screens for trainers and programme managers: the quizzes of the courses they follow
(a Wagtail index view, filtered by course), each quiz's results (attempts, score distribution,
item statistics) and regrading after a question was corrected; and the trainers' previews of a
question or a quiz as learners see it (assessments/previews.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.selectors import LEARNERS_ONLY
from assessments import previews, selectors, services
from assessments.blocks import QUESTION_TYPES
from assessments.filters import AttemptFilterSet, QuizFilterSet
from assessments.models import Question, QuizKind, QuizPage
from core.admin_views import GuardedIndexView, percent_cell, person_cell
from courses.selectors import item_course, user_can_manage_course, user_follows_courses


def _quiz_for(request, quiz_id: int) -> QuizPage:
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    if not user_can_manage_course(user=request.user, course=item_course(item=quiz)):
        raise PermissionDenied
    return quiz


class QuizzesIndexView(GuardedIndexView):
    allowed = staticmethod(user_follows_courses)
    counted = LEARNERS_ONLY
    page_title = _("Quiz results")
    header_icon = "help"
    verbose_name = _("quiz")
    verbose_name_plural = _("quizzes")
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
            accessor=lambda q: percent_cell(q.average_percent),
            sort_key="average_percent",
        ),
    ]

    def get_base_queryset(self):
        return selectors.quizzes_followed_by(user=self.request.user)

    @cached_property
    def no_results_message(self):
        if self.is_filtering:
            return gettext("No quizzes in this course.")
        return gettext("No quizzes in the courses you follow.")


class QuizResultsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "assessments/admin/results.html"
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        self.quiz = _quiz_for(request, kwargs["quiz_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Results: %(quiz)s") % {"quiz": self.quiz.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("assessments_admin:quizzes"), "label": gettext("Quiz results")},
            {"url": "", "label": self.quiz.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        course = item_course(item=self.quiz)
        results = selectors.quiz_results(quiz=self.quiz)
        context.update(
            counted=LEARNERS_ONLY,
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


def _learner(row):
    return person_cell(row.user)


def _score(attempt) -> str:
    if attempt.regraded_at:
        return format_html("{} <small>{}</small>", percent_cell(attempt.percent), _("(regraded)"))
    return percent_cell(attempt.percent)


def _moment(value) -> str:
    return formats.date_format(timezone.localtime(value), "j M Y H:i") if value else "—"


class QuizListingView(GuardedIndexView):
    """A listing under one quiz's results, for those who may manage its course."""

    allowed = staticmethod(user_follows_courses)
    counted = LEARNERS_ONLY
    header_icon = "help"
    url_name = ""  # the viewset's URL name of the listing

    def dispatch(self, request, *args, **kwargs):
        self.quiz = _quiz_for(request, kwargs["quiz_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("assessments_admin:quizzes"), "label": gettext("Quiz results")},
            {
                "url": reverse("assessments_admin:results", args=[self.quiz.pk]),
                "label": self.quiz.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_index_url(self):
        return reverse(f"assessments_admin:{self.url_name}", args=[self.quiz.pk])

    def get_index_results_url(self):
        return reverse(f"assessments_admin:{self.url_name}_results", args=[self.quiz.pk])


class QuizAttemptsIndexView(QuizListingView):
    """Every graded attempt of a quiz, the latest first, paged and filtered by result."""

    url_name = "attempts"
    verbose_name = _("attempt")
    verbose_name_plural = _("attempts")
    filterset_class = AttemptFilterSet
    default_ordering = "-submitted_at"
    columns = [
        Column("learner", label=_("Learner"), accessor=_learner),
        Column("number", label=_("Attempt"), sort_key="number"),
        Column(
            "submitted_at",
            label=_("Submitted"),
            accessor=lambda a: _moment(a.submitted_at),
            sort_key="submitted_at",
        ),
        Column("percent", label=_("Score"), accessor=_score, sort_key="percent"),
        Column(
            "has_passed",
            label=_("Result"),
            accessor=lambda a: gettext("Passed") if a.has_passed else gettext("Not passed"),
        ),
    ]

    def get_page_title(self):
        return gettext("Attempts: %(quiz)s") % {"quiz": self.quiz.title}

    def get_base_queryset(self):
        return selectors.quiz_graded_attempts(quiz=self.quiz)

    @cached_property
    def no_results_message(self):
        if self.is_filtering:
            return gettext("No attempt has this result.")
        return gettext("No graded attempts yet.")


class KnowledgeGainIndexView(QuizListingView):
    """Per learner of the quiz's course: pre-test, final assessment and the gain between."""

    url_name = "gain"
    verbose_name = _("learner")
    verbose_name_plural = _("learners")
    columns = [
        Column("learner", label=_("Learner"), accessor=_learner),
        Column("pre", label=_("Pre-test"), accessor=lambda r: percent_cell(r.pre), sort_key="pre"),
        Column("post", label=_("Final"), accessor=lambda r: percent_cell(r.post), sort_key="post"),
        Column("gain", label=_("Gain"), accessor=lambda r: f"{r.gain:.0f}", sort_key="gain"),
        Column(
            "normalised",
            label=_("Normalised gain"),
            accessor=lambda r: "—" if r.normalised is None else f"{r.normalised:.2f}",
            sort_key="normalised",
        ),
    ]

    def get_page_title(self):
        return gettext("Knowledge gain: %(quiz)s") % {"quiz": self.quiz.title}

    def get_base_queryset(self):
        gain = selectors.course_knowledge_gain(course=item_course(item=self.quiz))
        if gain is None or self.quiz.kind not in (QuizKind.PRE_TEST, QuizKind.FINAL):
            raise Http404
        return gain.learners

    no_results_message = _("No learner has sat both the pre-test and the final assessment yet.")


@require_POST
def quiz_regrade(request, quiz_id: int):
    quiz = _quiz_for(request, quiz_id)
    result = services.quiz_regrade(quiz=quiz, actor=request.user)
    record = result.record
    messages.success(
        request,
        gettext("Regraded %(regraded)s attempts: %(changed)s changed, %(passed)s now pass.")
        % {
            "regraded": record.attempts_regraded,
            "changed": record.attempts_changed,
            "passed": result.newly_passed,
        },
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
