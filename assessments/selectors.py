"""Reads for quizzes: a learner's status on a quiz, an attempt as the learner may see it, and
the result page of an attempt (what was wrong, where it is taught, what comes next)."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import (
    Avg,
    Case,
    Count,
    DecimalField,
    ExpressionWrapper,
    F,
    FloatField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Length, Substr
from django.http import Http404
from django.utils.translation import gettext, ngettext

from accounts.models import User
from accounts.selectors import learner_accounts, learners_only
from assessments import grading, statistics
from assessments.models import (
    AttemptState,
    Question,
    QuizAnswer,
    QuizAttempt,
    QuizKind,
    QuizPage,
    ReviewPolicy,
)
from courses.awards import Award, enrolment_awards
from courses.models import CoursePage, Enrolment, LessonPage
from courses.selectors import ItemOutline, course_outline


@dataclass
class QuizStatus:
    attempts: list[QuizAttempt]
    in_progress: QuizAttempt | None
    attempts_left: int | None  # None: no limit
    best_percent: object
    has_passed: bool

    @property
    def can_start(self) -> bool:
        return self.in_progress is None and (self.attempts_left is None or self.attempts_left > 0)


def quiz_status(*, quiz: QuizPage, user: User, enrolment: Enrolment | None) -> QuizStatus | None:
    """The learner's attempts on the quiz (two queries, however many attempts and questions).
    Each graded attempt carries `to_revisit`: how many of its questions were not fully right
    (None when the quiz shows the score only)."""
    if enrolment is None:
        return None
    attempts = list(QuizAttempt.objects.filter(quiz=quiz, user=user).order_by("number"))
    graded = [a for a in attempts if a.state == AttemptState.GRADED]
    in_progress = next((a for a in attempts if a.state == AttemptState.IN_PROGRESS), None)
    points = {}
    if graded and quiz.review != ReviewPolicy.SCORE:
        points = _points_by_attempt([a.pk for a in graded])
    for a in graded:
        a.to_revisit = (
            sum(not o.is_right for o in _outcomes(a, points.get(a.pk, {}), lessons={}))
            if quiz.review != ReviewPolicy.SCORE
            else None
        )
    return QuizStatus(
        attempts=graded,
        in_progress=in_progress,
        attempts_left=_attempts_left(quiz, len(attempts)),
        best_percent=max((a.percent for a in graded), default=None),
        has_passed=any(a.has_passed for a in graded),
    )


def attempt_of_user(*, attempt_id: int, user: User) -> QuizAttempt:
    """The learner's own attempt; anybody else's is a 404, never a 403 that confirms it."""
    attempt = (
        QuizAttempt.objects.select_related("quiz", "enrolment")
        .filter(pk=attempt_id, user=user)
        .first()
    )
    if attempt is None:
        raise Http404(gettext("No such attempt."))
    return attempt


def _public_leaf(leaf: dict, response: dict | None) -> dict:
    """What the page may show of a question before submission: never `is_correct`,
    feedback, accepted answers or explanations."""
    shown = {"key": leaf["key"], "kind": leaf["kind"], "text": leaf["text"]}
    if "options" in leaf:
        chosen = set()
        if response:
            chosen = {response.get("choice")} | set(response.get("choices", []))
        shown["options"] = [
            {"id": o["id"], "text": o["text"], "checked": o["id"] in chosen}
            for o in leaf["options"]
        ]
    if leaf["kind"] == grading.SHORT_ANSWER:
        shown["value"] = (response or {}).get("text", "")
    return shown


def attempt_questions_for_answering(attempt: QuizAttempt) -> list[dict]:
    responses = {a.key: a.response for a in QuizAnswer.objects.filter(attempt=attempt)}
    questions = []
    for number, snapshot in enumerate(attempt.questions, start=1):
        question = {"number": number, "kind": snapshot["kind"], "text": snapshot["text"]}
        if snapshot["kind"] == grading.SCENARIO:
            question["case"] = snapshot["case"]
            question["parts"] = [
                _public_leaf(part, responses.get(part["key"])) for part in snapshot["parts"]
            ]
        else:
            question["parts"] = [_public_leaf(snapshot, responses.get(snapshot["key"]))]
        questions.append(question)
    return questions


def _attempts_left(quiz: QuizPage, taken: int) -> int | None:
    limit = 1 if quiz.kind == QuizKind.PRE_TEST else quiz.attempts_allowed
    return max(limit - taken, 0) if limit else None


def _held_back(attempt: QuizAttempt, attempts: list[QuizAttempt]) -> bool:
    quiz = attempt.quiz
    if quiz.review == ReviewPolicy.SCORE or attempt.state != AttemptState.GRADED:
        return False
    if any(a.has_passed for a in attempts):
        return False
    return _attempts_left(quiz, len(attempts)) != 0


def review_held_back(attempt: QuizAttempt) -> bool:
    """Answers (the learner's, marked, and the correct options) wait until the learner has
    passed or has no attempt left, so that a review never hands over the key to the next
    attempt. Which questions were wrong is not held back (Moodle's "whether correct", Canvas's
    incorrect questions marked): the result page names them, and the lesson to revisit."""
    attempts = list(
        QuizAttempt.objects.filter(quiz_id=attempt.quiz_id, user_id=attempt.user_id).only(
            "pk", "has_passed"
        )
    )
    return _held_back(attempt, attempts)


def attempt_closed_by_learner(attempt: QuizAttempt) -> bool:
    """Read again: was the attempt submitted (not closed by the clock)? A save that arrives
    after the learner's own submit lost a race it need not tell them about."""
    row = (
        QuizAttempt.objects.filter(pk=attempt.pk, state=AttemptState.GRADED)
        .values("submitted_at", "deadline")
        .first()
    )
    if row is None:
        return False
    return row["deadline"] is None or row["submitted_at"] <= row["deadline"]


def _points_by_attempt(attempt_ids: list[int]) -> dict[int, dict[str, QuizAnswer]]:
    """The saved answers of these attempts, {attempt id: {leaf key: answer}}: one query."""
    answers: dict[int, dict[str, QuizAnswer]] = {}
    for answer in QuizAnswer.objects.filter(attempt_id__in=attempt_ids):
        answers.setdefault(answer.attempt_id, {})[answer.key] = answer
    return answers


def _points(answer: QuizAnswer | None) -> Decimal:
    return answer.points if answer is not None and answer.points is not None else Decimal(0)


@dataclass
class QuestionOutcome:
    """One question of a graded attempt, as far as saying whether it was right goes: no answer
    in it. `parts` are a scenario's questions ({"text", "is_right"}); `lesson` is where the
    question is taught (a live lesson of the same course), or None."""

    number: int
    text: str
    is_right: bool
    is_partly_right: bool
    parts: list[dict]
    lesson: ItemOutline | None


def _outcomes(
    attempt: QuizAttempt, answers: dict[str, QuizAnswer], *, lessons: dict[int, ItemOutline]
) -> list[QuestionOutcome]:
    outcomes = []
    for number, snapshot in enumerate(attempt.questions, start=1):
        leaves = grading.leaves(snapshot)
        points = sum((_points(answers.get(leaf["key"])) for leaf in leaves), Decimal(0))
        most = grading.max_points(snapshot)
        outcomes.append(
            QuestionOutcome(
                number=number,
                text=snapshot["text"],
                is_right=points >= most,
                is_partly_right=0 < points < most,
                parts=[
                    {
                        "text": leaf["text"],
                        "is_right": _points(answers.get(leaf["key"])) >= grading.max_points(leaf),
                    }
                    for leaf in leaves
                ]
                if snapshot["kind"] == grading.SCENARIO
                else [],
                lesson=lessons.get(snapshot.get("question_id")),
            )
        )
    return outcomes


def attempt_review(
    attempt: QuizAttempt,
    *,
    answers: dict[str, QuizAnswer] | None = None,
    lessons: dict[int, ItemOutline] | None = None,
) -> list[dict] | None:
    """What the learner may see after grading, by the quiz's review policy (None: score only).
    `lessons` ({question id: lesson}) adds each question's lesson to revisit."""
    policy = attempt.quiz.review
    if policy == ReviewPolicy.SCORE or attempt.state != AttemptState.GRADED:
        return None
    if answers is None:
        answers = {a.key: a for a in QuizAnswer.objects.filter(attempt=attempt)}
    lessons = lessons or {}
    full = policy == ReviewPolicy.FULL
    review = []
    for number, snapshot in enumerate(attempt.questions, start=1):
        parts = []
        for leaf in grading.leaves(snapshot):
            answer = answers.get(leaf["key"])
            response = answer.response if answer else None
            points = _points(answer)
            chosen = set()
            if response:
                chosen = {response.get("choice")} | set(response.get("choices", []))
            part = {
                "text": leaf["text"],
                "points": points,
                "max_points": grading.max_points(leaf),
                "is_right": points == grading.max_points(leaf),
                "given_text": (response or {}).get("text", ""),
                "options": [
                    {
                        "text": o["text"],
                        "chosen": o["id"] in chosen,
                        "is_correct": o["is_correct"] if full else None,
                        "feedback": o["feedback"] if full and o["id"] in chosen else "",
                    }
                    for o in leaf.get("options", [])
                ],
                "accepted": leaf.get("accepted", []) if full else [],
            }
            parts.append(part)
        review.append(
            {
                "number": number,
                "text": snapshot["text"],
                "case": snapshot.get("case", ""),
                "parts": parts,
                "is_right": all(part["is_right"] for part in parts),
                "lesson": lessons.get(snapshot.get("question_id")),
                "explanation": snapshot.get("explanation", "") if full else "",
            }
        )
    return review


@dataclass
class AttemptResult:
    """The result page of a graded attempt: the score against the pass mark, which questions
    were not right and the lesson to revisit for each (`outcomes`, None when the quiz shows
    the score only), the answers as the review policy allows once they are no longer held back
    (`review`), the attempts left, and the way on: the next item after a pass, the first
    lesson after the pre-test, the course's completion and its awards (a certificate)."""

    attempt: QuizAttempt
    quiz: QuizPage
    course: CoursePage | None
    outcomes: list[QuestionOutcome] | None
    review: list[dict] | None
    held_back: bool
    attempts_left: int | None  # None: no limit
    in_progress: QuizAttempt | None  # another attempt, started since
    has_passed_quiz: bool  # this attempt or another
    next_item: ItemOutline | None
    first_lesson: ItemOutline | None  # after the pre-test
    module_lessons: list[ItemOutline]  # the quiz's module, for a quiz that shows the score only
    required_left: int
    resume_item: ItemOutline | None
    course_complete: bool
    awards: list[Award]

    @property
    def is_pre_test(self) -> bool:
        return self.quiz.kind == QuizKind.PRE_TEST

    @property
    def to_revisit(self) -> list[QuestionOutcome]:
        return [outcome for outcome in self.outcomes or [] if not outcome.is_right]

    @property
    def can_retry(self) -> bool:
        return (
            not self.is_pre_test
            and not self.has_passed_quiz
            and self.in_progress is None
            and self.attempts_left != 0
        )


def _lessons_to_revisit(attempt: QuizAttempt, outline) -> dict[int, ItemOutline]:
    """{question id: the live lesson of this course that teaches it}, one query for all the
    questions: the lesson is looked up among the outline's items, which are live and inside the
    course, so a lesson withdrawn or in another course is never linked."""
    ids = {s["question_id"] for s in attempt.questions if s.get("question_id")}
    if outline is None or not ids:
        return {}
    items = {item.page.pk: item for item in outline.items if isinstance(item.page, LessonPage)}
    return {
        question_id: items[lesson_id]
        for question_id, lesson_id in Question.objects.filter(
            pk__in=ids, lesson__isnull=False
        ).values_list("pk", "lesson_id")
        if lesson_id in items
    }


def attempt_result(*, attempt: QuizAttempt) -> AttemptResult:
    """Everything the result page shows, in a number of queries that does not depend on the
    number of questions or attempts (tests/assessments/test_result_page.py holds it to that)."""
    quiz = attempt.quiz
    attempts = list(
        QuizAttempt.objects.filter(quiz_id=quiz.pk, user_id=attempt.user_id).only(
            "pk", "number", "state", "has_passed"
        )
    )
    course = CoursePage.objects.ancestor_of(quiz).first()
    enrolment = attempt.enrolment
    outline = course_outline(course=course, enrolment=enrolment) if course else None
    position = outline.position_of(quiz.pk) if outline else None
    lessons = _lessons_to_revisit(attempt, outline)
    answers = _points_by_attempt([attempt.pk]).get(attempt.pk, {})
    held_back = _held_back(attempt, attempts)
    show_questions = quiz.review != ReviewPolicy.SCORE
    following = []
    if position is not None and position.current is not None:
        following = outline.items[position.current.number :]
    course_complete = enrolment.completed_at is not None
    return AttemptResult(
        attempt=attempt,
        quiz=quiz,
        course=course,
        outcomes=_outcomes(attempt, answers, lessons=lessons) if show_questions else None,
        review=None
        if held_back or not show_questions
        else attempt_review(attempt, answers=answers, lessons=lessons),
        held_back=held_back,
        attempts_left=_attempts_left(quiz, len(attempts)),
        in_progress=next((a for a in attempts if a.state == AttemptState.IN_PROGRESS), None),
        has_passed_quiz=any(a.has_passed for a in attempts),
        next_item=position.next if position else None,
        first_lesson=next((i for i in following if isinstance(i.page, LessonPage)), None),
        module_lessons=[i for i in position.module.items if isinstance(i.page, LessonPage)]
        if position and position.module
        else [],
        required_left=outline.required_count - outline.completed_required_count if outline else 0,
        resume_item=outline.resume_item if outline else None,
        course_complete=course_complete,
        awards=enrolment_awards(enrolments=[enrolment]).get(enrolment.pk, [])
        if course_complete and attempt.has_passed
        else [],
    )


@dataclass
class KnowledgeGain:
    """Pre-test against final assessment for one course. Per learner: `pre` is their pre-test
    score, `post` their latest final assessment score (per cent), gain = post - pre and the
    normalised gain g = (post - pre) / (100 - pre) (undefined when pre is 100). Averages are over
    learners who sat both; `average_normalised` is the mean of the learners' g."""

    learners: QuerySet  # Enrolments annotated with pre, post, gain, normalised
    count: int
    average_pre: Decimal | None
    average_post: Decimal | None
    average_gain: Decimal | None
    average_normalised: Decimal | None


def course_knowledge_gain(*, course) -> KnowledgeGain | None:
    """None when the course has no pre-test or no final assessment. Aggregated in the
    database: the number of queries does not depend on the number of learners."""
    quizzes: dict[str, int] = {}
    # The first pre-test and the last final assessment of the course, in course order.
    for kind, pk in (
        QuizPage.objects.live()
        .descendant_of(course)
        .filter(kind__in=[QuizKind.PRE_TEST, QuizKind.FINAL])
        .order_by("path")
        .values_list("kind", "pk")
    ):
        if kind == QuizKind.FINAL or kind not in quizzes:
            quizzes[kind] = pk
    if QuizKind.PRE_TEST not in quizzes or QuizKind.FINAL not in quizzes:
        return None
    graded = QuizAttempt.objects.filter(user=OuterRef("user"), state=AttemptState.GRADED)
    pre = graded.filter(quiz_id=quizzes[QuizKind.PRE_TEST]).order_by("number").values("percent")
    post = graded.filter(quiz_id=quizzes[QuizKind.FINAL]).order_by("-number").values("percent")
    percent = DecimalField(max_digits=5, decimal_places=2)
    learners = (
        learners_only(Enrolment.objects.filter(course=course))
        .annotate(pre=Subquery(pre[:1], output_field=percent))
        .annotate(post=Subquery(post[:1], output_field=percent))
        .filter(pre__isnull=False, post__isnull=False)
        .annotate(gain=ExpressionWrapper(F("post") - F("pre"), output_field=percent))
        .annotate(
            normalised=Case(
                When(
                    pre__lt=100,
                    # In floating point: SQLite divides whole-number decimals as integers.
                    then=Cast(F("post") - F("pre"), FloatField())
                    / Cast(Value(100) - F("pre"), FloatField()),
                ),
                default=None,
            )
        )
    )
    figures = learners.aggregate(
        count=Count("pk"),
        average_pre=Avg("pre"),
        average_post=Avg("post"),
        average_gain=Avg("gain"),
        average_normalised=Avg("normalised"),
    )
    return KnowledgeGain(
        learners=learners.select_related("user").order_by("user__last_name", "user__email"),
        **{k: _decimal(v) if k != "count" else v for k, v in figures.items()},
    )


def _decimal(value) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal("0.01"))


