"""Reads for the catalogue and learning: who may take a course and why not, the outline of a
course with a learner's progress, the learner's dashboard, and the trainer's lists.

Each function runs a fixed number of queries, however many modules, lessons or learners there
are (tests/courses/test_query_counts.py holds them to it)."""

import re
from dataclasses import dataclass, field

from django.db.models import Avg, Count, Q, QuerySet
from django.http import Http404
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from accounts import roles
from accounts.models import Audience, MembershipStatus, User
from accounts.selectors import (
    learner_accounts,
    learners_only,
    user_approved_audiences,
    user_profile,
)
from core import page_cache
from courses.models import (
    AccessLevel,
    CourseIndexPage,
    CourseItemPage,
    CoursePage,
    CourseTrainer,
    Enrolment,
    ItemProgress,
    LessonPage,
    ModulePage,
    course_item_models,
)

EVERYONE = "everyone"  # the catalogue filter value for courses open to all


def user_sees_all_courses(user: User) -> bool:
    """Programme managers and administrators follow every course (superusers hold every
    permission; `has_perm` answers no for staff whose session has not passed the second
    factor)."""
    return user.is_authenticated and user.has_perm("accounts.view_reports")


def user_follows_courses(user: User) -> bool:
    """Whether the person follows courses at all (trainers, programme managers,
    administrators): they see the admin's course learners and quiz results."""
    return user.has_perm("courses.enrol_learners") or user_sees_all_courses(user)


def user_can_manage_course(*, user: User, course: CoursePage) -> bool:
    """May this person see the course's learners and enrol people in it? Managers and
    administrators: every course. Trainers: the courses they are assigned to."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user_sees_all_courses(user):
        return True
    return (
        user.has_perm("courses.enrol_learners")
        and CourseTrainer.objects.filter(course=course, user=user).exists()
    )


@dataclass
class CourseAccess:
    enrolment: Enrolment | None = None
    can_enrol: bool = False  # may enrol themselves now
    can_learn: bool = False  # may open the lessons (enrolled, or staff following the course)
    reason: str = ""  # why the course is closed to them; empty when it is not


def _audience_names(values) -> str:
    labels = dict(Audience.choices)
    return ", ".join(str(labels.get(value, value)) for value in values) or _("no audience yet")


def self_enrolment_refusal(*, user: User, course: CoursePage) -> str:
    """Why this signed-in user may not enrol themselves in the course; "" when they may."""
    profile = user_profile(user)
    if profile is not None and profile.erased_at:
        return _("This account has been closed.")
    if course.access_level == AccessLevel.INVITATION:
        return _(
            "Trainers and programme managers enrol participants in this course. "
            "Ask your agency's training coordinator to enrol you."
        )
    if course.access_level == AccessLevel.AUDIENCE:
        wanted = set(course.audience_values)
        if not wanted & user_approved_audiences(user):
            audience_names = _audience_names(course.audience_values)
            own = profile.audience if profile is not None else ""
            if own in wanted and profile.membership_status == MembershipStatus.PENDING:
                return _(
                    "This course is for %(audiences)s. Your membership is waiting for a "
                    "programme manager's approval; you can enrol as soon as it is approved."
                ) % {"audiences": audience_names}
            if own in wanted and profile.membership_status == MembershipStatus.REJECTED:
                return _(
                    "This course is for %(audiences)s. Your membership was not confirmed, so "
                    "the course stays closed to you. Contact the programme team if this is "
                    "a mistake."
                ) % {"audiences": audience_names}
            return _(
                "This course is for %(audiences)s only. Your profile says: %(own)s. If that is "
                "wrong, correct it on your profile; a programme manager then confirms it."
            ) % {"audiences": audience_names, "own": _audience_names([own]) if own else "—"}
    prerequisites = list(course.prerequisite_courses.all())
    completed = set(
        Enrolment.objects.filter(
            user=user, course__in=prerequisites, completed_at__isnull=False
        ).values_list("course_id", flat=True)
    )
    missing = [p.title for p in prerequisites if p.pk not in completed]
    if missing:
        return _("Complete %(courses)s first.") % {"courses": ", ".join(missing)}
    return ""


def enrolment_with_progress(
    *, user: User, course: CoursePage
) -> tuple[Enrolment | None, dict[int, bool]]:
    """The person's enrolment in the course (None if they have none) and their progress on its
    items ({item id: completed}), in one query: a lesson page's whole reading of its learner."""
    fields = [field.attname for field in Enrolment._meta.concrete_fields]
    rows = Enrolment.objects.filter(user=user, course=course).values_list(
        *fields, "item_progress__item_id", "item_progress__completed_at"
    )
    enrolment, progress = None, {}
    for row in rows:
        if enrolment is None:
            enrolment = Enrolment.from_db(rows.db, fields, row[: len(fields)])
        item_id, completed_at = row[len(fields) :]
        if item_id is not None:
            progress[item_id] = completed_at is not None
    return enrolment, progress


