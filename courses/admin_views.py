"""Admin screens for trainers and programme managers: the courses they follow, and each
course's learners with their progress (and a form to enrol more)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.models import User
from courses import selectors, services
from courses.forms import CourseTrainersForm, StaffEnrolmentForm
from courses.models import CoursePage

PAGE_SIZE = 50


def user_follows_courses(user) -> bool:
    return user.has_perm("courses.enrol_learners") or selectors.user_sees_all_courses(user)


class FollowedCoursesMenuItem(MenuItem):
    """A menu item shown to those who follow courses (trainers, managers, administrators)."""

    def is_shown(self, request):
        return user_follows_courses(request.user)


class FollowedCoursesListView(WagtailAdminTemplateMixin, TemplateView):
    """An admin list over the courses the person follows (trainers: assigned; managers: all)."""

    def dispatch(self, request, *args, **kwargs):
        if not user_follows_courses(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]


class CoursesView(FollowedCoursesListView):
    template_name = "courses/admin/courses.html"
    page_title = "Course learners"
    header_icon = "group"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["courses"] = selectors.courses_managed_by(user=self.request.user)
        return context


class CourseLearnersView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/learners.html"
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.course = get_object_or_404(CoursePage, pk=kwargs["course_id"])
        if not selectors.user_can_manage_course(user=request.user, course=self.course):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Learners: {self.course.title}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("courses_admin_courses"), "label": "Course learners"},
            {"url": "", "label": self.course.title},
        ]

    def get_context_data(self, form=None, trainers_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        trainers = selectors.course_trainers(course=self.course)
        can_assign = self.request.user.has_perm("courses.assign_trainers")
        if can_assign and trainers_form is None:
            trainers_form = CourseTrainersForm(initial={"trainers": trainers})
        context.update(trainers=trainers, can_assign=can_assign, trainers_form=trainers_form)
        status = self.request.GET.get("status", "")
        enrolments = selectors.course_learners(course=self.course, status=status)
        page = Paginator(enrolments, PAGE_SIZE).get_page(self.request.GET.get("p"))
        context.update(
            course=self.course,
            enrolments=page,
            status=status,
            status_choices=selectors.LEARNER_STATUS_CHOICES,
            form=form or StaffEnrolmentForm(),
        )
        return context

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "trainers":
            return self.post_trainers(request)
        form = StaffEnrolmentForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        emails = form.cleaned_data["emails"]
        organisation = form.cleaned_data["organisation"]
        enrolled_users = []
        try:
            if organisation is not None:
                result = services.enrolments_create_for_organisation(
                    organisation=organisation, course=self.course, actor=request.user
                )
                if result.created + result.already == 0:
                    messages.warning(request, f"{organisation} has no active members yet.")
                else:
                    self.report(request, result, prefix=f"{organisation}: ")
                enrolled_users += selectors.organisation_members(organisation=organisation)
            if emails:
                users = list(User.objects.filter(email__in=emails).select_related("profile"))
                unknown = sorted(set(emails) - {user.email for user in users})
                result = services.enrolments_create_for_users(
                    users=users, course=self.course, actor=request.user
                )
                self.report(request, result)
                enrolled_users += users
                if unknown:
                    hint = (
                        " Import them first (People › Import learners)."
                        if request.user.has_perm("accounts.import_learners")
                        else " They need an account first."
                    )
                    listed = ", ".join(unknown[:20]) + (" …" if len(unknown) > 20 else "")
                    messages.warning(request, f"No account for: {listed}.{hint}")
        except ValidationError as error:
            form.add_error(None, error)
            return self.render_to_response(self.get_context_data(form=form))
        outside = selectors.users_outside_audience(users=enrolled_users, course=self.course)
        if outside:
            emails_outside = ", ".join(sorted(u.email for u in outside)[:20])
            audiences = ", ".join(self.course.audience_labels)
            messages.warning(
                request, f"Enrolled although the course is for {audiences}: {emails_outside}."
            )
        return redirect("courses_admin_learners", course_id=self.course.pk)

    @staticmethod
    def report(request, result, prefix: str = "") -> None:
        text = f"{prefix}{result.created} enrolled, {result.already} already were."
        if result.created:
            messages.success(request, text)
        else:
            messages.info(request, text)

    def post_trainers(self, request):
        if not request.user.has_perm("courses.assign_trainers"):
            raise PermissionDenied
        form = CourseTrainersForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(trainers_form=form))
        try:
            added, removed = services.course_trainers_set(
                course=self.course, trainers=list(form.cleaned_data["trainers"]), actor=request.user
            )
        except ValidationError as error:
            form.add_error("trainers", error)
            return self.render_to_response(self.get_context_data(trainers_form=form))
        messages.success(request, f"Trainers saved: {len(added)} added, {len(removed)} removed.")
        return redirect("courses_admin_learners", course_id=self.course.pk)
