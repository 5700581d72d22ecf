"""Enrolment, progress and completion: the rules, idempotence, and the stored percentage."""

import random

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.urls import reverse

from accounts import roles
from accounts.models import Audience, AuditEntry, MembershipStatus
from courses import selectors, services
from courses.models import AccessLevel, Enrolment, ItemProgress, LessonPage
from courses.signals import enrolment_completed
from tests.factories.accounts import OrganisationFactory, UserFactory, approved_member
from tests.factories.courses import course_create, lesson_add, lessons_of, module_add, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def completions():
    """Every enrolment_completed announcement, as enrolment ids."""
    received = []

    def receiver(sender, enrolment, **kwargs):
        received.append(enrolment.pk)

    enrolment_completed.connect(receiver, dispatch_uid="test-completions")
    yield received
    enrolment_completed.disconnect(dispatch_uid="test-completions")


# Enrolment -------------------------------------------------------------------------------


def test_self_enrolment_in_an_open_course_happens_once():
    learner = UserFactory()
    course = course_create(access_level=AccessLevel.OPEN)
    first = services.enrolment_create(user=learner, course=course)
    second = services.enrolment_create(user=learner, course=course)
    assert first.created and not second.created
    assert first.enrolment.pk == second.enrolment.pk
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1
    assert first.enrolment.source == Enrolment.Source.SELF
    assert first.enrolment.enrolled_at is not None
    assert first.enrolment.started_at is None


def test_the_database_refuses_a_second_enrolment():
    learner = UserFactory()
    course = course_create()
    services.enrolment_create(user=learner, course=course)
    with pytest.raises(IntegrityError):
        Enrolment.objects.create(user=learner, course=course, enrolled_at=course.first_published_at)


def test_approved_members_of_the_audience_may_enrol():
    officer = approved_member(Audience.LAW_ENFORCEMENT)
    course = course_create(
        access_level=AccessLevel.AUDIENCE, audiences=(Audience.LAW_ENFORCEMENT, Audience.BORDER)
    )
    assert services.enrolment_create(user=officer, course=course).created


@pytest.mark.parametrize(
    ("audience", "status", "expected"),
    [
        (Audience.LAW_ENFORCEMENT, MembershipStatus.PENDING, "waiting for a programme manager"),
        (Audience.LAW_ENFORCEMENT, MembershipStatus.REJECTED, "was not confirmed"),
        (Audience.MEDIA, MembershipStatus.APPROVED, "Your profile says: Media"),
    ],
)
def test_a_restricted_course_says_why_it_is_closed(audience, status, expected):
    learner = UserFactory(audience=audience)
    learner.profile.membership_status = status
    learner.profile.save()
    course = course_create(access_level=AccessLevel.AUDIENCE, audiences=(Audience.LAW_ENFORCEMENT,))
    with pytest.raises(services.EnrolmentRefused) as refusal:
        services.enrolment_create(user=learner, course=course)
    assert expected in refusal.value.messages[0]
    access = selectors.course_access(user=learner, course=course)
    assert not access.can_enrol and not access.can_learn and expected in access.reason
    assert not Enrolment.objects.exists()


def test_invitation_only_courses_refuse_self_enrolment_but_staff_may_enrol():
    trainer = UserFactory(role=roles.TRAINER)
    learner = UserFactory()
    course = course_create(access_level=AccessLevel.INVITATION, trainers=[trainer])
    with pytest.raises(services.EnrolmentRefused, match="Ask your agency"):
        services.enrolment_create(user=learner, course=course)
    result = services.enrolment_create(user=learner, course=course, actor=trainer)
    assert result.created
    assert result.enrolment.enrolled_by == trainer
    assert result.enrolment.source == Enrolment.Source.STAFF


def test_prerequisite_courses_must_be_completed_first():
    learner = UserFactory()
    basics = course_create(title="Basics", modules=1, lessons=1)
    advanced = course_create(title="Advanced")
    advanced.prerequisite_courses = [basics]
    publish(advanced)
    with pytest.raises(services.EnrolmentRefused, match="Complete Basics first"):
        services.enrolment_create(user=learner, course=advanced)
    services.enrolment_create(user=learner, course=basics)
    services.item_complete(user=learner, item=lessons_of(basics)[0])
    assert services.enrolment_create(user=learner, course=advanced).created


def test_trainers_enrol_only_in_the_courses_they_train():
    trainer, other_trainer = UserFactory(role=roles.TRAINER), UserFactory(role=roles.TRAINER)
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    learner = UserFactory()
    course = course_create(trainers=[trainer])
    with pytest.raises(PermissionDenied):
        services.enrolment_create(user=learner, course=course, actor=other_trainer)
    another = UserFactory()
    assert services.enrolment_create(user=another, course=course, actor=manager).created
    assert services.enrolment_create(user=learner, course=course, actor=trainer).created