_UNREAD = object()  # an enrolment not read yet


def course_access(*, user: User, course: CoursePage, enrolment=_UNREAD) -> CourseAccess:
    """What this person may do in this course. `enrolment`: theirs, when already read (None
    for none)."""
    if not user.is_authenticated:
        if course.access_level == AccessLevel.OPEN:
            reason = _("Log in or sign up to enrol: this course is open to everyone.")
        elif course.access_level == AccessLevel.AUDIENCE:
            reason = _(
                "Log in to enrol. This course is for %(audiences)s; a programme manager "
                "confirms new members of those groups."
            ) % {"audiences": _audience_names(course.audience_values)}
        else:
            reason = _("Participants are enrolled by their trainers. Log in to see your courses.")
        return CourseAccess(reason=reason)
    if enrolment is _UNREAD:
        enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is not None:
        return CourseAccess(enrolment=enrolment, can_learn=True)
    reason = self_enrolment_refusal(user=user, course=course)
    return CourseAccess(
        can_enrol=not reason,
        can_learn=user_can_manage_course(user=user, course=course),
        reason=reason,
    )


def item_course(*, item: Page) -> CoursePage:
    """The course above this page (kept in the pages' cache, which a move replaces)."""
    course = page_cache.remembered(
        f"courses:course-of:{item.path}", lambda: CoursePage.objects.ancestor_of(item).first()
    )
    if course is None:
        raise Http404("This page is not inside a course.")
    return course


@dataclass
class ItemOutline:
    page: CourseItemPage
    number: int  # 1-based position in the course
    kind_number: int = 0  # 1-based position among the items of its type (lesson 3 of 9)
    is_complete: bool = False
    is_viewed: bool = False
    # An unfinished gate (pre-test) before it. Never set on a completed item: an item is shown
    # either done or locked, never both.
    locked_by: "ItemOutline | None" = None

    @property
    def is_required(self) -> bool:
        return self.page.is_required

    @property
    def state(self) -> str:
        """ "done", "locked", "in_progress" (opened, not completed) or "not_started"."""
        if self.is_complete:
            return "done"
        if self.locked_by is not None:
            return "locked"
        return "in_progress" if self.is_viewed else "not_started"

    @property
    def kind_label(self) -> str:
        return capfirst(self.page._meta.verbose_name)

    # The words and signs of an item, the same on the course page and beside every lesson and
    # quiz (said here once rather than in templates: the outline is drawn on every page view).

    @property
    def url(self) -> str:
        """The item's address, worked out once when the outline was cached."""
        return getattr(self.page, "outline_url", None) or self.page.url

    @property
    def mark(self) -> str:
        """The sign before the title (aria-hidden: the state is also said in words)."""
        return ITEM_MARKS[self.state]

    @property
    def state_label(self) -> str:
        """The state in words: done, in progress, not started, or locked (never both done and
        locked)."""
        return str(ITEM_STATE_LABELS[self.state])

    @property
    def rule_label(self) -> str:
        """What kind of step it is: a gate (the pre-test) is the required first step and is not
        graded; other items are required unless marked optional ("" for a plain required one)."""
        if self.page.is_gate:
            return (
                _("First step · not graded")
                if self.number == 1
                else _("Required step · not graded")
            )
        return "" if self.is_required else _("optional")


