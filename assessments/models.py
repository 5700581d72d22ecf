"""Question bank (snippets), quizzes (a course item page) and attempts.

An attempt keeps a frozen copy ("snapshot", see assessments/grading.py) of every question it
asked, options in the order shown and under identifiers of the attempt's own (arrangement.py):
editing a question never changes an attempt already taken.
Correct answers live only in that copy and in the bank, never in a page before submission."""

import hashlib
import json

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, PreviewableMixin
from wagtail.search import index

from assessments import grading
from assessments.blocks import QUESTION_TYPES, QuestionBodyBlock
from courses.models import CourseItemPage, Enrolment

#: A title made from a question's text is at most this long (cut at a word, then "…").
TITLE_WORDS_LENGTH = 80


def title_from_text(text: str, limit: int = TITLE_WORDS_LENGTH) -> str:
    """The first words of `text`, up to `limit` characters, cut at a word boundary: a label that
    reads as words, e.g. "A victim tells you that the man who controlled her knows where…"."""
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words[: limit + 1].rsplit(" ", 1)[0] if " " in words[:limit] else words[:limit]
    return cut.rstrip(" ,;:.-\u2013\u2014") + "\u2026"


class QuestionCategory(models.Model):
    """A shelf of the bank; quizzes draw random questions from one. Its chooser searches by
    name (assessments.viewsets.QuestionCategoryChooserViewSet)."""

    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("question categories")

    def __str__(self) -> str:
        return self.name


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey(
        "assessments.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Question(PreviewableMixin, index.Indexed, ClusterableModel):
    """A question in the bank. Its body holds exactly one question block. Its title, which
    only the bank shows, is made from the question's own words when left empty (`clean`), so
    that listings and choosers read as words. Previewed as learners see it (`get_preview_*`,
    assessments/previews.py)."""

    title = models.CharField(
        max_length=200,
        blank=True,
        help_text=_(
            "A short label for the question bank, not shown to learners. Leave it empty to "
            "use the first words of the question."
        ),
    )
    category = models.ForeignKey(
        QuestionCategory, on_delete=models.PROTECT, related_name="questions"
    )
    reference = models.CharField(
        _("ID number"),
        max_length=100,
        blank=True,
        help_text=_(
            "Optional: your own identifier for this question, unique in its category (like "
            "Moodle's ID number), e.g. from the source it was imported from."
        ),
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lesson to revisit"),
        help_text=_("Where the answer is taught: a learner who gets it wrong is pointed there."),
    )
    tags = ClusterTaggableManager(through=QuestionTag, blank=True)
    body = StreamField(QuestionBodyBlock(), use_json_field=True)
    explanation = models.TextField(
        blank=True, help_text=_("Shown after the attempt when the quiz allows it.")
    )
    points = models.PositiveSmallIntegerField(
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("For a scenario, each question about the case is worth one point."),
    )
    is_active = models.BooleanField(default=True, help_text=_("Inactive questions are not drawn."))
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("category"),
        FieldPanel("lesson"),
        FieldPanel("tags"),
        FieldPanel(
            "body",
            heading=_("The question"),
            help_text=_('Press "Add a question", choose its type, then write it.'),
        ),
        FieldPanel("explanation"),
        FieldPanel("points"),
        FieldPanel("is_active"),
        FieldPanel("reference"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("body"),
        index.SearchField("reference"),
        index.AutocompleteField("reference"),
        index.FilterField("category"),
        index.FilterField("is_active"),
    ]

    class Meta:
        ordering = ["category__name", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["category", "reference"],
                condition=~models.Q(reference=""),
                name="assessments_question_reference_unique_in_category",
            )
        ]

    def __str__(self) -> str:
        return self.title or title_from_text(self.text) or str(_("Question without text"))

    def clean(self):
        super().clean()
        self.title = self.title.strip() or title_from_text(self.text)

    @property
    def kind(self) -> str:
        return self.body[0].block_type if len(self.body) else ""

    @property
    def kind_label(self) -> str:
        """The question type as people say it: "Single choice", "True or false", ..."""
        return str(QUESTION_TYPES.get(self.kind, ""))

    @property
    def text(self) -> str:
        """The question as learners read it (a scenario: its heading)."""
        if not len(self.body):
            return ""
        return self.body[0].value["text"] or ""

    def get_preview_template(self, request, mode_name):
        return "assessments/admin/preview.html"

    def get_preview_context(self, request, mode_name):
        from assessments import previews

        return previews.question_preview_context(question=self, request=request)

    @property
    def content_hash(self) -> str:
        """Identifies this version of the question's content (recorded with each snapshot)."""
        data = json.dumps(
            [self.body.get_prep_value(), self.explanation, self.points], sort_keys=True
        )
        return hashlib.sha256(data.encode()).hexdigest()[:16]

    def snapshot(self, *, key: str) -> dict:
        """The frozen copy an attempt keeps (grading.py describes it): options in the order
        written, under their ids in the bank. assessments/arrangement.py then puts them in the
        attempt's order and under the attempt's own identifiers."""
        block = self.body[0]
        data = _leaf_snapshot(block.block_type, block.value, key=key)
        data.update(
            question_id=self.pk,
            version=self.content_hash,
            explanation=self.explanation,
        )
        if block.block_type == grading.SCENARIO:
            data["case"] = block.value["case"]
            data["parts"] = [
                _leaf_snapshot(part.block_type, part.value, key=f"{key}.{n}")
                for n, part in enumerate(block.value["parts"], start=1)
            ]
        else:
            data["points"] = self.points
        return data