def test_a_whole_organisation_is_enrolled_once():
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    police = OrganisationFactory(name="Police")
    members = [UserFactory(organisation=police) for _ in range(3)]
    members[2].is_active = False
    members[2].save()
    UserFactory(organisation=OrganisationFactory(name="Customs"))
    course = course_create()
    services.enrolment_create(user=members[0], course=course)

    result = services.enrolments_create_for_organisation(
        organisation=police, course=course, actor=manager
    )
    assert (result.created, result.already) == (1, 1)
    again = services.enrolments_create_for_organisation(
        organisation=police, course=course, actor=manager
    )
    assert (again.created, again.already) == (0, 2)
    enrolled = set(Enrolment.objects.filter(course=course).values_list("user_id", flat=True))
    assert enrolled == {members[0].pk, members[1].pk}
    assert Enrolment.objects.get(user=members[1]).source == Enrolment.Source.ORGANISATION


# Staff enrolment (the admin's enrolment form) -----------------------------------------------


@pytest.mark.parametrize("who", ["learner", "trainer of another course"])
def test_staff_enrolment_refuses_those_who_do_not_manage_the_course(who):
    course = course_create(trainers=[UserFactory(role=roles.TRAINER)])
    police = OrganisationFactory(name="Police")
    UserFactory(organisation=police)
    target = UserFactory(email="target@example.org")
    if who == "learner":
        actor = UserFactory()
    else:
        actor = UserFactory(role=roles.TRAINER)
        course_create(trainers=[actor])
    with pytest.raises(PermissionDenied):
        services.enrolments_create_by_staff(
            course=course, actor=actor, emails=[target.email], organisation=police
        )
    assert not Enrolment.objects.filter(course=course).exists()


def test_staff_enrolment_by_email_names_the_addresses_without_an_account():
    trainer = UserFactory(role=roles.TRAINER)
    course = course_create(trainers=[trainer])
    known = UserFactory(email="known@example.org")
    already = UserFactory(email="already@example.org")
    services.enrolment_create(user=already, course=course)
    result = services.enrolments_create_by_staff(
        course=course,
        actor=trainer,
        emails=[
            "Known@example.org ",
            "already@example.org",
            "nobody@example.org",
            "known@example.org",
        ],
    )
    assert (result.created, result.already) == (1, 1)
    assert result.unknown_emails == ["nobody@example.org"]
    assert result.by_organisation is None and not result.organisation_empty
    assert result.outside_audience == []
    enrolment = Enrolment.objects.get(user=known, course=course)
    assert enrolment.enrolled_by == trainer and enrolment.source == Enrolment.Source.STAFF


def test_staff_enrolment_of_an_organisation_and_of_one_without_members():
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    course = course_create()
    police = OrganisationFactory(name="Police")
    members = [UserFactory(organisation=police) for _ in range(2)]
    result = services.enrolments_create_by_staff(
        course=course, actor=manager, emails=[members[0].email], organisation=police
    )
    assert (result.by_organisation.created, result.by_organisation.already) == (2, 0)
    assert (result.by_email.created, result.by_email.already) == (0, 1)
    assert (result.created, result.already) == (2, 1)
    assert {e.source for e in Enrolment.objects.filter(course=course)} == {
        Enrolment.Source.ORGANISATION
    }
    empty = services.enrolments_create_by_staff(
        course=course, actor=manager, organisation=OrganisationFactory(name="Empty")
    )
    assert empty.organisation_empty and empty.created == 0


def test_staff_enrolment_names_people_outside_the_course_audience_once():
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    course = course_create(access_level=AccessLevel.AUDIENCE, audiences=(Audience.MEDIA,))
    media = OrganisationFactory(name="Radio")
    journalist = approved_member(Audience.MEDIA, organisation=media)
    officer = UserFactory(audience=Audience.LAW_ENFORCEMENT, organisation=media)
    result = services.enrolments_create_by_staff(
        course=course, actor=manager, emails=[officer.email, journalist.email], organisation=media
    )
    assert result.outside_audience == [officer]
    assert Enrolment.objects.filter(course=course).count() == 2


def test_staff_enrolment_in_an_unpublished_course_is_refused_whole():
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    course = course_create()
    course.unpublish()
    police = OrganisationFactory(name="Police")
    UserFactory(organisation=police)
    with pytest.raises(ValidationError, match="not published"):
        services.enrolments_create_by_staff(
            course=course, actor=manager, emails=[UserFactory().email], organisation=police
        )
    assert not Enrolment.objects.filter(course=course).exists()