@dataclass
class QuizResults:
    attempts: list[QuizAttempt]
    items: list
    distribution: list[int]
    chart: object
    regrades: list


DISTRIBUTION_LABELS = [f"{n}–{n + 9}" for n in range(0, 90, 10)] + ["90–100"]


def quiz_graded_attempts(*, quiz: QuizPage) -> QuerySet[QuizAttempt]:
    """A quiz's graded attempts with their learners, the latest first (the admin's listing)."""
    return (
        learners_only(QuizAttempt.objects.filter(quiz=quiz, state=AttemptState.GRADED))
        .select_related("user")
        .order_by("-submitted_at", "-pk")
    )


def quiz_results(*, quiz: QuizPage) -> QuizResults:
    """Graded attempts, the score distribution and item statistics, in four queries."""
    from core.charts import bar_chart

    attempts = list(
        learners_only(QuizAttempt.objects.filter(quiz=quiz, state=AttemptState.GRADED)).only(
            "pk", "questions", "percent"
        )
    )
    answers: dict[int, dict] = {}
    for row in learners_only(
        QuizAnswer.objects.filter(attempt__quiz=quiz, attempt__state=AttemptState.GRADED),
        "attempt__user__",
    ).values("attempt_id", "key", "response", "points"):
        answers.setdefault(row["attempt_id"], {})[row["key"]] = row
    items = statistics.quiz_item_statistics(
        [(a.questions, answers.get(a.pk, {})) for a in attempts]
    )
    distribution = statistics.score_distribution([a.percent for a in attempts])
    return QuizResults(
        attempts=attempts,
        items=items,
        distribution=distribution,
        chart=bar_chart(
            title=ngettext(
                "Scores of %(count)s graded attempt, by tenths",
                "Scores of %(count)s graded attempts, by tenths",
                len(attempts),
            )
            % {"count": len(attempts)},
            labels=DISTRIBUTION_LABELS,
            values=distribution,
        ),
        regrades=list(quiz.regrades.select_related("actor")[:10]),
    )


