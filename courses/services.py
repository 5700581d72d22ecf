"""Writes for learning: enrolment, progress and completion.

Correctness under double clicks, retries and concurrent requests comes from unique constraints
and conditional updates, never from `select_for_update` alone (SQLite ignores it):
- an enrolment is created at most once per learner and course (unique constraint);
- every progress write first updates the enrolment row, which makes concurrent writes for the
  same enrolment wait for each other on PostgreSQL (SQLite's IMMEDIATE transactions already
  run one at a time), so the count of completed items is never read stale;
- completion is `UPDATE ... WHERE completed_at IS NULL`: only the request that changes the row
  announces it (courses.signals.enrolment_completed), once per enrolment.
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

from accounts.models import Organisation, User
from courses import selectors
from courses.models import CourseItemPage, CoursePage, Enrolment, ItemProgress
from courses.signals import enrolment_completed

logger = logging.getLogger(__name__)


class EnrolmentRefused(ValidationError):
    """The learner may not enrol themselves; the message says why."""


class NotEnrolled(PermissionDenied):
    pass


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
    members = list(
        User.objects.filter(
            profile__organisation=organisation, is_active=True, profile__erased_at__isnull=True
        )
    )
    return enrolments_create_for_users(
        users=members, course=course, actor=actor, source=Enrolment.Source.ORGANISATION
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
    transaction and completes the enrolment when every required item is done. Idempotent."""
    course = selectors.item_course(item=item)
    with transaction.atomic():
        now = timezone.now()
        # Touch the enrolment row first: concurrent progress writes for it now queue up.
        touched = Enrolment.objects.filter(user=user, course=course).update(
            last_activity_at=now, started_at=Coalesce(F("started_at"), Value(now))
        )
        if not touched:
            raise NotEnrolled(_("You are not enrolled in this course."))
        enrolment = Enrolment.objects.get(user=user, course=course)
        progress, _created = ItemProgress.objects.get_or_create(
            enrolment=enrolment, item_id=item.pk, defaults={"first_viewed_at": now}
        )
        newly = bool(
            ItemProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
                completed_at=now
            )
        )
        course_completed = _enrolment_progress_refresh(enrolment=enrolment, course=course)
    return ItemCompletion(
        enrolment=enrolment, item_newly_completed=newly, course_newly_completed=course_completed
    )


def _enrolment_progress_refresh(*, enrolment: Enrolment, course: CoursePage) -> bool:
    """Recount the enrolment's required items, store the percentage, and complete the
    enrolment if all are done. Call inside the transaction that changed the progress."""
    required = selectors.course_outline(course=course).required_item_ids
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


def course_progress_refresh(*, course_id: int) -> int:
    """After the course's structure changed (an item or module published, unpublished, moved
    or deleted, or made optional): recompute every unfinished enrolment's percentage in one
    statement, and complete those that now have every required item. Completed enrolments
    stay completed and no learner's item progress is touched. Returns how many completed."""
    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        return 0
    with transaction.atomic():
        required = selectors.course_outline(course=course).required_item_ids
        unfinished = Enrolment.objects.filter(course=course, completed_at__isnull=True)
        if not required:
            unfinished.update(progress_percent=0)
            return 0
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
        completed = 0
        for enrolment in unfinished.filter(progress_percent=100):
            completed += enrolment_complete(enrolment=enrolment)
    return completed