ITEM_MARKS = {"done": "✓", "locked": "✕", "in_progress": "◐", "not_started": "○"}
ITEM_STATE_LABELS = {
    "done": gettext_lazy("Done"),
    "locked": gettext_lazy("Locked: opens after you submit the pre-test"),
    "in_progress": gettext_lazy("In progress"),
    "not_started": gettext_lazy("Not started"),
}


@dataclass
class ModuleOutline:
    page: ModulePage
    items: list[ItemOutline] = field(default_factory=list)

    @property
    def required_count(self) -> int:
        return sum(1 for item in self.items if item.is_required)

    @property
    def completed_required_count(self) -> int:
        return sum(1 for item in self.items if item.is_required and item.is_complete)

    @property
    def is_complete(self) -> bool:
        return self.required_count == self.completed_required_count


@dataclass
class ItemPosition:
    current: ItemOutline | None
    previous: ItemOutline | None
    next: ItemOutline | None
    module: ModuleOutline | None


@dataclass
class CourseOutline:
    course: CoursePage
    modules: list[ModuleOutline]
    items: list[ItemOutline]

    @property
    def required_item_ids(self) -> list[int]:
        return [item.page.pk for item in self.items if item.is_required]

    @property
    def required_count(self) -> int:
        return len(self.required_item_ids)

    @property
    def completed_required_count(self) -> int:
        return sum(1 for item in self.items if item.is_required and item.is_complete)

    @property
    def percent(self) -> int:
        total = self.required_count
        return self.completed_required_count * 100 // total if total else 0

    @property
    def total_minutes(self) -> int:
        return sum(item.page.estimated_minutes for item in self.items)

    def count_of(self, model: type[CourseItemPage]) -> int:
        return sum(1 for item in self.items if type(item.page) is model)

    @property
    def lesson_count(self) -> int:
        return self.count_of(LessonPage)

    @property
    def first_lesson(self) -> ItemOutline | None:
        return next((item for item in self.items if type(item.page) is LessonPage), None)

    @property
    def item_counts(self) -> list[str]:
        """The items counted by type, lessons first, then the other types in the order they
        first appear: ["9 lessons", "4 quizzes"]. A quiz is never counted as a lesson."""
        counts: dict[type[CourseItemPage], int] = {LessonPage: 0}
        for item in self.items:
            counts[type(item.page)] = counts.get(type(item.page), 0) + 1
        return [model.count_label % {"count": count} for model, count in counts.items() if count]

    @property
    def resume_item(self) -> ItemOutline | None:
        """The first item not yet completed, in course order (None when all are)."""
        return next((item for item in self.items if not item.is_complete), None)

    def position_of(self, page_id: int) -> ItemPosition:
        for index, item in enumerate(self.items):
            if item.page.pk == page_id:
                module = next(m for m in self.modules if item in m.items)
                return ItemPosition(
                    current=item,
                    previous=self.items[index - 1] if index > 0 else None,
                    next=self.items[index + 1] if index + 1 < len(self.items) else None,
                    module=module,
                )
        return ItemPosition(current=None, previous=None, next=None, module=None)


OUTLINE_ITEM_FIELDS = (
    "id",
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "live",
    "locale_id",
    "content_type_id",
    "is_required",
    "estimated_minutes",
)