def quizzes_followed_by(*, user: User) -> QuerySet[QuizPage]:
    """Quizzes of the courses this person follows, with their course's title and attempt
    figures (one query, however many quizzes)."""
    from courses.selectors import courses_managed_by, user_sees_all_courses

    quizzes = QuizPage.objects.all()
    if not user_sees_all_courses(user):
        paths = list(courses_managed_by(user=user).values_list("path", flat=True))
        if not paths:
            return quizzes.none()
        condition = Q()
        for path in paths:
            condition |= Q(path__startswith=path)
        quizzes = quizzes.filter(condition)
    # The course is the quiz's ancestor: the CoursePage whose path starts the quiz's path.
    course_title = CoursePage.objects.filter(
        path=Substr(OuterRef("path"), 1, Length("path"))
    ).values("title")[:1]
    # Learners' graded attempts only: never staff's previews.
    graded = Q(attempts__state=AttemptState.GRADED, attempts__user__in=learner_accounts())
    return quizzes.annotate(
        course_title=Subquery(course_title),
        graded_count=Count("attempts", filter=graded),
        average_percent=Avg("attempts__percent", filter=graded),
    ).order_by("path")


def quizzes_in_course(quizzes: QuerySet[QuizPage], course) -> QuerySet[QuizPage]:
    """Narrow a quiz listing to one course's quizzes."""
    return quizzes.filter(path__startswith=course.path, depth__gt=course.depth)


