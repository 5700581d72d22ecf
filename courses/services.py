"""Writes for learning: enrolment, progress and completion.

Correctness under double clicks, retries and concurrent requests comes from unique constraints
and conditional updates, never from `select_for_update` alone (SQLite ignores it):
- an enrolment is created at most once per learner and course (unique constraint);
- every progress write first updates the enrolment row, which makes concurrent writes for the
  same enrolment wait for each other on PostgreSQL (SQLite's IMMEDIATE transactions already
  run one at a time), so the count of completed items is never read stale;
- completion is `UPDATE ... WHERE completed_at IS NULL`: only the request that changes the row
  announces it (courses.signals.enrolment_completed), once per enrolment;
- an editor's change of a course's structure recomputes percentages but completes nobody: the
  learner's next visit does (enrolment_complete_if_done).
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from accounts import roles
from accounts.models import Organisation, User
from accounts.selectors import user_role_names
from accounts.services import audit_record
from courses import selectors
from courses.models import CourseItemPage, CoursePage, CourseTrainer, Enrolment, ItemProgress
from courses.signals import enrolment_completed

logger = logging.getLogger(__name__)


class EnrolmentRefused(ValidationError):
    """The learner may not enrol themselves; the message says why."""


class NotEnrolled(PermissionDenied):
    pass


class ItemUnavailable(ValidationError):
    """The item, its module or its course is not published."""


@dataclass
class EnrolmentResult:
    enrolment: Enrolment
    created: bool


def enrolment_create(
    *,
    user: User,
    course: CoursePage,
    actor: User | None = None,
    source: str | None = None,
) -> EnrolmentResult:
    """Enrol `user` in `course`. With no actor (or the learner as actor) it is a self-enrolment
    and the course's access rules apply; staff who manage the course may enrol anyone active.
    Idempotent: enrolling again returns the existing enrolment."""
    is_self = actor is None or actor.pk == user.pk
    if is_self:
        reason = selectors.self_enrolment_refusal(user=user, course=course)
        if reason:
            existing = Enrolment.objects.filter(user=user, course=course).first()
            if existing is not None:
                return EnrolmentResult(enrolment=existing, created=False)
            raise EnrolmentRefused(reason)
    else:
        if not selectors.user_can_manage_course(user=actor, course=course):
            raise PermissionDenied(_("You do not manage this course."))
        if not user.is_active:
            raise ValidationError(_("%(email)s cannot log in.") % {"email": user.email})
    if not course.live:
        raise ValidationError(_("This course is not published."))
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                user=user,
                course=course,
                enrolled_at=timezone.now(),
                enrolled_by=None if is_self else actor,
                source=source or (Enrolment.Source.SELF if is_self else Enrolment.Source.STAFF),
            )
    except IntegrityError:
        # Another request enrolled them first (double click, retry): that enrolment stands.
        enrolment = Enrolment.objects.get(user=user, course=course)
        return EnrolmentResult(enrolment=enrolment, created=False)
    return EnrolmentResult(enrolment=enrolment, created=True)


@dataclass
class BulkEnrolmentResult:
    created: int
    already: int


@transaction.atomic
def enrolments_create_for_users(
    *, users: list[User], course: CoursePage, actor: User, source: str = Enrolment.Source.STAFF
) -> BulkEnrolmentResult:
    """Staff enrol several people at once. Existing enrolments are left as they are."""
    if not selectors.user_can_manage_course(user=actor, course=course):
        raise PermissionDenied(_("You do not manage this course."))
    if not course.live:
        raise ValidationError(_("This course is not published."))
    users = [user for user in users if user.is_active]
    before = Enrolment.objects.filter(course=course).count()
    now = timezone.now()
    Enrolment.objects.bulk_create(
        [
            Enrolment(user=user, course=course, enrolled_at=now, enrolled_by=actor, source=source)
            for user in users
        ],
        ignore_conflicts=True,
    )
    created = Enrolment.objects.filter(course=course).count() - before
    return BulkEnrolmentResult(created=created, already=len(users) - created)


def enrolments_create_for_organisation(
    *, organisation: Organisation, course: CoursePage, actor: User
) -> BulkEnrolmentResult:
    """Enrol every active, not-erased member of an organisation."""
    members = selectors.organisation_members(organisation=organisation)
    return enrolments_create_for_users(
        users=members, course=course, actor=actor, source=Enrolment.Source.ORGANISATION
    )


@dataclass
class StaffEnrolmentResult:
    by_organisation: BulkEnrolmentResult | None  # None: no organisation was chosen
    by_email: BulkEnrolmentResult | None  # None: no address was given
    unknown_emails: list[str]  # addresses without an account, sorted
    outside_audience: list[User]  # enrolled although not in the course's audiences

    @property
    def created(self) -> int:
        return sum(r.created for r in (self.by_organisation, self.by_email) if r)

    @property
    def already(self) -> int:
        return sum(r.already for r in (self.by_organisation, self.by_email) if r)

    @property
    def organisation_empty(self) -> bool:
        """An organisation was chosen that has no active member."""
        found = self.by_organisation
        return found is not None and found.created + found.already == 0


@transaction.atomic
def enrolments_create_by_staff(
    *,
    course: CoursePage,
    actor: User,
    emails: list[str] | None = None,
    organisation: Organisation | None = None,
) -> StaffEnrolmentResult:
    """Staff enrol people by e-mail address (those who have an account) and every active
    member of an organisation, in one transaction. The actor must manage the course
    (PermissionDenied), and the course must be published (ValidationError). Existing
    enrolments stay as they are. People outside an audience-restricted course's audiences
    are enrolled too, and named in the result so that staff know."""
    if not selectors.user_can_manage_course(user=actor, course=course):
        raise PermissionDenied(_("You do not manage this course."))
    if not course.live:
        raise ValidationError(_("This course is not published."))
    addresses = list(dict.fromkeys(e.strip().lower() for e in emails or [] if e.strip()))
    enrolled: list[User] = []
    by_organisation = by_email = None
    if organisation is not None:
        members = selectors.organisation_members(organisation=organisation)
        by_organisation = enrolments_create_for_users(
            users=members, course=course, actor=actor, source=Enrolment.Source.ORGANISATION
        )
        enrolled += members
    unknown: list[str] = []
    if addresses:
        users = list(User.objects.filter(email__in=addresses).select_related("profile"))
        unknown = sorted(set(addresses) - {user.email for user in users})
        by_email = enrolments_create_for_users(users=users, course=course, actor=actor)
        enrolled += [user for user in users if user.is_active]
    return StaffEnrolmentResult(
        by_organisation=by_organisation,
        by_email=by_email,
        unknown_emails=unknown,
        outside_audience=selectors.users_outside_audience(
            users=list({user.pk: user for user in enrolled}.values()), course=course
        ),
    )


# How often reading lessons refreshes an enrolment's "last studied" time: every page view
# writing to the database would make reading as costly as saving.
ACTIVITY_RESOLUTION = timedelta(minutes=5)


def item_visit(*, enrolment: Enrolment, item: Page, already_viewed: bool = False) -> None:
    """The learner opened a course item: the enrolment has started, and the item is viewed.
    Writes only what changes: the first visit of an item, the start, and activity at most every
    ACTIVITY_RESOLUTION."""
    now = timezone.now()
    if (
        enrolment.started_at is None
        or enrolment.last_activity_at is None
        or now - enrolment.last_activity_at >= ACTIVITY_RESOLUTION
    ):
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_activity_at=now, started_at=Coalesce(F("started_at"), Value(now))
        )
    if not already_viewed:
        ItemProgress.objects.get_or_create(
            enrolment=enrolment, item_id=item.pk, defaults={"first_viewed_at": now}
        )


@dataclass
class ItemCompletion:
    enrolment: Enrolment
    item_newly_completed: bool
    course_newly_completed: bool


def item_complete(*, user: User, item: CourseItemPage) -> ItemCompletion:
    """Record that the learner completed a course item (they marked a lesson done, or
    `assessments` reports a passed quiz). Updates the enrolment's percentage in the same
    transaction and completes the enrolment when every required item is done. Idempotent.
    Refused for an item that learners cannot see (its course, module or itself unpublished)."""
    course = selectors.item_course(item=item)
    if not course.live:
        raise ItemUnavailable(_("This course is not published."))
    with transaction.atomic():
        enrolment = _enrolment_touch(user=user, course=course)
        # Read after the touch: a concurrent change of the course's structure has committed.
        outline = selectors.course_outline(course=course, enrolment=enrolment)
        current = outline.position_of(item.pk).current
        if current is None:
            raise ItemUnavailable(_("This lesson is not published."))
        if current.locked_by is not None:
            raise ItemUnavailable(
                _("First take %(title)s.") % {"title": current.locked_by.page.title}
            )
        now = timezone.now()
        progress, _created = ItemProgress.objects.get_or_create(
            enrolment=enrolment, item_id=item.pk, defaults={"first_viewed_at": now}
        )
        newly = bool(
            ItemProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
                completed_at=now
            )
        )
        course_completed = _enrolment_recount(
            enrolment=enrolment, required=outline.required_item_ids
        )
    return ItemCompletion(
        enrolment=enrolment, item_newly_completed=newly, course_newly_completed=course_completed
    )


def _enrolment_touch(*, user: User, course: CoursePage) -> Enrolment:
    """Update the enrolment row first: concurrent progress writes for it now queue up (the row
    lock is held to the end of the transaction on PostgreSQL; SQLite runs IMMEDIATE
    transactions one at a time)."""
    now = timezone.now()
    touched = Enrolment.objects.filter(user=user, course=course).update(
        last_activity_at=now, started_at=Coalesce(F("started_at"), Value(now))
    )
    if not touched:
        raise NotEnrolled(_("You are not enrolled in this course."))
    return Enrolment.objects.get(user=user, course=course)


def _enrolment_recount(*, enrolment: Enrolment, required: list[int]) -> bool:
    """Recount the enrolment's required items, store the percentage, and complete the
    enrolment if all are done. Call inside the transaction that holds the enrolment row."""
    done = ItemProgress.objects.filter(
        enrolment=enrolment, item_id__in=required, completed_at__isnull=False
    ).count()
    percent = done * 100 // len(required) if required else 0
    Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        progress_percent=percent
    )
    enrolment.progress_percent = percent
    if required and done == len(required):
        return enrolment_complete(enrolment=enrolment)
    return False


def enrolment_complete_if_done(*, enrolment: Enrolment) -> bool:
    """Complete an enrolment whose every required item is done although the learner's last
    action did not complete it (a required lesson was removed or made optional since). Runs
    when the learner next opens the course or a lesson: completion always follows a learner's
    own visit or action, never an editor's click alone."""
    if enrolment.completed_at is not None or enrolment.progress_percent < 100:
        return False
    course = enrolment.course
    with transaction.atomic():
        enrolment = _enrolment_touch(user=enrolment.user, course=course)
        if enrolment.completed_at is not None:
            return False
        required = selectors.course_outline(course=course).required_item_ids
        return _enrolment_recount(enrolment=enrolment, required=required)