# Progress and completion -------------------------------------------------------------------


def test_completing_lessons_moves_the_percentage_and_completes_once(completions):
    learner = UserFactory()
    course = course_create(modules=2, lessons=2)
    enrolment = services.enrolment_create(user=learner, course=course).enrolment
    lessons = lessons_of(course)

    percents = []
    for lesson in lessons:
        result = services.item_complete(user=learner, item=lesson)
        assert result.item_newly_completed
        percents.append(Enrolment.objects.get(pk=enrolment.pk).progress_percent)
    assert percents == [25, 50, 75, 100]
    assert completions == [enrolment.pk]

    again = services.item_complete(user=learner, item=lessons[0])
    assert not again.item_newly_completed and not again.course_newly_completed
    assert completions == [enrolment.pk]
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None and enrolment.started_at is not None


def test_optional_lessons_do_not_hold_completion_back(completions):
    learner = UserFactory()
    course = course_create(modules=1, lessons=1)
    module = course.get_children().get()
    lesson_add(module.specific, is_required=False)
    services.enrolment_create(user=learner, course=course)
    required = lessons_of(course)[0]
    result = services.item_complete(user=learner, item=required)
    assert result.course_newly_completed
    assert len(completions) == 1


def test_completing_without_an_enrolment_is_refused():
    course = course_create()
    with pytest.raises(services.NotEnrolled):
        services.item_complete(user=UserFactory(), item=lessons_of(course)[0])
    assert not ItemProgress.objects.exists()


def test_a_published_change_never_loses_progress(completions):
    learner, finisher = UserFactory(), UserFactory()
    course = course_create(modules=1, lessons=2)
    first, second = lessons_of(course)
    enrolment = services.enrolment_create(user=learner, course=course).enrolment
    services.enrolment_create(user=finisher, course=course)
    services.item_complete(user=learner, item=first)
    services.item_complete(user=finisher, item=first)
    services.item_complete(user=finisher, item=second)

    # The trainer rewrites the first lesson and publishes it.
    first.title = "Rewritten"
    first.body = [{"type": "text", "value": "<p>New text.</p>"}]
    publish(first)
    assert ItemProgress.objects.get(enrolment=enrolment, item=first).completed_at is not None
    assert Enrolment.objects.get(pk=enrolment.pk).progress_percent == 50

    # A new required lesson: the percentage follows, nothing already done is undone, and the
    # learner who had finished stays finished.
    lesson_add(course.get_children().get().specific)
    assert Enrolment.objects.get(pk=enrolment.pk).progress_percent == 33
    finished = Enrolment.objects.get(user=finisher)
    assert finished.completed_at is not None and finished.progress_percent == 100
    assert ItemProgress.objects.filter(completed_at__isnull=False).count() == 3


def test_removing_the_last_unfinished_lesson_completes_on_the_learners_next_visit(
    client, completions
):
    """An editor's click alone completes nobody (an unpublish by mistake issues no
    certificates); the learner's next visit completes them, once."""
    learner = UserFactory()
    course = course_create(modules=1, lessons=2)
    first, second = lessons_of(course)
    enrolment = services.enrolment_create(user=learner, course=course).enrolment
    services.item_complete(user=learner, item=first)
    second.unpublish()
    enrolment.refresh_from_db()
    assert enrolment.progress_percent == 100 and enrolment.completed_at is None
    assert completions == []

    client.force_login(learner)
    html = client.get(course.url).content.decode()
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert "You completed this course" in html
    client.get(course.url)
    client.get(first.url)
    assert completions == [enrolment.pk]


def test_lessons_of_an_unpublished_course_or_module_are_closed(client, completions):
    learner = UserFactory()
    course = course_create(modules=2, lessons=1)
    first, second = lessons_of(course)
    services.enrolment_create(user=learner, course=course)
    second.get_parent().unpublish()
    with pytest.raises(services.ItemUnavailable):
        services.item_complete(user=learner, item=second)
    client.force_login(learner)
    assert client.get(second.url).status_code == 404
    assert client.post(reverse("courses_item_complete", args=[second.pk])).status_code == 404
    course.unpublish()
    with pytest.raises(services.ItemUnavailable):
        services.item_complete(user=learner, item=first)
    assert completions == []
    assert not ItemProgress.objects.filter(completed_at__isnull=False).exists()


