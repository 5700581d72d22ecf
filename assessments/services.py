"""Writes for quizzes: start an attempt, save answers as the learner goes, submit and grade.

Race-free without `select_for_update` (SQLite ignores it):
- an attempt number is unique per learner and quiz, and only one attempt may be in progress
  (a partial unique constraint): simultaneous "start" clicks create one attempt;
- saving and submitting both begin with `UPDATE ... WHERE state = 'in_progress'` on the attempt
  row and check the row count: once an attempt is graded nothing more is saved, and only the
  request whose UPDATE changed the row grades it (a double submit gets AttemptClosed).
Grading happens only here, on the server, from the answers saved in time."""

import logging
import random
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import IntegerField, Max
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from assessments import arrangement, grading
from assessments.models import (
    AttemptState,
    EnrolmentResult,
    Question,
    QuizAnswer,
    QuizAttempt,
    QuizKind,
    QuizPage,
    QuizRegrade,
)
from courses import selectors as course_selectors
from courses import services as course_services
from courses.models import Enrolment

logger = logging.getLogger(__name__)


class QuizRefused(Exception):
    """The learner may not start an attempt now; the message says why."""


class AttemptClosed(Exception):
    """The attempt is no longer open (submitted, or its time is up): answer 409."""


class InvalidSubmission(Exception):
    """A submission no honest form could send: answer 400 with this message."""


def questions_draw(*, quiz: QuizPage, rng: random.Random) -> list[Question]:
    """The quiz's fixed questions, then N random active questions from each category drawn,
    never the same question twice; shuffled when the quiz says so."""
    chosen = [link.question for link in quiz.quiz_questions.select_related("question")]
    seen = {q.pk for q in chosen}
    for draw in quiz.draws.all():
        pool = list(
            Question.objects.filter(category_id=draw.category_id, is_active=True).exclude(
                pk__in=seen
            )
        )
        picked = rng.sample(pool, min(draw.count, len(pool)))
        chosen.extend(picked)
        seen.update(q.pk for q in picked)
    if quiz.shuffle_questions:
        rng.shuffle(chosen)
    return chosen


def _enrolment_for(*, user: User, quiz: QuizPage) -> Enrolment:
    course = course_selectors.item_course(item=quiz)
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is None:
        raise QuizRefused(_("Enrol in the course to take its quizzes."))
    if not course.live:
        raise QuizRefused(_("This course is not published."))
    outline = course_selectors.course_outline(course=course, enrolment=enrolment)
    current = outline.position_of(quiz.pk).current
    if current is None:
        raise QuizRefused(_("This quiz is not published."))
    if current.locked_by is not None:
        raise QuizRefused(_("First take %(title)s.") % {"title": current.locked_by.page.title})
    return enrolment


@dataclass
class AttemptStart:
    attempt: QuizAttempt
    created: bool


def attempt_start(*, user: User, quiz: QuizPage, rng: random.Random | None = None) -> AttemptStart:
    """Start an attempt, or return the one in progress (resume). Raises QuizRefused when the
    learner is not enrolled or has used every attempt allowed."""
    enrolment = _enrolment_for(user=user, quiz=quiz)

    def in_progress() -> QuizAttempt | None:
        return QuizAttempt.objects.filter(
            user=user, quiz=quiz, state=AttemptState.IN_PROGRESS
        ).first()

    current = in_progress()
    if current is not None and not attempt_close_if_expired(attempt=current):
        return AttemptStart(attempt=current, created=False)
    taken = QuizAttempt.objects.filter(user=user, quiz=quiz)
    # The number decides: with the unique (quiz, user, number) constraint, two requests can
    # never both create attempt number N, so the limit cannot be overrun by a race.
    number = (taken.aggregate(last=Max("number"))["last"] or 0) + 1
    limit = 1 if quiz.kind == QuizKind.PRE_TEST else quiz.attempts_allowed
    refusal = None
    if limit and number > limit:
        refusal = (
            _("The pre-test is taken once.")
            if quiz.kind == QuizKind.PRE_TEST
            else _("You have used every attempt this quiz allows.")
        )
    if refusal:
        # A simultaneous click may have just started the last attempt: that one is resumed.
        current = in_progress()
        if current is not None:
            return AttemptStart(attempt=current, created=False)
        raise QuizRefused(refusal)
    rng = rng or random.SystemRandom()
    questions = questions_draw(quiz=quiz, rng=rng)
    if not questions:
        raise QuizRefused(_("This quiz has no questions yet."))
    # The order and the identifiers the learner sees are drawn once, here, and kept in the
    # snapshot: a resumed attempt shows them again, the next attempt draws its own.
    snapshots = arrangement.attempt_arranged(
        [q.snapshot(key=f"q{n}") for n, q in enumerate(questions, 1)],
        rng=rng,
        shuffle=quiz.shuffle_options,
        pass_mark=quiz.pass_mark,
    )
    now = timezone.now()
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                user=user,
                quiz=quiz,
                enrolment=enrolment,
                number=number,
                questions=snapshots,
                started_at=now,
                deadline=now + timedelta(minutes=quiz.time_limit_minutes)
                if quiz.time_limit_minutes
                else None,
            )
    except IntegrityError:
        # A simultaneous click started it (same number, or an attempt now in progress).
        current = in_progress()
        if current is not None:
            return AttemptStart(attempt=current, created=False)
        raise QuizRefused(_("You have used every attempt this quiz allows.")) from None
    return AttemptStart(attempt=attempt, created=True)