def enrolment_complete(*, enrolment: Enrolment) -> bool:
    """Mark the enrolment complete, once. Returns True only for the call that completed it;
    that call announces `enrolment_completed` inside the same transaction, so a listener's
    rows (the certificate) commit or roll back with the completion."""
    with transaction.atomic():
        now = timezone.now()
        changed = Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
            completed_at=now, progress_percent=100
        )
        if not changed:
            return False
        enrolment.completed_at = now
        enrolment.progress_percent = 100
        enrolment_completed.send(sender=Enrolment, enrolment=enrolment)
    logger.info("Enrolment %s completed", enrolment.pk)
    return True


def course_progress_refresh(*, course_id: int) -> None:
    """After the course's structure changed (an item or module published, unpublished, moved
    or deleted, or made optional): recompute every unfinished enrolment's percentage. Completed
    enrolments stay completed, no item progress is touched, and nobody is completed here (see
    enrolment_complete_if_done)."""
    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        return
    with transaction.atomic():
        unfinished = Enrolment.objects.filter(course=course, completed_at__isnull=True)
        # Lock the rows first, waiting for progress writes in flight; the statements below then
        # see what those committed (each statement reads afresh on PostgreSQL).
        if not unfinished.update(last_activity_at=F("last_activity_at")):
            return  # nobody is part-way through: no outline to read, nothing to recompute
        required = selectors.course_outline(course=course).required_item_ids
        if not required:
            unfinished.update(progress_percent=0)
            return
        done = (
            ItemProgress.objects.filter(
                enrolment=OuterRef("pk"), item_id__in=required, completed_at__isnull=False
            )
            .order_by()
            .values("enrolment")
            .annotate(count=Count("pk"))
            .values("count")
        )
        unfinished.update(
            progress_percent=Coalesce(Subquery(done, output_field=IntegerField()), Value(0))
            * 100
            / len(required)
        )


