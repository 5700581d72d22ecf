"""Learner-facing views outside the page tree: the dashboard, enrolment, resume, marking an
item complete and answering a lesson's knowledge check. Course and lesson pages themselves are
Wagtail pages (courses/models.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.models import Page

from courses import selectors, services
from courses.dashboard import dashboard_sections
from courses.models import CourseItemPage, CoursePage, LessonPage


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
        messages.success(
            request,
            _("You are enrolled. Start the course below: the outline shows your first step."),
        )
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


FRAGMENT_HEADER = "fetch"  # static/js/knowledge-check.js sends X-Requested-With: fetch


@never_cache
@require_POST
@login_required
def knowledge_check(request, lesson_id: int, block_id):
    """Mark a learner's answer to a knowledge check in a lesson. Practice: nothing is recorded.
    With JavaScript (X-Requested-With: fetch) the answer is an HTML fragment; without, the
    lesson again, at the check, with the result."""
    wants_fragment = request.headers.get("X-Requested-With") == FRAGMENT_HEADER
    lesson = get_object_or_404(LessonPage, pk=lesson_id)
    source = selectors.knowledge_check_source(
        user=request.user, lesson=lesson, block_id=str(block_id)
    )
    learning = source.learning
    if source.value is None:
        if learning is not None and learning.refusal:
            if not wants_fragment:
                return lesson.learning_refusal(request, learning)
            message = learning.message or _("Open the lesson first: this check is part of it.")
            status = 404 if learning.refusal == "unpublished" else 403
            return _check_fragment(request, message=message, status=status)
        if not wants_fragment:
            raise Http404("No such knowledge check in this lesson.")
        message = _("This check is no longer in the lesson. Reload the page.")
        return _check_fragment(request, message=message, status=404)
    if not source.is_draft:
        refusal = _serve_hooks_refusal(request, lesson)  # the lesson's privacy, as when served
        if refusal is not None:
            if not wants_fragment:
                return refusal
            return _check_fragment(request, message=_("You may not open this lesson."), status=403)
    result = selectors.knowledge_check_answer(
        block_id=str(block_id), value=source.value, choice=request.POST.get("choice", "")
    )
    status = 400 if result.error else 200
    if wants_fragment:
        return _check_fragment(request, result=result, status=status)
    request.knowledge_check = result
    request.is_preview = source.is_draft
    response = source.page.serve(request)
    response.status_code = status
    return response


def _check_fragment(request, *, result=None, message: str = "", status: int = 200):
    return render(
        request,
        "blocks/knowledge_check_result.html",
        {"result": result, "message": message},
        status=status,
    )


def _serve_hooks_refusal(request, page):
    """What Wagtail's own serve view would answer instead of the page (a view restriction, a
    group-private page), or None."""
    for hook in hooks.get_hooks("before_serve_page"):
        response = hook(page, request, [], {})
        if isinstance(response, HttpResponse):
            return response
    return None
