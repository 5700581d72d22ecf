"""Every write that a person triggers checks, in the service itself, that this person may do it:
the admin, a command and a test are refused alike, and a view only turns the refusal into a 403.
Each service here is called by someone entitled to nothing of the kind and must refuse, writing
nothing."""

import pytest
from django.core.exceptions import PermissionDenied

from accounts import roles
from accounts.imports import learners_import
from accounts.models import AuditEntry, MembershipStatus, Profile
from accounts.services import membership_decide, user_erase
from assessments import services as assessment_services
from assessments.models import QuizAttempt
from certificates import services as certificate_services
from certificates.models import Certificate, CertificateStatus
from courses import services as course_services
from courses.models import CourseTrainer, Enrolment
from reports.filters import ReportFilters
from reports.models import ReportRun
from reports.services import report_run_start
from tests.factories.accounts import OrganisationFactory, UserFactory
from tests.factories.assessments import question_create, quiz_add
from tests.factories.certificates import completed_enrolment
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db

CSV = b"email,first_name,last_name,audience\nnew.officer@example.org,New,Officer,other\n"


@pytest.fixture
def learner():
    return UserFactory()


@pytest.fixture
def trainer():
    """A trainer who follows no course."""
    return UserFactory(role=roles.TRAINER)


@pytest.fixture
def manager():
    return UserFactory(role=roles.PROGRAMME_MANAGER)


@pytest.fixture
def certificate():
    return Certificate.objects.get(enrolment=completed_enrolment())


def refused(call) -> None:
    audits = AuditEntry.objects.count()
    with pytest.raises(PermissionDenied):
        call()
    assert AuditEntry.objects.count() == audits


def test_membership_decisions_need_the_approval_permission(trainer):
    pending = UserFactory(audience="law_enforcement")
    assert pending.profile.membership_status == MembershipStatus.PENDING
    refused(lambda: membership_decide(profile_id=pending.profile.pk, approve=True, actor=trainer))
    assert Profile.objects.get(pk=pending.profile.pk).membership_status == MembershipStatus.PENDING


def test_erasure_and_imports_need_their_permissions(trainer, learner):
    refused(lambda: user_erase(user=learner, actor=trainer))
    learner.refresh_from_db()
    assert learner.email.endswith("@example.org")
    refused(lambda: learners_import(data=CSV, actor=trainer))


def test_staff_enrolment_needs_a_course_the_actor_follows(trainer, learner):
    course = course_create()
    refused(
        lambda: course_services.enrolments_create_for_users(
            users=[learner], course=course, actor=trainer
        )
    )
    organisation = OrganisationFactory()
    refused(
        lambda: course_services.enrolments_create_for_organisation(
            organisation=organisation, course=course, actor=learner
        )
    )
    assert not Enrolment.objects.filter(course=course).exists()


def test_assigning_trainers_needs_the_managers_permission(trainer):
    course = course_create()
    refused(
        lambda: course_services.course_trainers_set(
            course=course, trainers=[trainer], actor=trainer
        )
    )
    assert not CourseTrainer.objects.exists()


def test_regrading_needs_a_course_the_actor_follows(trainer):
    course = course_create(modules=1, lessons=1)
    quiz = quiz_add(course.get_children().first(), questions=[question_create()])
    refused(lambda: assessment_services.quiz_regrade(quiz=quiz, actor=trainer))


def test_an_attempt_is_answered_and_submitted_only_by_its_learner(learner):
    course = course_create(modules=1, lessons=1)
    quiz = quiz_add(course.get_children().first(), questions=[question_create()])
    course_services.enrolment_create(user=learner, course=course)
    attempt = assessment_services.attempt_start(user=learner, quiz=quiz).attempt
    other = UserFactory()
    refused(lambda: assessment_services.answers_save(attempt=attempt, user=other, data={}))
    refused(lambda: assessment_services.attempt_submit(attempt=attempt, user=other, data={}))
    assert QuizAttempt.objects.get(pk=attempt.pk).submitted_at is None


@pytest.mark.parametrize("actor_role", [roles.LEARNER, roles.TRAINER, roles.PROGRAMME_MANAGER])
def test_revoke_reinstate_and_reissue_are_for_administrators(certificate, actor_role):
    actor = UserFactory(role=actor_role)
    refused(
        lambda: certificate_services.certificate_revoke(
            certificate=certificate, actor=actor, reason="Issued in error"
        )
    )
    refused(
        lambda: certificate_services.certificate_reissue(
            certificate=certificate, actor=actor, holder_name="Someone Else", reason="Name"
        )
    )
    Certificate.objects.filter(pk=certificate.pk).update(status=CertificateStatus.REVOKED)
    refused(
        lambda: certificate_services.certificate_reinstate(
            certificate=certificate, actor=actor, reason="Mistake"
        )
    )
    assert Certificate.objects.count() == 1


def test_rerendering_needs_its_permission(certificate, trainer):
    generation = certificate.generation
    refused(lambda: certificate_services.certificates_rerender(ids=[certificate.pk], actor=trainer))
    certificate.refresh_from_db()
    assert certificate.generation == generation


def test_the_completion_report_is_for_those_who_see_reports(trainer, manager):
    refused(lambda: report_run_start(user=trainer, filters=ReportFilters()))
    assert not ReportRun.objects.exists()
    assert report_run_start(user=manager, filters=ReportFilters()).requested_by == manager
