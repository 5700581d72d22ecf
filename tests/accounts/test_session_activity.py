"""A session's last-seen time is written once per interval, not on every page (allauth's own
middleware wrote it on each request: five queries a page)."""

import pytest
from allauth.usersessions.models import UserSession
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.middleware import session_seen_key
from tests.factories.accounts import UserFactory
from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db


def usersession_writes(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return sum(
        1
        for query in queries.captured_queries
        if "usersessions_usersession" in query["sql"] and query["sql"].startswith("UPDATE")
    )


def test_the_last_seen_time_is_written_once_per_interval(client, settings):
    cache.clear()
    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    session = UserSession.objects.get(user=user)
    url = reverse("courses_dashboard")
    first = usersession_writes(client, url)
    assert [usersession_writes(client, url) for _ in range(3)] == [0, 0, 0]
    # The interval has passed (the cache forgets the session): written again, once.
    cache.delete(session_seen_key(session.session_key))
    before = UserSession.objects.get(pk=session.pk).last_seen_at
    assert usersession_writes(client, url) == 1
    assert UserSession.objects.get(pk=session.pk).last_seen_at > before
    assert first <= 1


def test_the_sessions_page_shows_when_each_session_was_last_seen(client):
    user = UserFactory()
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    html = client.get(reverse("usersessions_list")).content.decode()
    assert "Last seen" in html
