import pytest
from django.test import Client

from accounts import roles
from tests.factories.accounts import UserFactory
from tests.helpers import login_with_mfa


@pytest.fixture
def admin_client():
    """An Administrator (who keeps the public site), logged in with the second factor."""
    client = Client()
    login_with_mfa(client, UserFactory(role=roles.ADMINISTRATOR))
    return client
