"""A staff account whose session has not passed TOTP holds no staff power: it is a learner until
it logs in with its second factor (docs/decisions/0002-staff-powers-need-the-second-factor.md).
tests/test_permission_matrix.py requests every URL so; these test the mechanism and the
capabilities the matrix's status codes do not show."""

import pytest
from django.contrib.auth import login
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.auth.models import Group
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)

from accounts import roles
from accounts.demo import totp_enrol_with_secret
from accounts.middleware import RequireStaffMFAMiddleware
from accounts.models import Audience, MembershipStatus
from certificates.models import Certificate
from certificates.services import certificate_render
from cms.models import Visibility
from courses.models import AccessLevel
from tests.factories.accounts import UserFactory
from tests.factories.certificates import completed_enrolment
from tests.factories.cms import document_create, reporting_page
from tests.factories.courses import course_create
from tests.helpers import TEST_TOTP_SECRET, login_with_mfa

pytestmark = pytest.mark.django_db

STAFF = [
    pytest.param({"role": roles.TRAINER}, "wagtaildocs.add_document", id="trainer"),
    pytest.param({"role": roles.PROGRAMME_MANAGER}, "accounts.view_reports", id="manager"),
    pytest.param({"role": roles.ADMINISTRATOR}, "accounts.erase_learner", id="administrator"),
    pytest.param({"is_superuser": True}, "accounts.erase_learner", id="superuser"),
]


def request_user(client, path: str = "/learn/"):
    """request.user as a view of this client's session sees it, through the real middleware."""
    request = RequestFactory().get(path)
    request.session = client.session
    AuthenticationMiddleware(lambda r: None).process_request(request)
    seen = {}

    def view(request):
        seen["user"] = request.user
        return HttpResponse()

    RequireStaffMFAMiddleware(view)(request)
    return seen["user"]


@pytest.mark.parametrize(("user_fields", "permission"), STAFF)
def test_a_password_only_session_holds_the_learners_permissions(client, user_fields, permission):
    staff = UserFactory(**user_fields)
    assert staff.has_perm(permission)  # outside any request: a command, a task, a service call
    client.force_login(staff)
    user = request_user(client)
    assert not user.has_perm(permission)
    assert not user.has_perms([permission])
    assert not user.has_perm("wagtailadmin.access_admin")
    assert not user.has_module_perms(permission.split(".")[0])
    assert user.get_all_permissions() == set()
    # Nothing about the account itself changed, nor is saved changed.
    assert user.is_superuser == staff.is_superuser
    user.save()
    staff.refresh_from_db()
    assert staff.has_perm(permission)


@pytest.mark.parametrize(("user_fields", "permission"), STAFF)
def test_the_same_session_after_the_second_factor_holds_the_staff_permissions(
    client, user_fields, permission
):
    staff = UserFactory(**user_fields)
    login_with_mfa(client, staff)
    user = request_user(client)
    assert user.has_perm(permission)
    assert user.has_perm("wagtailadmin.access_admin")


def test_a_login_in_the_middle_of_a_request_holds_no_staff_power_either():
    staff = UserFactory(role=roles.ADMINISTRATOR)
    request = RequestFactory().get("/")
    SessionMiddleware(lambda r: None).process_request(request)
    AuthenticationMiddleware(lambda r: None).process_request(request)
    login(request, staff, backend="django.contrib.auth.backends.ModelBackend")
    assert not request.user.has_perm("accounts.view_reports")


def test_a_learner_given_a_staff_role_during_their_session_must_pass_totp(client):
    learner = UserFactory()
    client.force_login(learner)
    learner.groups.add(Group.objects.get(name=roles.PROGRAMME_MANAGER))
    assert not request_user(client).has_perm("accounts.view_reports")
    response = client.get(reverse("reports_dashboard"))
    assert response["Location"].startswith(reverse("mfa_activate_totp"))


def test_members_of_any_group_but_learner_must_pass_totp_for_the_admin(client):
    """Wagtail's Editors group (or one an administrator makes) opens the admin as a role does."""
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    assert not request_user(client).has_perm("wagtailadmin.access_admin")


def test_a_trainer_sees_the_courses_they_follow_in_the_catalogue_only_after_totp(client):
    trainer = UserFactory(role=roles.TRAINER)
    course_create(title="Investigators' workshop", access_level=AccessLevel.INVITATION)
    course_create(title="Invited only", access_level=AccessLevel.INVITATION, trainers=[trainer])
    client.force_login(trainer)
    assert "Invited only" not in client.get("/courses/").content.decode()
    client.logout()
    login_with_mfa(client, trainer)
    html = client.get("/courses/").content.decode()
    assert "Invited only" in html and "Investigators" not in html


def test_password_only_staff_keep_what_they_have_as_learners(client):
    """Their own certificate, and documents of their own approved audience."""
    staff = UserFactory(
        role=roles.ADMINISTRATOR,
        audience=Audience.LAW_ENFORCEMENT,
        membership_status=MembershipStatus.APPROVED,
    )
    certificate = Certificate.objects.get(enrolment=completed_enrolment(user=staff))
    certificate_render(certificate_id=certificate.pk)
    own = document_create(
        audiences=(Audience.LAW_ENFORCEMENT,), visibility=Visibility.PRACTITIONERS
    )
    other = document_create(audiences=(Audience.MEDIA,), visibility=Visibility.PRACTITIONERS)
    totp_enrol_with_secret(user=staff, secret=TEST_TOTP_SECRET)
    client.force_login(staff)
    download = reverse("certificates_download", args=[certificate.display_code])
    assert client.get(download).status_code == 200
    assert client.get(own.url).status_code == 200
    assert client.get(other.url).status_code == 403
    client.logout()
    login_with_mfa(client, staff)
    assert client.get(other.url).status_code == 200  # administrators manage documents


def _kept_for(group_name: str, restriction):
    restriction.save()
    restriction.groups.add(Group.objects.get(name=group_name))


@pytest.mark.parametrize("user_fields", [{"role": roles.ADMINISTRATOR}, {"is_superuser": True}])
def test_a_page_private_to_staff_groups_needs_the_second_factor(client, user_fields):
    """Wagtail's page privacy "these groups" admits superusers and the groups' members."""
    page = reporting_page()
    _kept_for(
        roles.ADMINISTRATOR,
        PageViewRestriction(page=page, restriction_type=BaseViewRestriction.GROUPS),
    )
    staff = UserFactory(**user_fields)
    totp_enrol_with_secret(user=staff, secret=TEST_TOTP_SECRET)
    client.force_login(staff)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session  # to log in again, with the code
    login_with_mfa(client, staff)
    assert client.get(page.url).status_code == 200


def test_a_collection_private_to_staff_groups_needs_the_second_factor(client):
    collection = Collection.get_first_root_node().add_child(name="Administrators only")
    _kept_for(
        roles.ADMINISTRATOR,
        CollectionViewRestriction(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        ),
    )
    document = document_create(collection=collection)
    staff = UserFactory(role=roles.ADMINISTRATOR)  # no authenticator yet
    client.force_login(staff)
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    other = Client()
    login_with_mfa(other, staff)
    assert other.get(document.url).status_code == 200
