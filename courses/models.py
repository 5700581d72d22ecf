"""The course catalogue (Wagtail pages, editorial content only) and the learner's state (plain
models keyed to those pages).

Page tree: CourseIndexPage (/courses/) > CoursePage > ModulePage > course items. A course item is
any page type derived from CourseItemPage: LessonPage here, QuizPage in `assessments`. Progress
is recorded per item page id, so publishing a new revision of a lesson never touches it."""

from django.conf import settings
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from accounts.models import Audience, AudienceLinksMixin
from core.pages import (
    FreeSlugPageForm,
    FreeSlugPageMixin,
    PersonalisedPageMixin,
    SitePageMixin,
)
from courses.blocks import FurtherReadingBlock, LessonBodyBlock


class AccessLevel(models.TextChoices):
    OPEN = "open", _("Open: anyone with an account may enrol")
    AUDIENCE = "audience", _("Audience: approved members of the chosen audiences may enrol")
    INVITATION = "invitation", _("Invitation: only trainers and programme managers enrol people")


class CourseIndexPage(PersonalisedPageMixin, SitePageMixin, Page):
    """The catalogue at /courses/. Created by migration courses/0002; there is only one."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    featured_heading = models.CharField(
        max_length=120,
        default=_("Courses for responders"),
        help_text=_("The heading of the featured courses on the home page."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("featured_heading"), InlinePanel("featured_courses", max_num=6)],
            heading=_("Featured on the home page"),
        ),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from accounts.selectors import user_membership_request
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = selectors.catalogue(
            user=request.user,
            index=self,
            audience=request.GET.get("audience", ""),
            query=request.GET.get("q", ""),
        )
        membership = user_membership_request(request.user)
        context["membership"] = membership
        context["membership_courses"] = (
            selectors.courses_opening_on_approval(audience=membership.audience)
            if membership is not None and membership.is_pending
            else []
        )
        return context


class FeaturedCourse(Orderable):
    """A course shown on the home page, in the editor's order. The catalogue owns the list, so
    that the home page (`cms`) never names a course."""

    catalogue = ParentalKey(
        CourseIndexPage, on_delete=models.CASCADE, related_name="featured_courses"
    )
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured course")


class CoursePageForm(FreeSlugPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("access_level") == AccessLevel.AUDIENCE:
            formset = self.formsets.get("audience_links")
            chosen = []
            # The formsets are validated after this form: validate this one now to read it.
            if formset is not None and formset.is_valid():
                chosen = [
                    form.cleaned_data.get("audience")
                    for form in formset.forms
                    if form.cleaned_data and not form.cleaned_data.get("DELETE")
                ]
            if not any(chosen):
                self.add_error(
                    "access_level",
                    _("Choose at least one audience below, or open the course to everyone."),
                )
        return cleaned_data


class CoursePage(AudienceLinksMixin, PersonalisedPageMixin, SitePageMixin, Page):
    summary = models.TextField(max_length=600, help_text=_("Two or three sentences."))
    access_level = models.CharField(
        max_length=20, choices=AccessLevel.choices, default=AccessLevel.AUDIENCE
    )
    learning_objectives = models.TextField(
        blank=True, help_text=_("One objective per line: what a learner will be able to do.")
    )
    estimated_hours = models.DecimalField(
        max_digits=4, decimal_places=1, default=1, help_text=_("Printed on the certificate.")
    )
    prerequisites = models.TextField(
        blank=True, help_text=_("What learners should know or have done before starting.")
    )
    prerequisite_courses = ParentalManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="+",
        help_text=_("Courses a learner must complete before enrolling in this one."),
    )
    issues_certificate = models.BooleanField(
        default=True, help_text=_("Learners who complete the course receive a certificate.")
    )

    base_form_class = CoursePageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [
                FieldPanel("access_level"),
                InlinePanel("audience_links", label=_("Audience"), heading=_("Audiences")),
                FieldPanel("prerequisites"),
                FieldPanel("prerequisite_courses"),
            ],
            heading=_("Who may take it"),
        ),
        FieldPanel("estimated_hours"),
        FieldPanel("issues_certificate"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.SearchField("prerequisites"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    admin_default_ordering = "ord"  # the admin lists modules in course order

    class Meta:
        verbose_name = _("course")

    @property
    def objectives(self) -> list[str]:
        return [line.strip() for line in self.learning_objectives.splitlines() if line.strip()]

    def serve(self, request, *args, **kwargs):
        from courses import selectors, services

        access = selectors.course_access(user=request.user, course=self)
        if access.enrolment is not None and services.enrolment_complete_if_done(
            enrolment=access.enrolment
        ):
            access.enrolment.refresh_from_db()
        request.course_access = access
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        access = getattr(request, "course_access", None)
        if access is None:  # preview
            access = selectors.course_access(user=request.user, course=self)
        context["access"] = access
        context["outline"] = selectors.course_outline(course=self, enrolment=access.enrolment)
        context["awards"] = []
        if access.enrolment is not None and access.enrolment.completed_at is not None:
            from courses.awards import enrolment_awards

            context["awards"] = enrolment_awards(enrolments=[access.enrolment]).get(
                access.enrolment.pk, []
            )
        return context


class CourseAudience(Orderable):
    """One audience a course is meant for (a course may have several)."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="audience_links")
    audience = models.CharField(
        max_length=30, choices=[c for c in Audience.choices if c[0] != Audience.OTHER]
    )

    panels = [FieldPanel("audience")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["course", "audience"], name="courses_audience_once")
        ]


