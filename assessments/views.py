"""Learner views for quizzes: start, answer (saved as they go), submit, the result. Grading is
in assessments.services; nothing here decides a score."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from assessments import selectors, services
from assessments.models import QuizPage


def _answers_from(request, attempt) -> dict:
    """Answers in the POST, by question key: checkbox questions give lists, others one value.
    A question listed as shown on the page but absent from the POST was cleared (unticked
    checkboxes send nothing): it is saved as unanswered."""
    data = {key: None for key in request.POST.getlist("shown")}
    for key in request.POST:
        if key.startswith("q"):
            values = request.POST.getlist(key)
            data[key] = values if len(values) > 1 else values[0]
    return data


def _refused(request, message: str, status: int):
    return render(request, "assessments/refused.html", {"message": message}, status=status)


@require_POST
@login_required
def attempt_start(request, quiz_id: int):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    try:
        result = services.attempt_start(user=request.user, quiz=quiz)
    except services.QuizRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(quiz.get_url(request))
    return redirect("assessments_attempt", attempt_id=result.attempt.pk)


def _closed(request, attempt, error: "services.AttemptClosed", *, is_autosave: bool):
    """A save or submit of an attempt that is no longer open. After the learner's own submit
    (an autosave that lost the race, a second click) it is no error: the autosave is told
    quietly that nothing was saved, a page is sent to the result."""
    if selectors.attempt_closed_by_learner(attempt):
        if is_autosave:
            return JsonResponse({"saved": 0, "submitted": True})
        messages.info(request, _("This attempt was already submitted: here is its result."))
        return redirect("assessments_attempt_review", attempt_id=attempt.pk)
    if is_autosave:
        return JsonResponse({"error": str(error)}, status=409)
    return _refused(request, str(error), 409)


def _attempt_post(request, attempt):
    data = _answers_from(request, attempt)
    # static/js/quiz.js saves on every change and wants a short answer, not a page.
    is_autosave = request.headers.get("X-Requested-With") == "fetch"
    try:
        if "submit" in request.POST and not is_autosave:
            services.attempt_submit(attempt=attempt, user=request.user, data=data)
            return redirect("assessments_attempt_review", attempt_id=attempt.pk)
        saved = services.answers_save(attempt=attempt, user=request.user, data=data)
    except services.InvalidSubmission as error:
        if is_autosave:
            return JsonResponse({"error": str(error)}, status=400)
        return _refused(request, str(error), 400)
    except services.AttemptClosed as error:
        return _closed(request, attempt, error, is_autosave=is_autosave)
    if is_autosave:
        return JsonResponse({"saved": saved})
    messages.success(request, _("Your answers are saved."))
    return redirect("assessments_attempt", attempt_id=attempt.pk)


@never_cache
@login_required
def attempt(request, attempt_id: int):
    attempt = selectors.attempt_of_user(attempt_id=attempt_id, user=request.user)
    if request.method == "POST":
        return _attempt_post(request, attempt)
    if not attempt.is_in_progress or services.attempt_close_if_expired(attempt=attempt):
        return redirect("assessments_attempt_review", attempt_id=attempt.pk)
    return render(
        request,
        "assessments/attempt.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": selectors.attempt_questions_for_answering(attempt),
        },
    )


@never_cache
@login_required
def attempt_review(request, attempt_id: int):
    """The result of a graded attempt: what was right and wrong as the quiz allows, the
    lessons to revisit, the attempts left and the way on."""
    attempt = selectors.attempt_of_user(attempt_id=attempt_id, user=request.user)
    if attempt.is_in_progress:
        raise Http404(_("This attempt has not been submitted."))
    result = selectors.attempt_result(attempt=attempt)
    return render(
        request,
        "assessments/review.html",
        {"attempt": attempt, "quiz": attempt.quiz, "result": result},
    )
