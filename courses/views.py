"""Learner-facing views outside the page tree: the dashboard, enrolment, resume and marking an
item complete. Course and lesson pages themselves are Wagtail pages (courses/models.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Page

from courses import selectors, services
from courses.dashboard import dashboard_sections
from courses.models import CourseItemPage, CoursePage


@never_cache
@login_required
def dashboard(request):
    return render(
        request,
        "courses/dashboard.html",
        {
            "dashboard": selectors.learner_dashboard(user=request.user),
            "sections": dashboard_sections(user=request.user),
        },
    )


@require_POST
@login_required
def enrol(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        result = services.enrolment_create(user=request.user, course=course)
    except services.EnrolmentRefused as refusal:
        messages.error(request, " ".join(refusal.messages))
        return redirect(course.get_url(request))
    if result.created:
        messages.success(request, _("You are enrolled. Start with the first lesson below."))
    return redirect(course.get_url(request))


@never_cache
@login_required
def resume(request, course_id: int):
    """Open the first unfinished item of the course (or the course page if there is none)."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    access = selectors.course_access(user=request.user, course=course)
    if access.enrolment is None or access.enrolment.completed_at is not None:
        return redirect(course.get_url(request))
    outline = selectors.course_outline(course=course, enrolment=access.enrolment)
    item = outline.resume_item
    return redirect(item.page.get_url(request) if item else course.get_url(request))


@require_POST
@login_required
def item_complete(request, item_id: int):
    item = get_object_or_404(Page.objects.live(), pk=item_id).specific
    if not isinstance(item, CourseItemPage) or not item.completed_by_learner:
        raise Http404("Not a lesson that learners mark complete.")
    try:
        result = services.item_complete(user=request.user, item=item)
    except services.NotEnrolled as error:
        raise PermissionDenied(str(error)) from error
    except services.ItemUnavailable as error:
        raise Http404(" ".join(error.messages)) from error
    course = selectors.item_course(item=item)
    if result.course_newly_completed:
        messages.success(
            request, _("Congratulations: you have completed %(course)s.") % {"course": course.title}
        )
        return redirect(course.get_url(request))
    outline = selectors.course_outline(course=course, enrolment=result.enrolment)
    if result.item_newly_completed:
        messages.success(
            request,
            _("“%(title)s” is complete: %(done)d of %(total)d required done.")
            % {
                "title": item.title,
                "done": outline.completed_required_count,
                "total": outline.required_count,
            },
        )
    following = outline.position_of(item.pk).next
    return redirect(following.page.get_url(request) if following else course.get_url(request))