def _leaf_snapshots(attempt: QuizAttempt) -> dict[str, dict]:
    return {leaf["key"]: leaf for s in attempt.questions for leaf in grading.leaves(s)}


def responses_clean(*, attempt: QuizAttempt, data: dict) -> dict[str, dict | None]:
    """Check submitted answers (leaf key -> raw value or list of values) against the attempt's
    questions. Raises InvalidSubmission, naming the question, for anything malformed."""
    leaves = _leaf_snapshots(attempt)
    unknown = sorted(set(data) - set(leaves))
    if unknown:
        raise InvalidSubmission(
            _("These are not questions of this attempt: %(keys)s")
            % {"keys": ", ".join(k[:20] for k in unknown[:5])}
        )
    cleaned = {}
    for key, raw in data.items():
        try:
            cleaned[key] = grading.clean_response(leaves[key], raw)
        except grading.InvalidResponse as error:
            number = key[1:] if key.startswith("q") else key
            raise InvalidSubmission(
                _("Question %(number)s: %(error)s.") % {"number": number, "error": error}
            ) from error
    return cleaned


def _lock_open(attempt: QuizAttempt, now) -> None:
    """Touch the attempt row if it is still open; AttemptClosed otherwise. Holds the row (on
    PostgreSQL) until the transaction ends, so a submit cannot overtake a save."""
    touched = QuizAttempt.objects.filter(pk=attempt.pk, state=AttemptState.IN_PROGRESS).update(
        state=AttemptState.IN_PROGRESS
    )
    if not touched:
        raise AttemptClosed(_("This attempt has already been submitted."))
    if attempt.deadline is not None and now > attempt.deadline:
        raise AttemptClosed(_("The time for this attempt is up; answers saved in time count."))


def _answers_write(attempt: QuizAttempt, responses: dict, now) -> None:
    for key, response in responses.items():
        QuizAnswer.objects.update_or_create(
            attempt=attempt, key=key, defaults={"response": response, "saved_at": now}
        )


def answers_save(*, attempt: QuizAttempt, user: User, data: dict) -> int:
    """Save answers as the learner goes (a page of answers, or one). Returns how many."""
    if attempt.user_id != user.pk:
        raise PermissionDenied(_("Not your attempt."))
    responses = responses_clean(attempt=attempt, data=data)
    now = timezone.now()
    with transaction.atomic():
        _lock_open(attempt, now)
        _answers_write(attempt, responses, now)
    return len(responses)


@dataclass
class Submission:
    attempt: QuizAttempt
    grade: grading.Grade


