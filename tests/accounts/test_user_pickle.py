"""A request's user can be cached (pickled) although the request layer marks it."""

import pickle

import pytest
from django.test import RequestFactory

from accounts.middleware import _mark
from accounts.selectors import SESSION_PASSED_MFA
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_a_marked_user_pickles_without_its_request_and_keeps_its_powers_decided_anew():
    request = RequestFactory().get("/admin/")
    request.session = {}
    user = _mark(request, UserFactory(is_superuser=True))
    assert hasattr(user, SESSION_PASSED_MFA)
    copy = pickle.loads(pickle.dumps(user))  # noqa: S301 (our own bytes)
    assert copy.pk == user.pk and not hasattr(copy, SESSION_PASSED_MFA)
    assert hasattr(user, SESSION_PASSED_MFA)  # the request's own user keeps its mark