def _outline_pages(course: CoursePage) -> list[Page]:
    """The course's live modules and live items, in tree order (lesson bodies not loaded)."""

    def read() -> list[Page]:
        items_queries = [
            model.objects.live()
            .descendant_of(course)
            .filter(depth=course.depth + 2)
            .only(*OUTLINE_ITEM_FIELDS, *model.outline_fields)
            for model in course_item_models()
        ]
        pages = sorted(
            [
                *ModulePage.objects.live().child_of(course),
                *(page for query in items_queries for page in query),
            ],
            key=lambda page: page.path,
        )
        for page in pages:
            page.outline_url = page.get_url()  # relative on a site of one host name
        return pages

    # The same for every learner of the course: kept in the pages' cache, which any change to
    # any page replaces, so a lesson page reads only the learner's own progress.
    return page_cache.remembered(f"courses:outline:{course.pk}", read)


def course_outline(
    *,
    course: CoursePage,
    enrolment: Enrolment | None = None,
    progress: dict[int, bool] | None = None,
) -> CourseOutline:
    """Live modules and their live items in tree order, with the learner's progress on each
    (`progress`: when already read, as `enrolment_with_progress` gives it). Queries: the
    learner's progress unless given (the pages come from the cache; on a miss, the modules and
    one query per course-item type)."""
    pages = _outline_pages(course)
    if enrolment is None:
        progress = {}
    elif progress is None:
        progress = {
            item_id: completed_at is not None
            for item_id, completed_at in ItemProgress.objects.filter(
                enrolment=enrolment
            ).values_list("item_id", "completed_at")
        }
    modules: dict[str, ModuleOutline] = {}
    items: list[ItemOutline] = []
    kind_numbers: dict[type, int] = {}
    gate: ItemOutline | None = None
    for page in pages:
        if isinstance(page, ModulePage):
            modules[page.path] = ModuleOutline(page=page)
        elif isinstance(page, CourseItemPage):
            module = modules.get(page.path[: -Page.steplen])
            if module is None:  # its module is unpublished: so is the item, for learners
                continue
            kind_numbers[type(page)] = kind_numbers.get(type(page), 0) + 1
            item = ItemOutline(
                page=page,
                number=len(items) + 1,
                kind_number=kind_numbers[type(page)],
                is_complete=progress.get(page.pk, False),
                is_viewed=page.pk in progress,
            )
            # The first unfinished gate locks what follows it, except what the learner has
            # already completed (before the gate was added, say): done is never locked.
            if enrolment is not None and gate is not None and not item.is_complete:
                item.locked_by = gate
            if page.is_gate and not item.is_complete and gate is None:
                gate = item
            module.items.append(item)
            items.append(item)
    return CourseOutline(course=course, modules=list(modules.values()), items=items)


@dataclass
class ItemLearning:
    """A person and a course item: their access to its course, the outline with their progress,
    where the item is in it, and why they may not open it now (`refusal`: "" when they may;
    "login", "course" (the course page says why, or `message` does), "unpublished", or
    "locked": an unfinished gate comes first, `message` says which)."""

    course: CoursePage
    access: CourseAccess
    outline: CourseOutline | None = None
    position: ItemPosition | None = None
    refusal: str = ""
    message: str = ""


def item_learning(*, user: User, item: CourseItemPage, preview: bool = False) -> ItemLearning:
    """Whether this person may open this item, and the outline beside it. In a preview (staff in
    the admin) nothing is refused. Queries: the enrolment with the learner's progress (the
    course and the outline's pages come from the pages' cache)."""
    course = item_course(item=item)
    enrolment, progress = None, {}
    if user.is_authenticated:
        enrolment, progress = enrolment_with_progress(user=user, course=course)
    access = course_access(user=user, course=course, enrolment=enrolment)
    learning = ItemLearning(course=course, access=access)
    if not access.can_learn and not preview:
        learning.refusal = "login" if not user.is_authenticated else "course"
        if learning.refusal == "course" and not access.reason:
            learning.message = _("Enrol in the course to open its lessons.")
        return learning
    learning.outline = course_outline(course=course, enrolment=access.enrolment, progress=progress)
    learning.position = learning.outline.position_of(item.pk)
    current = learning.position.current
    if preview:
        return learning
    if not course.live or current is None:
        learning.refusal = "unpublished"
    elif current.locked_by is not None:
        learning.refusal = "locked"
        learning.message = _(
            "“%(title)s” opens after you submit “%(gate)s”. Start there: it is not graded, "
            "and it opens the rest of the course."
        ) % {"title": current.page.title, "gate": current.locked_by.page.title}
    return learning