def attempt_submit(*, attempt: QuizAttempt, user: User, data: dict | None = None) -> Submission:
    """Save the last answers (if the time allows), then close and grade the attempt, once.
    A second submission raises AttemptClosed. Passing a quiz (submitting a pre-test) completes
    it as a course item, in the same transaction."""
    if attempt.user_id != user.pk:
        raise PermissionDenied(_("Not your attempt."))
    responses = responses_clean(attempt=attempt, data=data or {})
    now = timezone.now()
    with transaction.atomic():
        in_time = attempt.deadline is None or now <= attempt.deadline
        closed = QuizAttempt.objects.filter(pk=attempt.pk, state=AttemptState.IN_PROGRESS).update(
            state=AttemptState.GRADED, submitted_at=now
        )
        if not closed:
            raise AttemptClosed(_("This attempt has already been submitted."))
        if in_time:
            _answers_write(attempt, responses, now)
        grade = _grade(attempt)
        attempt.refresh_from_db()
        quiz = attempt.quiz
        if attempt.has_passed or quiz.kind == QuizKind.PRE_TEST:
            try:
                course_services.item_complete(user=user, item=quiz)
            except course_services.ItemUnavailable:
                pass  # the quiz was withdrawn meanwhile: the grade stands, nothing completes
    return Submission(attempt=attempt, grade=grade)


def _grade(attempt: QuizAttempt) -> grading.Grade:
    """Grade from the saved answers; write the points per answer and the attempt's score."""
    answers = {a.key: a for a in QuizAnswer.objects.filter(attempt=attempt)}
    grade = grading.grade_attempt(
        attempt.questions, {key: a.response for key, a in answers.items()}
    )
    for key, points in grade.by_key.items():
        answer = answers.get(key)
        if answer is not None and answer.points != points:
            QuizAnswer.objects.filter(pk=answer.pk).update(points=points)
    quiz = QuizPage.objects.only("pass_mark", "kind").get(pk=attempt.quiz_id)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        score=grade.score,
        max_score=grade.max_score,
        percent=grade.percent,
        has_passed=grade.percent >= quiz.pass_mark,
    )
    enrolment_result_refresh(enrolment_id=attempt.enrolment_id)
    return grade


def enrolment_result_refresh(*, enrolment_id: int) -> EnrolmentResult:
    """Recompute the enrolment's report scores from its graded attempts: the first pre-test,
    the best and the latest final, whether a final was sat and passed."""
    graded = QuizAttempt.objects.filter(enrolment_id=enrolment_id, state=AttemptState.GRADED)
    finals = graded.filter(quiz__kind=QuizKind.FINAL)
    first_pre = (
        graded.filter(quiz__kind=QuizKind.PRE_TEST)
        .order_by("submitted_at", "pk")
        .values_list("percent", flat=True)
        .first()
    )
    latest = finals.order_by("-submitted_at", "-pk").values_list("percent", flat=True).first()
    figures = finals.aggregate(best=Max("percent"), passed=Max(Cast("has_passed", IntegerField())))
    result, _ = EnrolmentResult.objects.update_or_create(
        enrolment_id=enrolment_id,
        defaults={
            "first_pre_test": first_pre,
            "best_final": figures["best"],
            "latest_final": latest,
            "has_sat_final": figures["best"] is not None,
            "has_passed_final": bool(figures["passed"]),
        },
    )
    return result


def _snapshot_refreshed(old: dict, question: Question | None) -> dict:
    """The question's current version in the attempt's frame: same keys, same option order
    and identifiers (options added since come last, options kept in place go where they are
    written, removed ones go)."""
    if question is None:
        return old
    fresh = question.snapshot(key=old["key"])

    def reorder(old_leaf: dict, new_leaf: dict) -> dict:
        if "options" not in new_leaf:
            return new_leaf
        before = {grading.bank_option_id(o): o["id"] for o in old_leaf.get("options", [])}
        place = {bank_id: n for n, bank_id in enumerate(before)}
        shown = sorted(
            (o for o in new_leaf["options"] if not o.get("is_pinned")),
            key=lambda o: place.get(o["id"], len(place)),
        )
        new_leaf["options"] = arrangement.options_arranged(new_leaf["options"], shown)
        # The answers saved refer to the attempt's identifiers: the options keep theirs.
        arrangement.options_named(new_leaf["options"], rng=random.SystemRandom(), kept=before)
        return new_leaf

    if fresh["kind"] == grading.SCENARIO:
        old_parts = {p["key"]: p for p in old.get("parts", [])}
        fresh["parts"] = [reorder(old_parts.get(p["key"], {}), p) for p in fresh["parts"]]
        return fresh
    return reorder(old, fresh)


@dataclass
class Regrade:
    record: QuizRegrade
    newly_passed: int


