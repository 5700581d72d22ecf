"""Sign-up asks for the profile, verifies the e-mail, and answers alike for known and unknown
addresses; restricted audiences wait for approval."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import Audience, MembershipStatus, Sex, User
from accounts.selectors import user_approved_audiences
from tests.factories.accounts import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def signup_data(email: str, audience: str = Audience.MEDIA, organisation=None) -> dict:
    return {
        "email": email,
        "password1": "a-long-test-password-1",
        "password2": "a-long-test-password-1",
        "first_name": "Anaïs",
        "last_name": "Joseph-Émile",
        "audience": audience,
        "organisation": organisation.pk if organisation else "",
        "position": "Reporter",
        "sex": Sex.FEMALE,
    }


def test_media_worker_signs_up_verifies_and_is_approved_for_media(client):
    media_house = OrganisationFactory(name="Demo Media House", audience=Audience.MEDIA)
    response = client.post(
        reverse("account_signup"), signup_data("reporter@news.lc", organisation=media_house)
    )
    assert response.status_code == 302
    user = User.objects.get(email="reporter@news.lc")
    assert user.profile.audience == Audience.MEDIA
    assert user.profile.membership_status == MembershipStatus.APPROVED
    assert user.profile.organisation == media_house
    assert user.groups.filter(name="Learner").exists()
    assert "_auth_user_id" not in client.session  # mandatory verification first

    link = re.search(r"http://testserver(/accounts/confirm-email/\S+)", mail.outbox[-1].body).group(
        1
    )
    client.post(link)
    assert user.emailaddress_set.get().verified
    client.post(
        reverse("account_login"),
        {"login": "reporter@news.lc", "password": "a-long-test-password-1"},
    )
    assert client.session["_auth_user_id"] == str(user.pk)
    assert user_approved_audiences(user) == {Audience.MEDIA}


def test_police_sign_up_waits_for_approval(client):
    client.post(
        reverse("account_signup"), signup_data("officer@rslpf.lc", Audience.LAW_ENFORCEMENT)
    )
    user = User.objects.get(email="officer@rslpf.lc")
    assert user.profile.membership_status == MembershipStatus.PENDING
    assert user_approved_audiences(user) == set()


def test_sign_up_answers_alike_for_known_and_unknown_addresses(client):
    UserFactory(email="known@example.org")
    known = client.post(reverse("account_signup"), signup_data("known@example.org"))
    client.cookies.clear()
    unknown = client.post(reverse("account_signup"), signup_data("new@example.org"))
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert User.objects.filter(email="known@example.org").count() == 1


def test_password_reset_answers_alike_for_known_and_unknown_addresses(client):
    UserFactory(email="known@example.org")
    known = client.post(reverse("account_reset_password"), {"email": "known@example.org"})
    unknown = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_six_failed_logins_on_one_account_are_refused_whatever_the_ip(client):
    UserFactory(email="target@example.org")
    statuses = []
    for attempt in range(6):
        response = client.post(
            reverse("account_login"),
            {"login": "target@example.org", "password": f"wrong-{attempt}"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}",
        )
        statuses.append(response.status_code)
    assert statuses[:5] == [200] * 5
    assert statuses[5] == 429


def test_password_change_ends_the_other_sessions(client, django_user_model):
    from django.test import Client

    user = UserFactory()
    other = Client()
    for c in (client, other):
        c.post(reverse("account_login"), {"login": user.email, "password": "a-long-test-password"})
    assert other.get(reverse("accounts_profile")).status_code == 200
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": "a-long-test-password",
            "password1": "another-long-pass-9",
            "password2": "another-long-pass-9",
        },
    )
    assert response.status_code == 302
    assert client.get(reverse("accounts_profile")).status_code == 200  # this session stays
    assert other.get(reverse("accounts_profile")).status_code == 302  # the other one ended
