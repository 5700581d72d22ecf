"""A membership waiting for approval, or refused, is shown on My learning, the catalogue and the
home page: what waits, who decides, what happens next (an e-mail; which courses open) and what
to do meanwhile (the open courses)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts import roles
from accounts.models import Audience
from accounts.services import membership_decide
from cms.models import SiteSettings
from courses.models import AccessLevel
from tests.factories.accounts import UserFactory, approved_member
from tests.factories.cms import site
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db

PAGES = ["/learn/", "/courses/", "/"]


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def notice(client, url: str) -> str:
    """The membership notice of a page, as words ("" when there is none)."""
    html = client.get(url).content.decode()
    match = re.search(r'<section class="membership[^"]*".*?</section>', html, re.S)
    return text(match.group(0)) if match else ""


@pytest.fixture
def police_course():
    return course_create(
        title="Identification for Police Officers",
        access_level=AccessLevel.AUDIENCE,
        audiences=(Audience.LAW_ENFORCEMENT,),
        modules=1,
        lessons=1,
    )


@pytest.fixture
def officer(client):
    user = UserFactory(audience=Audience.LAW_ENFORCEMENT, email="officer@rslpf.example")
    client.force_login(user)
    return user


@pytest.mark.parametrize("url", PAGES)
def test_a_pending_officer_is_told_what_waits_who_decides_and_what_next(client, officer, url):
    words = notice(client, url)
    assert "Your membership of Law enforcement is waiting for approval" in words
    assert "programme manager" in words  # who decides
    assert "officer@rslpf.example" in words  # the e-mail that will come
    assert "Once you are approved" in words  # what opens
    html = client.get(url).content.decode()
    assert 'href="/courses/?audience=everyone">courses open to everyone</a>' in html  # meanwhile
    assert f'href="{reverse("accounts_profile")}"' in html


@pytest.mark.parametrize("url", ["/learn/", "/courses/"])
def test_my_learning_and_the_catalogue_name_the_courses_that_open_on_approval(
    client, officer, police_course, url
):
    course_create(title="Prosecution Course", access_level=AccessLevel.AUDIENCE,
                  audiences=(Audience.PROSECUTION,), modules=0)  # fmt: skip
    words = notice(client, url)
    assert "these courses open to you: Identification for Police Officers" in words
    assert "Prosecution Course" not in words


def test_the_catalogue_says_the_audiences_courses_open_once_approved(
    client, officer, police_course
):
    html = client.get("/courses/?audience=law_enforcement").content.decode()
    notice_html = re.search(r'<section class="membership.*?</section>', html, re.S).group(0)
    assert police_course.title not in html.replace(notice_html, "")  # not among the entries
    assert "They open once your membership is approved." in html


@pytest.mark.parametrize("url", PAGES)
def test_a_refused_officer_is_told_so_and_whom_to_write_to(client, officer, url):
    settings = SiteSettings.for_site(site())
    settings.contact_email = "training@ctacademy.example"
    settings.save()
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    membership_decide(profile_id=officer.profile.pk, approve=False, actor=manager)
    words = notice(client, url)
    assert "Your membership of Law enforcement was not approved" in words
    assert "stay closed to you" in words and "waiting for approval" not in words
    assert "training@ctacademy.example" in words
    assert "courses open to everyone" in words


@pytest.mark.parametrize("url", PAGES)
def test_approved_members_and_open_audiences_see_no_notice(client, url):
    client.force_login(approved_member(Audience.LAW_ENFORCEMENT))
    assert notice(client, url) == ""
    client.force_login(UserFactory(audience=Audience.MEDIA))  # needs no approval
    assert notice(client, url) == ""


def test_visitors_see_no_notice(client):
    for url in PAGES[1:]:
        assert notice(client, url) == ""


def dashboard_queries(client) -> int:
    client.get("/learn/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/learn/").status_code == 200
    return len(queries)


def test_the_pending_notice_costs_the_same_with_1_and_6_courses_that_open(client, officer):
    course_create(access_level=AccessLevel.AUDIENCE, audiences=(Audience.LAW_ENFORCEMENT,),
                  modules=0)  # fmt: skip
    one = dashboard_queries(client)
    for _ in range(5):
        course_create(access_level=AccessLevel.AUDIENCE, audiences=(Audience.LAW_ENFORCEMENT,),
                      modules=0)  # fmt: skip
    assert dashboard_queries(client) == one
    # My learning's ceiling (tests/courses/test_query_counts.py) plus the two queries that list
    # the courses opening on approval, for a pending learner only.
    assert one <= 14 + 2