def _leaf_snapshot(kind: str, value, *, key: str) -> dict:
    data = {"key": key, "kind": kind, "text": value["text"], "points": 1, "explanation": ""}
    if kind in (grading.SINGLE, grading.MULTIPLE):
        options = [
            {
                "id": item.id,
                "text": item.value["text"],
                "is_correct": bool(item.value["is_correct"]),
                "is_pinned": bool(item.value["is_pinned"]),
                "feedback": item.value["feedback"] or "",
            }
            for item in value["options"].bound_blocks
        ]
        data["options"] = options
        if kind == grading.MULTIPLE:
            data["scoring"] = value["scoring"]
    elif kind == grading.TRUE_FALSE:
        data["options"] = [
            {
                "id": "true",
                "text": str(_("True")),
                "is_correct": bool(value["answer"]),
                "feedback": value["feedback_true"] or "",
            },
            {
                "id": "false",
                "text": str(_("False")),
                "is_correct": not value["answer"],
                "feedback": value["feedback_false"] or "",
            },
        ]
    elif kind == grading.SHORT_ANSWER:
        data["accepted"] = list(value["accepted"])
    return data


class QuizKind(models.TextChoices):
    PRE_TEST = "pre_test", _("Pre-test (the required first step; not graded)")
    MODULE_QUIZ = "module_quiz", _("Module quiz")
    FINAL = "final", _("Final assessment")


class ReviewPolicy(models.TextChoices):
    SCORE = "score", _("Score only")
    ANSWERS = "answers", _("Their answers, marked right or wrong")
    FULL = "full", _("Their answers, the correct answers, feedback and explanations")