@transaction.atomic
def course_trainers_set(
    *, course: CoursePage, trainers: list[User], actor: User | None
) -> tuple[list[User], list[User]]:
    """Assign exactly these trainers to the course; returns (added, removed). The actor needs
    courses.assign_trainers; None is the system itself (demo data, data repairs), never a
    request. Audited."""
    if actor is not None and not actor.has_perm("courses.assign_trainers"):
        raise PermissionDenied(_("You may not assign trainers."))
    not_trainers = [t.email for t in trainers if roles.TRAINER not in user_role_names(t)]
    if not_trainers:
        raise ValidationError(
            _("Not trainers: %(emails)s") % {"emails": ", ".join(sorted(not_trainers))}
        )
    current = {link.user_id: link.user for link in course.trainer_links.select_related("user")}
    wanted = {t.pk: t for t in trainers}
    removed = [user for pk, user in current.items() if pk not in wanted]
    added = [user for pk, user in wanted.items() if pk not in current]
    CourseTrainer.objects.filter(course=course, user__in=removed).delete()
    CourseTrainer.objects.bulk_create(
        [CourseTrainer(course=course, user=user, assigned_by=actor) for user in added],
        ignore_conflicts=True,
    )
    if added or removed:
        audit_record(
            actor=actor,
            action="course.trainers_set",
            subject=course.title,
            detail={
                "course_id": course.pk,
                "added": sorted(u.email for u in added),
                "removed": sorted(u.email for u in removed),
            },
        )
    return added, removed