class CourseTrainer(models.Model):
    """A trainer who follows a course's learners. Kept out of the page's content and revisions
    because it opens learners' personal data: only programme managers and administrators
    (courses.assign_trainers) assign trainers, on the course's "Course learners" screen."""

    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="trainer_links")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_assignments"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course", "user"], name="courses_trainer_once"),
        ]
        permissions = [("assign_trainers", "Can assign trainers to courses")]

    def __str__(self) -> str:
        return f"{self.user} trains {self.course}"


class ModulePage(FreeSlugPageMixin, SitePageMixin, Page):
    """A module groups course items. Its sources are cited under "Further reading"."""

    summary = models.TextField(blank=True, max_length=600)
    further_reading = StreamField(
        [("source", FurtherReadingBlock())], blank=True, use_json_field=True
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("further_reading")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    admin_default_ordering = "ord"  # the admin lists lessons in course order
    # Any course item type (each declares parent_page_types = ["courses.ModulePage"]), so that
    # `assessments` can add its QuizPage without `courses` naming it.
    subpage_types = None

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        # A module is a heading in the course outline, not a page of its own.
        return redirect(self.get_parent().get_url(request) + f"#module-{self.pk}")

    def get_sitemap_urls(self, request=None):
        return []  # a redirect to its course


class CourseItemPage(FreeSlugPageMixin, PersonalisedPageMixin, SitePageMixin, Page):
    """Something a learner works through inside a module: a lesson, or (in `assessments`) a
    quiz. Progress and course completion are counted over course items."""

    is_required = models.BooleanField(
        default=True, help_text=_("Learners must complete it to complete the course.")
    )
    estimated_minutes = models.PositiveSmallIntegerField(default=10)

    # Learners mark lessons complete themselves; a quiz is complete when it is passed, which
    # its app reports through courses.services.item_complete.
    completed_by_learner = True
    # Extra fields of the item type that the course outline loads (it loads no bodies).
    outline_fields: tuple[str, ...] = ()
    # A gate (a pre-test) must be completed before the items after it open.
    is_gate = False
    # How the course page counts items of this type ("4 quizzes"). The one other item type
    # today is the quiz (assessments.QuizPage); a new type sets its own words.
    count_label = ngettext_lazy("%(count)d quiz", "%(count)d quizzes", "count")

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        abstract = True

    def get_sitemap_urls(self, request=None):
        return []  # for enrolled learners only: nothing for a search engine

    def serve(self, request, *args, **kwargs):
        from courses import selectors, services

        if getattr(request, "is_preview", False):
            return super().serve(request, *args, **kwargs)
        learning = selectors.item_learning(user=request.user, item=self)
        refusal = self.learning_refusal(request, learning)
        if refusal is not None:
            return refusal
        enrolment = learning.access.enrolment
        # A GET is a visit. A POST that shows the page again (a knowledge check answered
        # without JavaScript) records nothing.
        if enrolment is not None and request.method == "GET":
            services.enrolment_complete_if_done(enrolment=enrolment)
            current = learning.position.current
            services.item_visit(enrolment=enrolment, item=self, already_viewed=current.is_viewed)
            current.is_viewed = True
        request.course_context = learning
        return super().serve(request, *args, **kwargs)

    def learning_refusal(self, request, learning):
        """The response for a learner who may not open this item now (None when they may):
        to log in, to the course page (which says why), or to the gate that opens it."""
        from django.contrib import messages
        from django.contrib.auth.views import redirect_to_login

        if learning.refusal == "login":
            return redirect_to_login(request.get_full_path())
        if learning.refusal == "unpublished":
            raise Http404("This lesson is not published.")
        if learning.refusal == "course":
            if learning.message:
                messages.info(request, learning.message)
            return redirect(learning.course.get_url(request))
        if learning.refusal == "locked":
            messages.info(request, learning.message)
            return redirect(learning.position.current.locked_by.page.get_url(request))
        return None

    def get_context(self, request, *args, **kwargs):
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        learning = getattr(request, "course_context", None)
        if learning is None:  # preview
            learning = selectors.item_learning(user=request.user, item=self, preview=True)
        context.update(
            course=learning.course,
            access=learning.access,
            outline=learning.outline,
            position=learning.position,
            knowledge_check=getattr(request, "knowledge_check", None),
        )
        return context


class LessonPage(CourseItemPage):
    summary = models.CharField(max_length=300, blank=True)
    body = StreamField(LessonBodyBlock(), use_json_field=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    settings_panels = [
        *Page.settings_panels,
        FieldPanel("is_required"),
        FieldPanel("estimated_minutes"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    count_label = ngettext_lazy("%(count)d lesson", "%(count)d lessons", "count")

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The knowledge checks' script, only on lessons that have one (read from the stored
        # blocks' types: decoding the body would load what its blocks choose, which the cached
        # drawing of the body, core_tags.shared_fragment, spares).
        context["has_knowledge_check"] = any(
            block["type"] == "knowledge_check" for block in self.body.raw_data
        )
        return context


def course_item_models() -> list[type[CourseItemPage]]:
    """Every concrete course-item page type (LessonPage, and those of apps above courses)."""
    from wagtail.models import get_page_models

    return [
        model
        for model in get_page_models()
        if issubclass(model, CourseItemPage) and not model._meta.abstract
    ]


class Enrolment(models.Model):
    """A learner taking a course. One per learner and course (a unique constraint, so double
    clicks and retries cannot create a second). `progress_percent` is a copy of what the learner's
    item progress gives, kept for sorting and reports; the services update it in the same
    transaction as the progress it summarises."""

    class Source(models.TextChoices):
        SELF = "self", _("Enrolled themselves")
        STAFF = "staff", _("Enrolled by staff")
        ORGANISATION = "organisation", _("Enrolled with their organisation")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="enrolments")
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.SELF)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    enrolled_at = models.DateTimeField(db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    progress_percent = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_enrolment_once"),
            models.CheckConstraint(
                condition=models.Q(progress_percent__lte=100), name="courses_percent_max_100"
            ),
        ]
        indexes = [models.Index(fields=["course", "completed_at"])]
        permissions = [
            ("enrol_learners", "Can enrol learners in the courses they train or manage"),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.course}"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class ItemProgress(models.Model):
    """A learner's progress on one course item: opened, and (perhaps) completed."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="item_progress")
    item = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    first_viewed_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "item"], name="courses_progress_once"),
        ]
        verbose_name_plural = _("item progress")

    def __str__(self) -> str:
        return f"{self.enrolment}: item {self.item_id}"
