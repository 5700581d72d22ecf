"""Admin screens for trainers and programme managers: the courses they follow, and each
course's learners with their progress (Wagtail index views), with the forms to enrol more and
(managers) to assign the course's trainers."""

from datetime import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn

from accounts.selectors import LEARNERS_ONLY
from core.admin_menu import PredicateMenuItem
from core.admin_views import GuardedIndexView, percent_cell, person_cell
from courses import selectors, services
from courses.filters import LearnerFilterSet
from courses.forms import CourseTrainersForm, StaffEnrolmentForm
from courses.models import CoursePage, Enrolment


class FollowedCoursesMenuItem(PredicateMenuItem):
    """A menu item shown to those who follow courses (trainers, managers, administrators)."""

    shown_to = staticmethod(selectors.user_follows_courses)


class FollowedCoursesIndexView(GuardedIndexView):
    """An admin listing over the courses the person follows (trainers: assigned; managers:
    all). Its figures count learners only."""

    allowed = staticmethod(selectors.user_follows_courses)
    counted = LEARNERS_ONLY


def _date(value) -> str:
    """A date, or a moment as the day it was here."""
    if not value:
        return "—"
    if isinstance(value, datetime):
        value = timezone.localtime(value)
    return formats.date_format(value, "j M Y")


class CoursesIndexView(FollowedCoursesIndexView):
    page_title = _("Course learners")
    header_icon = "group"
    verbose_name = _("course")
    verbose_name_plural = _("courses")
    default_ordering = "path"
    columns = [
        TitleColumn(
            "title", label=_("Course"), url_name="courses_admin:learners", sort_key="title"
        ),
        Column(
            "live",
            label=_("Status"),
            accessor=lambda c: gettext("Published") if c.live else gettext("Draft"),
        ),
        Column("enrolled_count", label=_("Enrolled"), sort_key="enrolled_count"),
        Column("completed_count", label=_("Completed"), sort_key="completed_count"),
        Column(
            "average_progress",
            label=_("Average progress"),
            accessor=lambda c: percent_cell(c.average_progress),
            sort_key="average_progress",
        ),
    ]

    def get_base_queryset(self):
        return selectors.courses_managed_by(user=self.request.user)

    @cached_property
    def no_results_message(self):
        return gettext(
            "You are not assigned to any course yet. A programme manager assigns trainers on "
            "each course's page here (Course learners › the course › Trainers)."
        )


def _learner(enrolment: Enrolment):
    return person_cell(enrolment.user)


def _enrolled(enrolment: Enrolment):
    by = f" ({enrolment.enrolled_by.email})" if enrolment.enrolled_by else ""
    return format_html(
        "{}<br><small>{}{}</small>",
        _date(enrolment.enrolled_at),
        enrolment.get_source_display(),
        by,
    )


def _progress(enrolment: Enrolment):
    return format_html(
        '<progress max="100" value="{}" aria-label="{}"></progress> {}%',
        enrolment.progress_percent,
        gettext("Progress of %(email)s") % {"email": enrolment.user.email},
        enrolment.progress_percent,
    )


