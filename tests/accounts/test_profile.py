import json

import pytest
from django.urls import reverse

from accounts.models import Audience, MembershipStatus, Sex
from tests.factories.accounts import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def profile_form(**overrides) -> dict:
    data = {
        "first_name": "Marcia",
        "last_name": "Joseph",
        "audience": Audience.MEDIA,
        "organisation": "",
        "position": "Editor",
        "sex": Sex.FEMALE,
    }
    data.update(overrides)
    return data


def test_learner_edits_own_profile(client):
    user = UserFactory(audience=Audience.MEDIA)
    client.force_login(user)
    organisation = OrganisationFactory()
    response = client.post(reverse("accounts_profile"), profile_form(organisation=organisation.pk))
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.first_name == "Marcia"
    assert user.profile.organisation == organisation
    assert user.profile.position == "Editor"


def test_moving_to_a_restricted_audience_needs_approval_again(client):
    user = UserFactory(audience=Audience.MEDIA)
    client.force_login(user)
    client.post(reverse("accounts_profile"), profile_form(audience=Audience.PROSECUTION))
    user.profile.refresh_from_db()
    assert user.profile.membership_status == MembershipStatus.PENDING


def test_invalid_profile_is_refused_with_a_message(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(reverse("accounts_profile"), profile_form(sex="unknown", first_name=""))
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"sex", "first_name"}


def test_learner_downloads_own_data(client):
    user = UserFactory(email="me@example.org", audience=Audience.BORDER)
    client.force_login(user)
    response = client.get(reverse("accounts_data_export"))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "me@example.org"
    assert data["profile"]["audience"] == Audience.BORDER
    assert data["email_addresses"][0]["verified"] is True


def test_data_export_needs_login(client):
    response = client.get(reverse("accounts_data_export"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