def quiz_regrade(*, quiz: QuizPage, actor: User) -> Regrade:
    """Regrade every graded attempt of the quiz against the questions as they are now (after a
    trainer corrected one), from the answers saved. Recorded (QuizRegrade) and audited.
    A learner who now passes has the quiz completed; a pass is never taken back."""
    from accounts.services import audit_record

    course = course_selectors.item_course(item=quiz)
    if not course_selectors.user_can_manage_course(user=actor, course=course):
        raise PermissionDenied(_("You do not follow this course."))
    with transaction.atomic():
        # Attempts still in progress get the corrected questions too (graded on submit).
        for open_attempt in QuizAttempt.objects.filter(quiz=quiz, state=AttemptState.IN_PROGRESS):
            open_ids = {s["question_id"] for s in open_attempt.questions}
            latest = {q.pk: q for q in Question.objects.filter(pk__in=open_ids)}
            refreshed = [
                _snapshot_refreshed(s, latest.get(s["question_id"])) for s in open_attempt.questions
            ]
            if refreshed != open_attempt.questions:
                QuizAttempt.objects.filter(
                    pk=open_attempt.pk, state=AttemptState.IN_PROGRESS
                ).update(questions=refreshed)
        attempts = list(
            QuizAttempt.objects.filter(quiz=quiz, state=AttemptState.GRADED)
            .select_related("user")
            .order_by("pk")  # the record lists the changes in the order the attempts were made
        )
        ids = {s["question_id"] for a in attempts for s in a.questions}
        current = {q.pk: q for q in Question.objects.filter(pk__in=ids)}
        changes, newly_passed = [], 0
        for attempt in attempts:
            refreshed = [
                _snapshot_refreshed(s, current.get(s["question_id"])) for s in attempt.questions
            ]
            if refreshed == attempt.questions:
                continue
            before, had_passed = attempt.percent, attempt.has_passed
            QuizAttempt.objects.filter(pk=attempt.pk).update(
                questions=refreshed, regraded_at=timezone.now()
            )
            attempt.questions = refreshed
            grade = _grade(attempt)
            attempt.refresh_from_db()
            changes.append(
                {
                    "attempt": attempt.pk,
                    "learner": attempt.user.email,
                    "before": str(before),
                    "after": str(grade.percent),
                }
            )
            if attempt.has_passed and not had_passed and quiz.kind != QuizKind.PRE_TEST:
                newly_passed += 1
                try:
                    course_services.item_complete(user=attempt.user, item=quiz)
                except (course_services.ItemUnavailable, course_services.NotEnrolled):
                    pass
        record = QuizRegrade.objects.create(
            quiz=quiz,
            actor=actor,
            attempts_regraded=len(attempts),
            attempts_changed=len(changes),
            detail={"changes": changes},
        )
        audit_record(
            actor=actor,
            action="quiz.regrade",
            subject=quiz.title,
            detail={"quiz_id": quiz.pk, "attempts_changed": len(changes)},
        )
    return Regrade(record=record, newly_passed=newly_passed)


def attempt_close_if_expired(*, attempt: QuizAttempt) -> bool:
    """Grade an attempt whose time is up and that nobody submitted (from the answers saved in
    time). Runs when the learner comes back to the quiz or the attempt. True if it closed it."""
    if not attempt.is_in_progress or attempt.deadline is None:
        return False
    if timezone.now() <= attempt.deadline:
        return False
    try:
        attempt_submit(attempt=attempt, user=attempt.user)
    except AttemptClosed:
        return False
    return True


def attempts_close_expired(*, user: User, quiz: QuizPage) -> None:
    for attempt in QuizAttempt.objects.filter(
        user=user, quiz=quiz, state=AttemptState.IN_PROGRESS, deadline__lt=timezone.now()
    ).select_related("user"):
        attempt_close_if_expired(attempt=attempt)


def attempts_close_all_expired(*, grace: timedelta = timedelta(minutes=5)) -> int:
    """The periodic sweep: grade every attempt whose deadline passed more than `grace` ago
    (a learner still on the page has their last autosave graded when they come back first).
    Returns how many it closed."""
    closed = 0
    for attempt in QuizAttempt.objects.filter(
        state=AttemptState.IN_PROGRESS, deadline__lt=timezone.now() - grace
    ).select_related("user"):
        try:
            closed += attempt_close_if_expired(attempt=attempt)
        except Exception:
            logger.exception("Closing expired attempt %s failed", attempt.pk)
    return closed
