"""Programme managers and administrators: approvals, CSV import, erasure, the audit log."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts import roles
from accounts.models import Audience, AuditEntry, MembershipStatus, Profile, Sex, User
from accounts.services import membership_decide
from tests.factories.accounts import OrganisationFactory, UserFactory
from tests.helpers import login_with_mfa, refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager_client(client):
    manager = UserFactory(role=roles.PROGRAMME_MANAGER, email="manager@example.org")
    login_with_mfa(client, manager)
    client.user = manager
    return client


@pytest.fixture
def admin_client(client):
    administrator = UserFactory(role=roles.ADMINISTRATOR, email="administrator@example.org")
    login_with_mfa(client, administrator)
    client.user = administrator
    return client


# --- approvals -------------------------------------------------------------------------------


def test_manager_approves_a_pending_officer_who_is_told_by_email(
    manager_client, django_capture_on_commit_callbacks
):
    officer = UserFactory(audience=Audience.LAW_ENFORCEMENT, email="officer@example.org")
    assert officer.profile.membership_status == MembershipStatus.PENDING
    page = manager_client.get(reverse("accounts_admin_approvals"))
    assert b"officer@example.org" in page.content
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(
            reverse("accounts_admin_decide", args=[officer.profile.pk]), {"decision": "approve"}
        )
    assert response.status_code == 302
    officer.profile.refresh_from_db()
    assert officer.profile.membership_status == MembershipStatus.APPROVED
    assert officer.profile.membership_decided_by == manager_client.user
    assert mail.outbox[-1].to == ["officer@example.org"]
    assert "approved" in mail.outbox[-1].subject
    entry = AuditEntry.objects.get(action="membership.approved")
    assert entry.actor == manager_client.user and entry.subject_user == officer


def test_a_second_decision_changes_nothing(manager_client):
    officer = UserFactory(audience=Audience.PROSECUTION)
    first = membership_decide(
        profile_id=officer.profile.pk, approve=False, actor=manager_client.user
    )
    second = membership_decide(
        profile_id=officer.profile.pk, approve=True, actor=manager_client.user
    )
    assert first.changed and not second.changed
    officer.profile.refresh_from_db()
    assert officer.profile.membership_status == MembershipStatus.REJECTED
    assert AuditEntry.objects.filter(subject_user=officer).count() == 1


def test_trainer_cannot_decide_membership(client):
    trainer = UserFactory(role=roles.TRAINER)
    officer = UserFactory(audience=Audience.BORDER)
    login_with_mfa(client, trainer)
    response = client.post(
        reverse("accounts_admin_decide", args=[officer.profile.pk]), {"decision": "approve"}
    )
    assert refused(response)
    officer.profile.refresh_from_db()
    assert officer.profile.membership_status == MembershipStatus.PENDING


# --- CSV import -------------------------------------------------------------------------------

GOOD_CSV = (
    "email,name,organisation,audience,sex,position\n"
    "a.officer@rslpf.lc,Alicia Officer,RSLPF,law_enforcement,female,Corporal\n"
    "b.border@immigration.lc,Brian Border,Immigration Department,Border and immigration,M,Officer\n"
    "existing@example.org,Eve Updated,RSLPF,law_enforcement,prefer not to say,Sergeant\n"
)


def upload(client, text: str, name: str = "learners.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        reverse("accounts_admin_import"),
        {"file": SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")},
    )


@pytest.fixture
def agencies():
    OrganisationFactory(name="Royal Saint Lucia Police Force", short_name="RSLPF")
    OrganisationFactory(
        name="Immigration Department", short_name="Immigration", audience=Audience.BORDER
    )


def test_good_csv_creates_and_updates_accounts_and_invites_the_new_ones(
    manager_client, agencies, django_capture_on_commit_callbacks
):
    existing = UserFactory(email="existing@example.org", audience=Audience.MEDIA)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(manager_client, GOOD_CSV)
    assert response.status_code == 302
    alicia = User.objects.get(email="a.officer@rslpf.lc")
    assert (alicia.first_name, alicia.last_name) == ("Alicia", "Officer")
    assert alicia.profile.audience == Audience.LAW_ENFORCEMENT
    assert alicia.profile.membership_status == MembershipStatus.APPROVED
    assert alicia.profile.sex == Sex.FEMALE and alicia.profile.position == "Corporal"
    assert not alicia.has_usable_password()
    brian = User.objects.get(email="b.border@immigration.lc")
    assert brian.profile.audience == Audience.BORDER and brian.profile.sex == Sex.MALE
    existing.refresh_from_db()
    assert existing.first_name == "Eve" and existing.profile.audience == Audience.LAW_ENFORCEMENT
    invited = sorted(message.to[0] for message in mail.outbox)
    assert invited == ["a.officer@rslpf.lc", "b.border@immigration.lc"]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body
    assert AuditEntry.objects.filter(action="learners.imported").count() == 1


def test_invitation_link_lets_the_learner_choose_a_password_and_log_in(
    manager_client, agencies, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(manager_client, GOOD_CSV)
    message = next(m for m in mail.outbox if m.to == ["a.officer@rslpf.lc"])
    link = next(line for line in message.body.splitlines() if "/password/reset/key/" in line)
    learner = Client()
    response = learner.get(link[link.index("/accounts/") :].strip(), follow=True)
    form_url = response.redirect_chain[-1][0]
    learner.post(form_url, {"password1": "my-own-pass-2026", "password2": "my-own-pass-2026"})
    learner.post(
        reverse("account_login"), {"login": "a.officer@rslpf.lc", "password": "my-own-pass-2026"}
    )
    assert learner.session["_auth_user_id"] == str(User.objects.get(email="a.officer@rslpf.lc").pk)


def test_broken_csv_writes_nothing_and_reports_every_row(manager_client, agencies):
    before = User.objects.count()
    broken = (
        "email,name,organisation,audience,sex,position\n"
        "not-an-email,Someone,RSLPF,law_enforcement,female,\n"
        "ok@rslpf.lc,Fine Person,RSLPF,law_enforcement,female,\n"
        "x@rslpf.lc,,Nowhere Agency,police,unknown,\n"
        "ok@rslpf.lc,Duplicate,RSLPF,law_enforcement,male,\n"
    )
    response = upload(manager_client, broken)
    assert response.status_code == 200
    errors = {(e.line, e.column) for e in response.context["errors"]}
    assert errors == {
        (2, "email"),
        (4, "name"),
        (4, "organisation"),
        (4, "audience"),
        (4, "sex"),
        (5, "email"),
    }
    assert b"Nothing was imported" in response.content
    assert User.objects.count() == before
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (
            "email,name\nx@y.lc,X\n",
            "learners.csv",
            "missing: organisation, audience, sex, position",
        ),
        ("email,name,organisation,audience,sex,position\n", "learners.csv", "no learners"),
        ("anything", "learners.xlsx", "Choose a .csv file"),
    ],
)
def test_unreadable_files_get_a_clear_message(manager_client, content, name, message):
    response = upload(manager_client, content, name)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_learner_and_trainer_cannot_import(client, agencies):
    trainer = UserFactory(role=roles.TRAINER)
    login_with_mfa(client, trainer)
    assert refused(upload(client, GOOD_CSV))
    assert not User.objects.filter(email="a.officer@rslpf.lc").exists()


# --- erasure ---------------------------------------------------------------------------------


def test_administrator_erases_a_learner(admin_client):
    organisation = OrganisationFactory()
    learner = UserFactory(
        email="erase.me@example.org",
        first_name="Erin",
        last_name="Private",
        audience=Audience.BORDER,
        organisation=organisation,
        sex=Sex.FEMALE,
        position="Officer",
    )
    learner_client = Client()
    learner_client.post(
        reverse("account_login"), {"login": learner.email, "password": "a-long-test-password"}
    )
    counts_before = Profile.objects.filter(
        audience=Audience.BORDER, sex=Sex.FEMALE, organisation=organisation
    ).count()
    page = admin_client.get(reverse("accounts_admin_erase", args=[learner.pk]))
    assert page.status_code == 200
    response = admin_client.post(
        reverse("accounts_admin_erase", args=[learner.pk]),
        {"confirm_email": "erase.me@example.org"},
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert "erase.me" not in learner.email and learner.first_name == "Erased"
    assert "Private" not in learner.last_name and "Erin" not in learner.get_full_name()
    assert not learner.is_active and not learner.has_usable_password()
    assert learner.profile.position == "" and learner.profile.erased_at is not None
    assert not learner.emailaddress_set.exists()
    # aggregate attributes stay, so programme totals do not change
    assert (
        Profile.objects.filter(
            audience=Audience.BORDER, sex=Sex.FEMALE, organisation=organisation
        ).count()
        == counts_before
    )
    assert learner_client.get(reverse("accounts_profile")).status_code == 302  # session ended
    entry = AuditEntry.objects.get(action="user.erased")
    assert entry.actor == admin_client.user and "erase.me" not in entry.subject
    assert not AuditEntry.objects.filter(subject__icontains="erase.me").exists()


def test_erasure_needs_the_email_typed_to_confirm(admin_client):
    learner = UserFactory(email="keep.me@example.org")
    admin_client.post(reverse("accounts_admin_erase", args=[learner.pk]), {"confirm_email": "x"})
    learner.refresh_from_db()
    assert learner.email == "keep.me@example.org"


def test_manager_cannot_erase(manager_client):
    learner = UserFactory()
    response = manager_client.post(
        reverse("accounts_admin_erase", args=[learner.pk]), {"confirm_email": learner.email}
    )
    assert refused(response)
    learner.refresh_from_db()
    assert learner.is_active


def test_audit_log_is_read_only_even_for_a_superuser(client):
    superuser = UserFactory(is_superuser=True)
    login_with_mfa(client, superuser)
    entry = AuditEntry.objects.create(action="user.erased", subject="user #1")
    assert client.get("/admin/accounts/audit/").status_code == 200
    assert refused(client.get(f"/admin/accounts/audit/edit/{entry.pk}/"))
    assert refused(client.post(f"/admin/accounts/audit/delete/{entry.pk}/"))
    assert AuditEntry.objects.filter(pk=entry.pk).exists()