class QuizPage(CourseItemPage):
    """A quiz placed in a module. A learner completes it by passing it (a pre-test: by
    submitting it); `assessments` then reports it through courses.services.item_complete."""

    kind = models.CharField(max_length=20, choices=QuizKind.choices, default=QuizKind.MODULE_QUIZ)
    intro = models.TextField(blank=True)
    shuffle_questions = models.BooleanField(default=True)
    shuffle_options = models.BooleanField(
        default=True,
        help_text=_(
            "Show the options of each choice question in a new order in every attempt "
            "(options kept in place stay where they are; true or false stays in order)."
        ),
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Per cent of the points needed to pass."),
    )
    attempts_allowed = models.PositiveSmallIntegerField(default=3, help_text=_("0 for no limit."))
    time_limit_minutes = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("Empty for no time limit.")
    )
    review = models.CharField(
        max_length=20,
        choices=ReviewPolicy.choices,
        default=ReviewPolicy.FULL,
        help_text=_("What learners see after submitting an attempt."),
    )

    completed_by_learner = False
    outline_fields = ("kind",)

    content_panels = [
        *CourseItemPage.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        InlinePanel("quiz_questions", heading=_("Fixed questions"), label=_("Question")),
        InlinePanel(
            "draws", heading=_("Random questions"), label=_("Questions drawn from a category")
        ),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("attempts_allowed"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
                FieldPanel("review"),
            ],
            heading=_("Rules"),
        ),
    ]
    settings_panels = [
        *CourseItemPage.settings_panels,
        FieldPanel("is_required"),
        FieldPanel("estimated_minutes"),
    ]

    class Meta:
        verbose_name = _("quiz")

    @property
    def is_gate(self) -> bool:
        """A pre-test is taken before the lessons that follow it."""
        return self.kind == QuizKind.PRE_TEST

    #: The editor's preview shows the quiz's page, or its questions as an attempt shows them.
    QUESTIONS_PREVIEW = "questions"

    @property
    def preview_modes(self):
        return [
            ("", _("Quiz page")),
            (self.QUESTIONS_PREVIEW, _("Questions, as a learner answers them")),
        ]

    def serve_preview(self, request, mode_name):
        if mode_name != self.QUESTIONS_PREVIEW:
            return super().serve_preview(request, mode_name)
        from django.template.response import TemplateResponse

        from assessments import previews

        return TemplateResponse(
            request,
            "assessments/admin/preview.html",
            previews.quiz_preview_context(quiz=self, request=request),
        )

    def clean(self):
        super().clean()
        if self.kind == QuizKind.PRE_TEST:
            # The rule, said the same everywhere: a pre-test is the required first step. It is
            # not graded (its score never counts toward passing); submitting it completes it
            # and opens the items after it.
            self.is_required = True

    def serve(self, request, *args, **kwargs):
        from assessments import services

        if request.user.is_authenticated and not getattr(request, "is_preview", False):
            services.attempts_close_expired(user=request.user, quiz=self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from assessments import selectors

        context = super().get_context(request, *args, **kwargs)
        access = context["access"]
        context["quiz_status"] = selectors.quiz_status(
            quiz=self, user=request.user, enrolment=access.enrolment
        )
        return context


class QuizQuestion(Orderable):
    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("question")]


class QuizDraw(Orderable):
    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="draws")
    category = models.ForeignKey(QuestionCategory, on_delete=models.PROTECT, related_name="+")
    count = models.PositiveSmallIntegerField(
        default=5, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )

    panels = [FieldPanel("category"), FieldPanel("count")]


class AttemptState(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    GRADED = "graded", _("Submitted and graded")


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(QuizPage, on_delete=models.PROTECT, related_name="attempts")
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="quiz_attempts")
    number = models.PositiveSmallIntegerField()
    state = models.CharField(
        max_length=20, choices=AttemptState.choices, default=AttemptState.IN_PROGRESS
    )
    questions = models.JSONField(help_text=_("The frozen questions, in the order shown."))
    started_at = models.DateTimeField()
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    has_passed = models.BooleanField(null=True, blank=True)
    regraded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "user", "number"], name="assessments_attempt_number_once"
            ),
            models.UniqueConstraint(
                fields=["quiz", "user"],
                condition=models.Q(state="in_progress"),
                name="assessments_one_attempt_in_progress",
            ),
        ]
        indexes = [models.Index(fields=["quiz", "state"])]

    def __str__(self) -> str:
        return f"Attempt {self.number} of {self.user} at {self.quiz}"

    @property
    def is_in_progress(self) -> bool:
        return self.state == AttemptState.IN_PROGRESS


class QuizAnswer(models.Model):
    """A learner's answer to one (leaf) question of an attempt, saved as they go."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    key = models.CharField(max_length=20)
    response = models.JSONField(null=True, blank=True)
    saved_at = models.DateTimeField()
    points = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "key"], name="assessments_answer_once")
        ]

    def __str__(self) -> str:
        return f"{self.attempt}: {self.key}"


class QuizRegrade(models.Model):
    """A record of regrading a quiz's attempts after its questions were corrected."""

    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="regrades")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    attempts_regraded = models.PositiveIntegerField()
    attempts_changed = models.PositiveIntegerField()
    detail = models.JSONField(default=dict)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Regrade of {self.quiz} on {self.created_at:%Y-%m-%d %H:%M}"


class EnrolmentResult(models.Model):
    """An enrolment's scores as reports count them, kept in step with its attempts by
    `services._grade` (in the grading transaction) so that programme reports join one row per
    enrolment instead of searching the attempts of every enrolment (QUALITY 22)."""

    enrolment = models.OneToOneField(
        Enrolment, primary_key=True, on_delete=models.CASCADE, related_name="result"
    )
    first_pre_test = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    best_final = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    latest_final = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    has_sat_final = models.BooleanField(default=False)
    has_passed_final = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Results of enrolment {self.enrolment_id}"