@dataclass
class KnowledgeCheckResult:
    """A learner's answer to a knowledge check, marked. Only their own choice is judged; the
    explanation (which gives the right answer away) comes with a right answer only. `error`
    says what was wrong with the request (no choice, or one that is not an option)."""

    block_id: str
    choice: int | None = None
    is_correct: bool = False
    option_text: str = ""
    feedback: str = ""
    explanation: object = None
    error: str = ""


def knowledge_check_find(*, lesson: LessonPage, block_id: str):
    """The value of the knowledge check with this block id in the lesson's body, or None."""
    for block in lesson.body:
        if block.block_type == "knowledge_check" and block.id == block_id:
            return block.value
    return None


def lesson_draft_for_editor(*, user: User, lesson: LessonPage) -> LessonPage | None:
    """The lesson's latest revision, for someone who may edit it (an editor previewing a
    draft); None for anybody else, and for staff whose session has not passed the second
    factor (`has_perm` answers no for them)."""
    if not user.has_perm("wagtailadmin.access_admin"):
        return None
    if not lesson.permissions_for_user(user).can_edit():
        return None
    return lesson.get_latest_revision_as_object()


@dataclass
class KnowledgeCheckSource:
    """Where a knowledge check is answered from: the live lesson (for someone who may open it
    now: `learning`), else an editor's latest draft (`is_draft`); `value` None when neither has
    the check (then `learning.refusal` may say why)."""

    page: LessonPage | None = None
    value: object = None
    learning: ItemLearning | None = None
    is_draft: bool = False


def knowledge_check_source(*, user: User, lesson: LessonPage, block_id: str):
    learning = item_learning(user=user, item=lesson) if lesson.live else None
    if learning is not None and not learning.refusal:
        value = knowledge_check_find(lesson=lesson, block_id=block_id)
        if value is not None:
            return KnowledgeCheckSource(page=lesson, value=value, learning=learning)
    draft = lesson_draft_for_editor(user=user, lesson=lesson)
    if draft is not None:
        value = knowledge_check_find(lesson=draft, block_id=block_id)
        if value is not None:
            return KnowledgeCheckSource(page=draft, value=value, learning=learning, is_draft=True)
    return KnowledgeCheckSource(learning=learning)


def knowledge_check_answer(*, block_id: str, value, choice: str) -> KnowledgeCheckResult:
    """Mark the option the learner chose (its position, "0" for the first). Records nothing."""
    options = list(value["options"])
    if not re.fullmatch(r"[0-9]{1,2}", choice or "") or int(choice) >= len(options):
        return KnowledgeCheckResult(
            block_id=block_id, error=_("Choose one of the answers, then check it.")
        )
    option = options[int(choice)]
    is_correct = bool(option["is_correct"])
    return KnowledgeCheckResult(
        block_id=block_id,
        choice=int(choice),
        is_correct=is_correct,
        option_text=option["text"],
        feedback=option["feedback"] or "",
        explanation=value["explanation"] if is_correct else None,
    )


@dataclass
class CatalogueEntry:
    course: CoursePage
    enrolment: Enrolment | None


@dataclass
class Catalogue:
    entries: list[CatalogueEntry]
    audience: str
    query: str
    audience_choices: list[tuple[str, str]]
    hidden_note: str


