"""Where people land after logging in, and the header's links to their own places: learners on
My learning, trainers on the courses they follow, programme managers on the reports,
administrators on the admin; a safe `next` still wins (accounts.selectors.user_start_place,
used by accounts.adapter.AccountAdapter.get_login_redirect_url)."""

import re

import pytest
from django.urls import reverse

from accounts import roles
from accounts.demo import totp_enrol_with_secret
from accounts.selectors import user_places, user_start_place
from tests.factories.accounts import UserFactory
from tests.helpers import PASSWORD, TEST_TOTP_SECRET, totp_code

pytestmark = pytest.mark.django_db

START = {
    "learner": "/learn/",
    "trainer": "/admin/courses/learners/",
    "manager": "/reports/",
    "administrator": "/admin/",
    "superuser": "/admin/",
}
PEOPLE = {
    "learner": {"role": roles.LEARNER},
    "trainer": {"role": roles.TRAINER},
    "manager": {"role": roles.PROGRAMME_MANAGER},
    "administrator": {"role": roles.ADMINISTRATOR},
    "superuser": {"is_superuser": True},
}


def log_in(client, user, *, next_url: str | None = None) -> str:
    """Log in through allauth's form (and the TOTP step for staff); where it sends the person."""
    data = {"login": user.email, "password": PASSWORD}
    if next_url is not None:
        data["next"] = next_url
    response = client.post(reverse("account_login"), data)
    assert response.status_code == 302, response.content[:300]
    if response["Location"] == reverse("mfa_authenticate"):
        response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
        assert response.status_code == 302
    return response["Location"]


def person(kind: str):
    user = UserFactory(**PEOPLE[kind])
    if kind != "learner":
        totp_enrol_with_secret(user=user, secret=TEST_TOTP_SECRET)
    return user


@pytest.mark.parametrize("kind", list(START))
def test_each_person_lands_on_their_own_start_page(client, kind):
    user = person(kind)
    assert log_in(client, user) == START[kind]
    # The page answers them (staff: the session passed the second factor).
    assert client.get(START[kind]).status_code == 200


@pytest.mark.parametrize("kind", ["learner", "manager"])
def test_a_safe_next_still_wins(client, kind):
    assert log_in(client, person(kind), next_url="/courses/?audience=everyone") == (
        "/courses/?audience=everyone"
    )


def test_an_unsafe_next_is_ignored_for_the_start_page(client):
    assert log_in(client, person("learner"), next_url="https://evil.example/") == "/learn/"


def test_an_admin_login_keeps_its_way_back_to_the_admin(client):
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and "next=" in response["Location"]
    assert log_in(client, person("trainer"), next_url="/admin/pages/") == "/admin/pages/"


def test_the_login_page_sends_someone_logged_in_to_their_start_page(client):
    client.force_login(person("learner"))
    response = client.get(reverse("account_login"))
    assert response.status_code == 302 and response["Location"] == "/learn/"


def test_staff_without_totp_land_on_their_start_page_which_asks_them_to_set_it_up(client):
    trainer = UserFactory(role=roles.TRAINER)  # no authenticator yet: password only
    assert log_in(client, trainer) == START["trainer"]
    response = client.get(START["trainer"])
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))


def test_the_start_page_is_decided_by_role_not_by_the_sessions_powers(client):
    """A staff session that has not passed the second factor holds a learner's permissions,
    yet its person is still staff: their start page and header say so."""
    manager = person("manager")
    client.force_login(manager)  # no TOTP step in this session
    html = client.get("/learn/").content.decode()
    assert 'href="/reports/"' in html and 'href="/admin/"' in html
    assert user_start_place(manager).url == "/reports/"


def nav_links(html: str) -> list[str]:
    header = html[html.index('<header class="site-header"') : html.index("</header>")]
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', header)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("learner", [("/learn/", "My learning")]),
        ("trainer", [("/learn/", "My learning"), ("/admin/", "Admin")]),
        ("manager", [("/learn/", "My learning"), ("/reports/", "Reports"), ("/admin/", "Admin")]),
        (
            "administrator",
            [("/learn/", "My learning"), ("/reports/", "Reports"), ("/admin/", "Admin")],
        ),
    ],
)
def test_the_header_links_each_persons_own_places_in_words(client, kind, expected):
    user = person(kind)
    log_in(client, user)
    links = nav_links(client.get("/courses/").content.decode())
    own = [(href, label) for href, label in links if href in {"/learn/", "/reports/", "/admin/"}]
    assert own == expected
    assert [label for _, label in links][:2] == ["Courses", "Library"]


def test_the_header_names_the_person_and_links_their_profile(client):
    user = person("learner")
    client.force_login(user)
    html = client.get("/courses/").content.decode()
    header = html[html.index('<header class="site-header"') : html.index("</header>")]
    profile_link = re.search(r'<a class="nav__who" href="([^"]+)">(.*?)</a>', header)
    assert profile_link.group(1) == reverse("accounts_profile")
    assert user.get_full_name() in profile_link.group(2)


def test_the_header_marks_the_place_being_visited(client):
    client.force_login(person("learner"))
    html = client.get("/learn/").content.decode()
    assert '<a href="/learn/" aria-current="page">My learning</a>' in html


def test_visitors_are_offered_log_in_and_sign_up(client):
    links = nav_links(client.get("/courses/").content.decode())
    assert ("/accounts/login/", "Log in") in links and ("/accounts/signup/", "Sign up") in links


def test_user_places_for_a_visitor_are_none():
    from django.contrib.auth.models import AnonymousUser

    assert user_places(AnonymousUser()) == []