@pytest.mark.parametrize("seed", range(4))
def test_the_stored_percentage_never_drifts(seed):
    """Random learners, completions and structure changes; after every step each unfinished
    enrolment's stored percentage equals the one computed from its item progress."""
    rng = random.Random(seed)
    course = course_create(modules=2, lessons=3)
    learners = [UserFactory() for _ in range(4)]
    for learner in learners:
        services.enrolment_create(user=learner, course=course)

    def check():
        for enrolment in Enrolment.objects.filter(course=course):
            outline = selectors.course_outline(course=course, enrolment=enrolment)
            if enrolment.completed_at is None:
                assert enrolment.progress_percent == outline.percent, (seed, enrolment.pk)
            else:
                assert enrolment.progress_percent == 100

    for _ in range(25):
        lessons = lessons_of(course)
        action = rng.choice(["complete", "complete", "complete", "add", "optional", "unpublish"])
        if action == "complete" and lessons:
            services.item_complete(user=rng.choice(learners), item=rng.choice(lessons))
        elif action == "add":
            module = rng.choice(course.get_children().specific())
            lesson_add(module)
        elif action == "optional" and lessons:
            lesson = rng.choice(lessons)
            lesson.is_required = not lesson.is_required
            publish(lesson)
        elif action == "unpublish" and len(lessons) > 1:
            rng.choice(lessons).unpublish()
        check()


def test_a_new_module_lowers_the_percentage_of_unfinished_learners():
    learner = UserFactory()
    course = course_create(modules=1, lessons=2)
    services.enrolment_create(user=learner, course=course)
    services.item_complete(user=learner, item=lessons_of(course)[0])
    module_add(course, lessons=2)
    assert Enrolment.objects.get(user=learner).progress_percent == 25


def test_a_change_to_a_course_nobody_is_part_way_through_reads_no_outline(monkeypatch):
    """Building a course page by page, or changing one whose learners have all finished, has
    no percentage to recompute: the outline is not read for it."""
    learner = UserFactory()
    course = course_create(modules=1, lessons=1)
    services.enrolment_create(user=learner, course=course)
    services.item_complete(user=learner, item=lessons_of(course)[0])
    assert Enrolment.objects.get(user=learner).completed_at is not None
    read = []
    original = selectors.course_outline
    monkeypatch.setattr(
        selectors, "course_outline", lambda **kw: read.append(kw["course"].pk) or original(**kw)
    )
    services.course_progress_refresh(course_id=course.pk)
    assert read == []
    other = UserFactory()
    services.enrolment_create(user=other, course=course)
    services.course_progress_refresh(course_id=course.pk)
    assert read == [course.pk]
    assert Enrolment.objects.get(user=learner).progress_percent == 100
    assert Enrolment.objects.get(user=other).progress_percent == 0


def test_a_scheduled_lesson_goes_live_from_the_beat_task_and_counts_then():
    from datetime import timedelta

    from django.utils import timezone

    from lms.celery import app, publish_scheduled

    assert app.conf.beat_schedule["publish-scheduled-pages"]["task"] == publish_scheduled.name
    learner = UserFactory()
    course = course_create(modules=1, lessons=2)
    services.enrolment_create(user=learner, course=course)
    services.item_complete(user=learner, item=lessons_of(course)[0])
    module = course.get_children().get().specific
    scheduled = LessonPage(title="Coming soon", slug="coming-soon", body=[], live=False)
    module.add_child(instance=scheduled)
    scheduled.go_live_at = timezone.now() + timedelta(hours=1)
    revision = scheduled.save_revision()
    revision.publish()
    scheduled.refresh_from_db()
    assert not scheduled.live
    # The hour passes.
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])

    publish_scheduled.delay()

    scheduled.refresh_from_db()
    assert scheduled.live
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.progress_percent == 33 and enrolment.completed_at is None


def test_only_managers_and_administrators_assign_trainers():
    trainer, other = UserFactory(role=roles.TRAINER), UserFactory(role=roles.TRAINER)
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    course = course_create(trainers=[trainer])
    with pytest.raises(PermissionDenied):
        services.course_trainers_set(course=course, trainers=[trainer, other], actor=trainer)
    with pytest.raises(ValidationError, match="Not trainers"):
        services.course_trainers_set(course=course, trainers=[UserFactory()], actor=manager)
    added, removed = services.course_trainers_set(course=course, trainers=[other], actor=manager)
    assert (added, removed) == ([other], [trainer])
    assert selectors.course_trainers(course=course) == [other]
    entry = AuditEntry.objects.get(action="course.trainers_set", actor=manager)
    assert entry.detail["added"] == [other.email] and entry.detail["removed"] == [trainer.email]
    assert not selectors.user_can_manage_course(user=trainer, course=course)
    assert selectors.user_can_manage_course(user=other, course=course)
