"""The project's URLs answer as a visitor, a learner and an administrator expect."""

import pytest
from django.urls import reverse

from tests.factories.accounts import UserFactory
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db


def test_home_page_is_the_wagtail_home_page(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.templates[0].name == "cms/home_page.html"
    assert "Counter-trafficking training" in response.content.decode()
    assert 'href="tel:847"' in response.content.decode()


def test_login_page_is_allauth_inside_the_site_layout(client):
    response = client.get(reverse("account_login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="login"' in html and 'name="password"' in html
    assert "site-header" in html  # rendered in the site's own layout


def test_signup_page_answers(client):
    assert client.get(reverse("account_signup")).status_code == 200


def test_admin_sends_anonymous_visitors_to_log_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_admin_is_open_to_an_administrator_after_the_second_factor(client):
    admin = UserFactory(is_superuser=True)
    login_with_mfa(client, admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert b"wagtail" in response.content.lower()


def test_admin_is_closed_to_a_learner(client):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code in {302, 403}
    assert response.status_code != 200


def test_unknown_page_is_a_404_in_the_site_layout(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_login_with_email_any_case(client):
    UserFactory(email="officer@example.org", password="a-long-test-password")
    response = client.post(
        reverse("account_login"),
        {"login": "Officer@Example.org", "password": "a-long-test-password"},
    )
    assert response.status_code == 302
    assert client.get("/").context["user"].email == "officer@example.org"