def home_featured_courses(home: Page) -> dict | None:
    """The courses featured on this home page: the catalogue's list, those live and public, in
    the editor's order, with the audiences they are for (4 queries whatever their number). The
    catalogue under this home page, else the default language's (a translated home page without
    its own catalogue). None when there are none."""
    catalogues = CourseIndexPage.objects.order_by("path")
    index = catalogues.filter(path__startswith=home.path).first() or catalogues.first()
    if index is None:
        return None
    ids = list(index.featured_courses.values_list("course_id", flat=True))
    if not ids:
        return None
    pages = list(
        CoursePage.objects.live().public().filter(id__in=ids).prefetch_related("audience_links")
    )
    by_id = {page.id: page for page in pages}
    courses = [by_id[page_id] for page_id in ids if page_id in by_id]
    if not courses:
        return None
    return {"heading": index.featured_heading, "courses": courses, "catalogue": index}


def catalogue(*, user: User, index: CourseIndexPage, audience: str = "", query: str = ""):
    """The live courses this person may see, filtered by audience and by a search across the
    courses' text (modules and lessons included). Learners see open courses, courses of their
    approved audiences and courses they are enrolled in; managers see all."""
    courses = CoursePage.objects.live().public().child_of(index)
    if not user_sees_all_courses(user):
        visible = Q(access_level=AccessLevel.OPEN)
        approved = user_approved_audiences(user)
        if approved:
            visible |= Q(access_level=AccessLevel.AUDIENCE, audience_links__audience__in=approved)
        if user.is_authenticated:
            visible |= Q(enrolments__user=user)
        if user.is_authenticated and user.has_perm("courses.enrol_learners"):
            visible |= Q(trainer_links__user=user)  # trainers: the courses they follow
        courses = courses.filter(visible)
    audience_choices = [(EVERYONE, _("Everyone (open courses)"))] + [
        choice for choice in Audience.choices if choice[0] != Audience.OTHER
    ]
    if audience == EVERYONE:
        courses = courses.filter(access_level=AccessLevel.OPEN)
    elif audience in dict(audience_choices):
        courses = courses.filter(audience_links__audience=audience)
    else:
        audience = ""
    query = query.strip()[:200]
    if query:
        # Every hit, not the first few hundred: hits in courses this person may not see must
        # not crowd out the ones they may. The search backend (core.search_backend) searches
        # typed text as words, whatever it holds.
        hits = Page.objects.live().descendant_of(index).search(query)
        course_paths = {page.path[: (index.depth + 1) * Page.steplen] for page in hits}
        courses = courses.filter(path__in=course_paths)
    courses = list(courses.distinct().order_by("path").prefetch_related("audience_links"))
    enrolments = {}
    if user.is_authenticated:
        enrolments = {
            enrolment.course_id: enrolment
            for enrolment in Enrolment.objects.filter(user=user, course__in=courses)
        }
    hidden_note = ""
    if not user_sees_all_courses(user) and not user_approved_audiences(user) - {Audience.OTHER}:
        hidden_note = _(
            "Courses for police and border officers, prosecutors, Task Force members and media "
            "workers appear here once you are signed in and your membership is confirmed."
        )
    return Catalogue(
        entries=[CatalogueEntry(course=c, enrolment=enrolments.get(c.pk)) for c in courses],
        audience=audience,
        query=query,
        audience_choices=audience_choices,
        hidden_note=hidden_note,
    )


@dataclass
class Dashboard:
    in_progress: list[Enrolment]
    completed: list[Enrolment]


def learner_dashboard(*, user: User) -> Dashboard:
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("course")
        .order_by("-last_activity_at", "-enrolled_at")
    )
    return Dashboard(
        in_progress=[e for e in enrolments if e.completed_at is None],
        completed=sorted(
            (e for e in enrolments if e.completed_at is not None),
            key=lambda e: e.completed_at,
            reverse=True,
        ),
    )


