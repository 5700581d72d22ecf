"""The drill-down behind each figure, a page at a time by keyset: every enrolment once, in
order, forwards and back, whatever the cursor says, and a page costs the same queries on the
first page and deep in the list."""

import re

import pytest
from django.urls import reverse

from accounts import roles
from courses.models import Enrolment
from courses.services import enrolment_create
from reports import selectors
from reports.filters import ReportFilters
from tests.courses.test_query_counts import count
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db

ALL = ReportFilters()


@pytest.fixture
def enrolments():
    """26 enrolments of 14 learners in two courses, with shared surnames and whole names, in
    an order of creation unlike the list's order."""
    courses = [course_create(title=title, modules=0) for title in ("Course B", "Course A")]
    names = [("Zoe", "Alleyne"), ("Ann", "Joseph"), ("Ann", "Joseph"), ("Bea", "Alleyne")]
    names += [(f"Learner{n:02d}", "Charles") for n in range(10, 0, -1)]
    for position, (first, last) in enumerate(names):
        user = UserFactory(first_name=first, last_name=last)
        for course in courses[: 1 + position % 2 + (position < 9)]:
            enrolment_create(user=user, course=course)
    staff = UserFactory(role=roles.TRAINER, last_name="Aaron")  # previews: in no list
    enrolment_create(user=staff, course=courses[0])
    expected = list(
        Enrolment.objects.exclude(user=staff)
        .order_by("user__last_name", "user__first_name", "user_id", "pk")
        .values_list("pk", flat=True)
    )
    assert len(expected) == 26
    return expected


def walk(size: int, *, figure: str = "enrolled"):
    """Every page from the first by Next, then back from the last by Previous."""
    pages = [selectors.learners_page(ALL, figure, size=size)]
    while pages[-1].has_next:
        pages.append(selectors.learners_page(ALL, figure, after=pages[-1].last_pk, size=size))
    back = [pages[-1]]
    while back[-1].has_previous:
        back.append(selectors.learners_page(ALL, figure, before=back[-1].first_pk, size=size))
    return pages, back


@pytest.mark.parametrize("size", [1, 4, 5, 25, 26, 50])
def test_next_and_previous_visit_every_enrolment_once_in_order(enrolments, size):
    pages, back = walk(size)
    forwards = [e.pk for page in pages for e in page.enrolments]
    assert forwards == enrolments
    assert [len(page.enrolments) for page in pages[:-1]] == [size] * (len(pages) - 1)
    assert not pages[0].has_previous and not pages[-1].has_next
    backwards = [e.pk for page in reversed(back) for e in page.enrolments]
    assert backwards == enrolments
    assert [page.has_next for page in back] == [False] + [True] * (len(back) - 1)
    assert not back[-1].has_previous and back[-1].first_pk == enrolments[0]


def test_a_cursor_that_names_no_enrolment_starts_from_the_first_page(enrolments):
    first = selectors.learners_page(ALL, size=5)
    assert [e.pk for e in first.enrolments] == enrolments[:5]
    for cursor in (0, 10**12):
        for side in ("after", "before"):
            page = selectors.learners_page(ALL, size=5, **{side: cursor})
            assert [e.pk for e in page.enrolments] == enrolments[:5]
            assert not page.has_previous and page.has_next
    # The first row's own cursor: nothing before it, so Previous leads to the first page.
    page = selectors.learners_page(ALL, size=5, before=enrolments[0])
    assert [e.pk for e in page.enrolments] == enrolments[:5]


def test_the_page_follows_the_figure(enrolments):
    Enrolment.objects.filter(pk__in=enrolments[::3]).update(started_at="2026-03-01T10:00Z")
    pages, _back = walk(2, figure="started")
    assert [e.pk for page in pages for e in page.enrolments] == enrolments[::3]


def _links(html: str) -> dict:
    return {
        rel: int(cursor)
        for rel, cursor in re.findall(r'&amp;(after|before)=(\d+)" rel="(?:next|prev)"', html)
    }


def test_the_page_links_next_and_previous_and_queries_do_not_grow(enrolments, client, monkeypatch):
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    url = reverse("reports_learners")
    client.get(url)  # the session's first request records it
    html = client.get(url, {"figure": "enrolled"}).content.decode()
    assert "26 enrolments match these filters." in html  # one page: the whole list
    for bad in ("x", "-1", "²", "9" * 40):  # refused quietly: the first page
        assert client.get(url, {"after": bad}).status_code == 200
    from reports import views

    monkeypatch.setattr(views, "PAGE_SIZE", 5)
    first = client.get(url).content.decode()
    assert "Learners by surname, 5 to a page." in first and "First page" not in first
    cursor = _links(first)
    assert cursor == {"after": enrolments[4]}
    second = client.get(url, {"after": cursor["after"]}).content.decode()
    assert _links(second) == {"after": enrolments[9], "before": enrolments[5]}
    assert "First page" in second
    last = client.get(url, {"after": enrolments[24]}).content.decode()
    assert _links(last) == {"before": enrolments[25]}  # the last page: no Next
    queries = [
        count(client, url),
        count(client, f"{url}?after={enrolments[4]}"),
        count(client, f"{url}?after={enrolments[24]}"),
        count(client, f"{url}?before={enrolments[25]}"),
    ]
    # A cursor costs one small query more than the first page; no page costs more.
    assert queries[1:] == [queries[0] + 1] * 3, queries