class CourseLearnersIndexView(FollowedCoursesIndexView):
    """One course's learners, by status, with the enrolment form and the trainers."""

    template_name = "courses/admin/learners.html"
    header_icon = "group"
    verbose_name = _("learner")
    verbose_name_plural = _("learners")
    filterset_class = LearnerFilterSet
    columns = [
        Column("learner", label=_("Learner"), accessor=_learner),
        Column(
            "organisation",
            label=_("Organisation"),
            accessor=lambda e: e.user.profile.organisation or "—",
        ),
        Column("enrolled_at", label=_("Enrolled"), accessor=_enrolled, sort_key="enrolled_at"),
        Column("started_at", label=_("Started"), accessor=lambda e: _date(e.started_at)),
        Column("progress", label=_("Progress"), accessor=_progress, sort_key="progress_percent"),
        Column(
            "completed_at",
            label=_("Completed"),
            accessor=lambda e: _date(e.completed_at),
            sort_key="completed_at",
        ),
    ]

    def dispatch(self, request, *args, **kwargs):
        self.course = get_object_or_404(CoursePage, pk=kwargs["course_id"])
        if not selectors.user_can_manage_course(user=request.user, course=self.course):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Learners: %(course)s") % {"course": self.course.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("courses_admin:courses"), "label": gettext("Course learners")},
            {"url": "", "label": self.course.title},
        ]

    def get_index_url(self):
        return reverse("courses_admin:learners", args=[self.course.pk])

    def get_index_results_url(self):
        return reverse("courses_admin:learners_results", args=[self.course.pk])

    @cached_property
    def status(self) -> str:
        """The status chosen in the filters, once their form has checked it."""
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("status") or ""
        return ""

    def get_base_queryset(self):
        return selectors.course_learners(course=self.course, status=self.status)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        trainers = selectors.course_trainers(course=self.course)
        can_assign = self.request.user.has_perm("courses.assign_trainers")
        if can_assign and "trainers_form" not in context:
            context["trainers_form"] = CourseTrainersForm(initial={"trainers": trainers})
        context.setdefault("form", StaffEnrolmentForm())
        context.update(course=self.course, trainers=trainers, can_assign=can_assign)
        return context

    def render_with(self, **forms):
        """The page again, with a form that was not accepted."""
        self.object_list = self.get_queryset()
        return self.render_to_response(self.get_context_data(**forms))

    def back(self):
        return redirect("courses_admin:learners", course_id=self.course.pk)

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "trainers":
            return self.post_trainers(request)
        form = StaffEnrolmentForm(request.POST)
        if not form.is_valid():
            return self.render_with(form=form)
        try:
            result = services.enrolments_create_by_staff(
                course=self.course,
                actor=request.user,
                emails=form.cleaned_data["emails"],
                organisation=form.cleaned_data["organisation"],
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.render_with(form=form)
        self.report(request, result, organisation=form.cleaned_data["organisation"])
        return self.back()

    def report(self, request, result: services.StaffEnrolmentResult, organisation) -> None:
        """The service's result, in words."""
        if result.organisation_empty:
            messages.warning(
                request,
                gettext("%(organisation)s has no active members yet.")
                % {"organisation": organisation},
            )
        elif result.by_organisation:
            self.report_counts(request, result.by_organisation, organisation=organisation)
        if result.by_email:
            self.report_counts(request, result.by_email)
        if result.unknown_emails:
            hint = (
                gettext("Import them first (People › Import learners).")
                if request.user.has_perm("accounts.import_learners")
                else gettext("They need an account first.")
            )
            unknown = result.unknown_emails
            listed = ", ".join(unknown[:20]) + (" …" if len(unknown) > 20 else "")
            text = gettext("No account for: %(emails)s.") % {"emails": listed}
            messages.warning(request, f"{text} {hint}")
        if result.outside_audience:
            emails = ", ".join(sorted(u.email for u in result.outside_audience)[:20])
            audiences = ", ".join(self.course.audience_labels)
            messages.warning(
                request,
                gettext("Enrolled although the course is for %(audiences)s: %(emails)s.")
                % {"audiences": audiences, "emails": emails},
            )

    @staticmethod
    def report_counts(request, counts: services.BulkEnrolmentResult, organisation=None) -> None:
        text = gettext("%(created)s enrolled, %(already)s already were.") % {
            "created": counts.created,
            "already": counts.already,
        }
        if organisation is not None:
            text = gettext("%(organisation)s: %(counts)s") % {
                "organisation": organisation,
                "counts": text,
            }
        (messages.success if counts.created else messages.info)(request, text)

    def post_trainers(self, request):
        if not request.user.has_perm("courses.assign_trainers"):
            raise PermissionDenied
        form = CourseTrainersForm(request.POST)
        if not form.is_valid():
            return self.render_with(trainers_form=form)
        try:
            added, removed = services.course_trainers_set(
                course=self.course, trainers=list(form.cleaned_data["trainers"]), actor=request.user
            )
        except ValidationError as error:
            form.add_error("trainers", error)
            return self.render_with(trainers_form=form)
        messages.success(
            request,
            gettext("Trainers saved: %(added)s added, %(removed)s removed.")
            % {"added": len(added), "removed": len(removed)},
        )
        return self.back()