def courses_managed_by(*, user: User) -> QuerySet[CoursePage]:
    """The courses whose learners this person follows, with enrolment figures."""
    courses = CoursePage.objects.all()
    if not user_sees_all_courses(user):
        if not user.has_perm("courses.enrol_learners"):
            return courses.none()
        courses = courses.filter(trainer_links__user=user)
    learners = Q(enrolments__user__in=learner_accounts())  # never staff's previews
    return courses.annotate(
        enrolled_count=Count("enrolments", filter=learners, distinct=True),
        completed_count=Count(
            "enrolments",
            filter=learners & Q(enrolments__completed_at__isnull=False),
            distinct=True,
        ),
        average_progress=Avg("enrolments__progress_percent", filter=learners),
    ).order_by("path")


def course_learners(*, course: CoursePage, status: str = "") -> QuerySet[Enrolment]:
    """The course's learners (staff who enrolled to preview it are not learners)."""
    enrolments = learners_only(Enrolment.objects.filter(course=course)).select_related(
        "user", "user__profile", "user__profile__organisation", "enrolled_by"
    )
    if status == "completed":
        enrolments = enrolments.filter(completed_at__isnull=False)
    elif status == "in_progress":
        enrolments = enrolments.filter(completed_at__isnull=True, started_at__isnull=False)
    elif status == "not_started":
        enrolments = enrolments.filter(started_at__isnull=True)
    return enrolments.order_by("user__last_name", "user__first_name", "user__email")


def organisation_members(*, organisation) -> list[User]:
    return list(
        User.objects.filter(
            profile__organisation=organisation, is_active=True, profile__erased_at__isnull=True
        ).select_related("profile")
    )


def users_outside_audience(*, users: list[User], course: CoursePage) -> list[User]:
    """Those of `users` who are not approved members of an audience-restricted course's
    audiences (staff may enrol them, but should know). Needs `profile` loaded."""
    if course.access_level != AccessLevel.AUDIENCE:
        return []
    wanted = set(course.audience_values)
    return [user for user in users if not wanted & user_approved_audiences(user)]


def course_trainers(*, course: CoursePage) -> list[User]:
    return [
        link.user
        for link in CourseTrainer.objects.filter(course=course)
        .select_related("user")
        .order_by("user__last_name", "user__first_name")
    ]


def trainers_available() -> QuerySet[User]:
    """Active people with the Trainer role, who may be assigned to courses."""
    return User.objects.filter(groups__name=roles.TRAINER, is_active=True).order_by(
        "last_name", "first_name", "email"
    )


LEARNER_STATUS_CHOICES = [
    ("", gettext_lazy("All")),
    ("not_started", gettext_lazy("Not started")),
    ("in_progress", gettext_lazy("In progress")),
    ("completed", gettext_lazy("Completed")),
]


def user_learning_export(user: User) -> list[dict]:
    """The learner's enrolments and item progress, for their own data export."""
    enrolments = Enrolment.objects.filter(user=user).select_related("course").order_by("pk")
    progress = ItemProgress.objects.filter(enrolment__user=user).select_related("item")
    by_enrolment: dict[int, list[dict]] = {}
    for row in progress.order_by("item__path"):
        by_enrolment.setdefault(row.enrolment_id, []).append(
            {
                "item": row.item.title,
                "first_viewed_at": row.first_viewed_at.isoformat(),
                "completed_at": row.completed_at.isoformat() if row.completed_at else None,
            }
        )
    return [
        {
            "course": e.course.title,
            "enrolled_at": e.enrolled_at.isoformat(),
            "source": e.source,
            "started_at": e.started_at.isoformat() if e.started_at else None,
            "completed_at": e.completed_at.isoformat() if e.completed_at else None,
            "progress_percent": e.progress_percent,
            "items": by_enrolment.get(e.pk, []),
        }
        for e in enrolments
    ]


def courses_opening_on_approval(*, audience: str) -> list[CoursePage]:
    """The live public courses restricted to this audience: those a learner whose membership of
    it is pending may take once approved (two queries: Wagtail's view restrictions, then the
    pages)."""
    return list(
        CoursePage.objects.live()
        .public()
        .filter(access_level=AccessLevel.AUDIENCE, audience_links__audience=audience)
        .distinct()
        .order_by("path")
    )
