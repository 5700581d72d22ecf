"""The dashboard, drill-downs and exports over HTTP: who may see them, what they show, and a
query count that does not grow with the number of learners."""

import pytest
from django.urls import reverse

from accounts import roles
from accounts.models import AuditEntry
from reports.models import ReportRun
from tests.courses.test_query_counts import count
from tests.factories.accounts import OrganisationFactory, UserFactory
from tests.factories.certificates import course_complete
from tests.factories.courses import course_create
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db

# Measured: 16 and 9 (the dashboard made 21 before its figures came from one pass).
MAX_QUERIES = {"dashboard": 16, "learners": 9}


@pytest.fixture
def manager_client(client):
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    return client


def test_the_dashboard_shows_the_figures_and_links_to_the_learners(cohort, manager_client):
    response = manager_client.get(
        reverse("reports_dashboard"), {"date_from": "2026-01-01", "date_to": "2026-12-31"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 January 2026 to 31 December 2026" in html
    assert "<dd>40%</dd>" in html  # completion rate
    assert "<dd>7 days</dd>" in html  # median time to complete
    assert "<dd>50 points</dd>" in html  # knowledge gain
    assert 'figure=completed">2</a>' in html
    assert "<svg" in html and "Completion rate by course" in html
    assert reverse("reports_export", args=["summary", "csv"]) in html
    response = manager_client.get(reverse("reports_learners"), {"figure": "passed"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lena One" in html and "Lara" not in html
    assert "1 enrolment matches these filters." in html


def test_bad_filters_are_reported_and_change_nothing(cohort, manager_client):
    wrong = {"date_from": "2026-12-31", "date_to": "2026-01-01", "course": "999999"}
    response = manager_client.get(reverse("reports_dashboard"), wrong)
    assert response.status_code == 400
    html = response.content.decode()
    assert "The period ends before it starts" in html and "Select a valid choice" in html
    assert "Headline figures" not in html  # no all-time figures under a wrong filter
    for url in (reverse("reports_learners"), reverse("reports_export", args=["summary", "csv"])):
        assert manager_client.get(url, wrong).status_code == 400
    assert manager_client.post(reverse("reports_run_start"), wrong).status_code == 400
    assert not ReportRun.objects.exists()


def test_exports_download(cohort, manager_client):
    response = manager_client.get(
        reverse("reports_export", args=["by_course", "csv"]), {"sex": "female"}
    )
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    assert "Sex,Female" in text and "Course A" in text
    response = manager_client.get(reverse("reports_export", args=["learners", "xlsx"]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:2] == b"PK"
    # Exports that name people are recorded; the aggregate ones are not.
    assert list(AuditEntry.objects.values_list("action", "detail__table")) == [
        ("reports.export", "learners")
    ]
    assert manager_client.get(reverse("reports_export", args=["nope", "csv"])).status_code == 404


@pytest.mark.parametrize("role", [roles.LEARNER, roles.TRAINER])
def test_learners_and_trainers_may_not_see_reports(client, role):
    user = UserFactory(role=role)
    if role == roles.LEARNER:
        client.force_login(user)
    else:
        login_with_mfa(client, user)
    for url in (
        reverse("reports_dashboard"),
        reverse("reports_learners"),
        reverse("reports_export", args=["learners", "csv"]),
    ):
        assert client.get(url).status_code == 403


def test_query_counts_do_not_grow_with_learners(manager_client):
    course = course_create(modules=1, lessons=1)
    other = course_create(modules=1, lessons=1)
    course_complete(user=UserFactory(), course=course)
    counts = []
    for url in (reverse("reports_dashboard"), reverse("reports_learners") + "?figure=completed"):
        manager_client.get(url)  # the session's first requests record it
        counts.append(count(manager_client, url))
    for _ in range(30):
        learner = UserFactory()
        course_complete(user=learner, course=course)
        course_complete(user=learner, course=other)
    for n in range(5):  # more rows in every breakdown, each with zeros
        OrganisationFactory(name=f"Agency without learners {n}")
        course_create(title=f"Course without learners {n}", modules=0)
    manager_client.get(reverse("reports_dashboard"))  # fill the pages' cache the courses replaced
    again = [
        count(manager_client, reverse("reports_dashboard")),
        count(manager_client, reverse("reports_learners") + "?figure=completed"),
    ]
    assert counts == again
    assert counts[0] <= MAX_QUERIES["dashboard"] and counts[1] <= MAX_QUERIES["learners"]