def user_attempts_export(user: User) -> list[dict]:
    """Every quiz attempt of the learner, with their answers, for their own data export."""
    attempts = list(QuizAttempt.objects.filter(user=user).select_related("quiz").order_by("pk"))
    # Points per answer say which answers were right: only where the review shows that.
    revealed = {a.pk for a in attempts if not review_held_back(a) and a.quiz.review != "score"}
    answers: dict[int, list] = {}
    for answer in QuizAnswer.objects.filter(attempt__user=user).order_by("attempt_id", "key"):
        answers.setdefault(answer.attempt_id, []).append(
            {
                "question": answer.key,
                "response": answer.response,
                "points": str(answer.points)
                if answer.points is not None and answer.attempt_id in revealed
                else None,
                "saved_at": answer.saved_at.isoformat(),
            }
        )
    return [
        {
            "quiz": a.quiz.title,
            "attempt": a.number,
            "state": a.state,
            "started_at": a.started_at.isoformat(),
            "submitted_at": a.submitted_at.isoformat() if a.submitted_at else None,
            "percent": str(a.percent) if a.percent is not None else None,
            "passed": a.has_passed,
            "answers": answers.get(a.pk, []),
        }
        for a in attempts
    ]


def enrolment_final_score(*, enrolment: Enrolment) -> Decimal | None:
    """The learner's best graded score on the course's final assessment(s), as a percentage;
    None when the course has no final or the learner sat none (certificates print it)."""
    return QuizAttempt.objects.filter(
        enrolment=enrolment, state=AttemptState.GRADED, quiz__kind=QuizKind.FINAL
    ).aggregate(best=Max("percent"))["best"]


def snapshot_parts(snapshot: dict) -> list[dict]:
    """The answerable parts of a question snapshot (a scenario's sub-questions, or the question
    itself), with their keys and, for staff tools and the demo, their answers."""
    return grading.leaves(snapshot)
