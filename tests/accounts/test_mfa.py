"""Staff must pass a second factor before the admin; the admin login goes through allauth."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts import roles
from accounts.demo import totp_enrol_with_secret
from tests.factories.accounts import UserFactory
from tests.helpers import PASSWORD, TEST_TOTP_SECRET, login_with_mfa, totp_code

pytestmark = pytest.mark.django_db

STAFF_ROLES = [roles.TRAINER, roles.PROGRAMME_MANAGER, roles.ADMINISTRATOR]


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_without_totp_are_sent_to_set_it_up(client, role):
    client.force_login(UserFactory(role=role))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))


def test_setup_redirect_keeps_the_whole_next_url(client):
    client.force_login(UserFactory(role=roles.TRAINER))
    response = client.get("/admin/pages/search/?q=a&page=2")
    assert response["Location"] == (
        reverse("mfa_activate_totp") + "?next=%2Fadmin%2Fpages%2Fsearch%2F%3Fq%3Da%26page%3D2"
    )


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_with_totp_whose_session_skipped_it_must_log_in_again(client, role):
    user = UserFactory(role=role)
    totp_enrol_with_secret(user=user, secret=TEST_TOTP_SECRET)
    client.force_login(user)  # a session that never passed the TOTP step
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_reach_the_admin_after_password_and_totp(client, role):
    login_with_mfa(client, UserFactory(role=role))
    assert client.get("/admin/").status_code == 200


def test_password_alone_does_not_log_staff_in(client):
    user = UserFactory(role=roles.PROGRAMME_MANAGER)
    totp_enrol_with_secret(user=user, secret=TEST_TOTP_SECRET)
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    response = client.get("/admin/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_reused_totp_code_is_refused(client, django_user_model):
    user = UserFactory(role=roles.TRAINER)
    login_with_mfa(client, user)
    used_code = totp_code()
    client.logout()
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    response = client.post(reverse("mfa_authenticate"), {"code": used_code})
    assert response.status_code == 200  # the form again, with an error
    assert "_auth_user_id" not in client.session


def test_a_wrong_totp_code_is_refused(client):
    user = UserFactory(role=roles.TRAINER)
    totp_enrol_with_secret(user=user, secret=TEST_TOTP_SECRET)
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    wrong = f"{(int(totp_code()) + 1) % 1_000_000:06d}"
    client.post(reverse("mfa_authenticate"), {"code": wrong})
    assert "_auth_user_id" not in client.session


def test_learners_need_no_second_factor(client):
    learner = UserFactory()
    response = client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(learner.pk)
    assert client.get(reverse("accounts_profile")).status_code == 200


def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"
    response = client.get("/admin/")
    assert response["Location"].startswith("/accounts/login/")


def test_password_reset_does_not_log_in_or_skip_totp(client):
    user = UserFactory(role=roles.ADMINISTRATOR)
    totp_enrol_with_secret(user=user, secret=TEST_TOTP_SECRET)
    client.post(reverse("account_reset_password"), {"email": user.email})
    link = next(
        line for line in mail.outbox[-1].body.splitlines() if "/password/reset/key/" in line
    )
    path = link[link.index("/accounts/") :].strip()
    response = client.get(path, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else path
    response = client.post(
        form_url, {"password1": "a-brand-new-pass-42", "password2": "a-brand-new-pass-42"}
    )
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    # The new password still needs the second factor.
    client.post(reverse("account_login"), {"login": user.email, "password": "a-brand-new-pass-42"})
    assert "_auth_user_id" not in client.session
