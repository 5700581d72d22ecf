import pytest
from django.db import IntegrityError

from accounts.models import User
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_user_model_has_no_username_and_logs_in_by_email():
    assert User.USERNAME_FIELD == "email"
    assert not hasattr(User(), "username") or User().username is None


def test_email_is_stored_lower_case():
    user = UserFactory(email="  Prosecutor@DPP.example.lc ")
    assert user.email == "prosecutor@dpp.example.lc"


def test_email_is_unique_whatever_its_case():
    UserFactory(email="border@example.lc")
    with pytest.raises(IntegrityError):
        User.objects.bulk_create([User(email="Border@Example.LC")])


def test_create_superuser_is_staff():
    admin = User.objects.create_superuser(email="root@example.lc", password="x" * 12)
    assert admin.is_staff and admin.is_superuser
