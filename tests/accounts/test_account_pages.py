"""allauth's pages look like the site: its layout, header and footer, its words ("Log in",
never "Sign In" or "Login" as a verb), its buttons (Cancel is a secondary one) and its form
errors, in words next to the field they are about (templates/account/, templates/mfa/,
templates/usersessions/ and allauth's element templates in templates/allauth/elements/)."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts import roles
from accounts.demo import totp_enrol_with_secret
from tests.factories.accounts import UserFactory
from tests.helpers import PASSWORD, TEST_TOTP_SECRET, totp_code

pytestmark = pytest.mark.django_db

# allauth's own words for logging in and out, which the site says otherwise.
NOT_OUR_WORDS = re.compile(r"\bsign[ -]?in\b|\bsign[ -]?out\b|\bsigned (in|out)\b|\blogin\b", re.I)


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def assert_looks_like_the_site(response, heading: str) -> str:
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert '<header class="site-header">' in html and '<footer class="site-footer">' in html
    assert 'class="page-account' in html
    assert re.search(r"<title>[^<]+ · CT Academy</title>", html)
    h1 = re.search(r"<h1>(.*?)</h1>", html, re.S)
    assert h1 and h1.group(1).strip() == heading, h1 and h1.group(1)
    words = visible_text(html)
    assert not NOT_OUR_WORDS.search(words), NOT_OUR_WORDS.search(words).group(0)
    return html


def log_in(client, user) -> None:
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    if response["Location"] == reverse("mfa_authenticate"):
        assert client.post(reverse("mfa_authenticate"), {"code": totp_code()}).status_code == 302


def reauthenticate(client) -> None:
    """allauth asks for the password again before changes to the second factor."""
    response = client.get(reverse("account_reauthenticate"))
    assert "Password" in assert_looks_like_the_site(response, "Confirm it is you")
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302


def test_the_login_page(client):
    html = assert_looks_like_the_site(client.get(reverse("account_login")), "Log in")
    assert re.search(r'<button class="button" type="submit">\s*Log in\s*</button>', html)
    assert '<label for="id_login">E-mail address</label>' in html
    assert f'href="{reverse("account_signup")}">Sign up</a>' in html


def test_the_login_page_says_what_is_wrong_next_to_the_field(client):
    response = client.post(reverse("account_login"), {"login": "", "password": ""})
    html = assert_looks_like_the_site(response, "Log in")
    label, error, field = (html.index(s) for s in (
        '<label for="id_login">', 'id="id_login_error"', 'name="login"'
    ))  # fmt: skip
    assert label < error < field  # between the label and the input
    assert "This field is required." in html
    login_input = re.search(r"<input[^>]*name=\"login\"[^>]*>", html).group(0)
    assert 'aria-invalid="true"' in login_input and "id_login_error" in login_input


def test_a_wrong_password_is_said_in_words_above_the_form(client):
    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": "wrong"})
    html = assert_looks_like_the_site(response, "Log in")
    assert re.search(r'<div class="form-errors" role="alert">.*not correct', html, re.S)


def test_the_sign_up_page(client):
    html = assert_looks_like_the_site(client.get(reverse("account_signup")), "Sign up")
    assert f'href="{reverse("account_login")}">Log in</a>' in html
    assert "confirmed by a programme manager" in html
    for name in ("email", "password1", "password2", "first_name", "audience", "sex"):
        assert f'name="{name}"' in html


def test_signing_up_then_confirming_the_e_mail_address(client):
    from tests.accounts.test_signup import signup_data

    response = client.post(reverse("account_signup"), signup_data("new@example.org"), follow=True)
    assert_looks_like_the_site(response, "Check your e-mail")
    link = re.search(r"http://testserver(/accounts/confirm-email/\S+)", mail.outbox[-1].body)
    html = assert_looks_like_the_site(client.get(link.group(1)), "Confirm your e-mail address")
    assert "new@example.org" in html
    response = client.get(reverse("account_confirm_email", args=["no-such-key"]))
    assert "has expired or has been used already" in assert_looks_like_the_site(
        response, "Confirm your e-mail address"
    )


def test_every_step_of_a_password_reset(client):
    user = UserFactory()
    assert_looks_like_the_site(client.get(reverse("account_reset_password")), "Reset your password")
    response = client.post(reverse("account_reset_password"), {"email": user.email}, follow=True)
    assert_looks_like_the_site(response, "Check your e-mail")
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", mail.outbox[-1].body)
    response = client.get(link.group(1), follow=True)
    html = assert_looks_like_the_site(response, "Choose a new password")
    assert re.search(r'class="button button--secondary"[^>]*form="logout-from-stage"', html)
    assert '<label for="id_password1">New password</label>' in html
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"password1": "short", "password2": "other"})
    assert "id_password1_error" in assert_looks_like_the_site(response, "Choose a new password")
    new = "a-new-long-password-4"
    response = client.post(form_url, {"password1": new, "password2": new}, follow=True)
    html = assert_looks_like_the_site(response, "Your password has been changed")
    assert f'href="{reverse("account_login")}"' in html
    response = client.get(link.group(1), follow=True)
    assert_looks_like_the_site(response, "This link no longer works")


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("account_change_password", "Change your password"),
        ("account_email", "E-mail address"),
        ("mfa_index", "Two-factor authentication"),
        ("mfa_activate_totp", "Set up an authenticator app"),
        ("usersessions_list", "Where you are logged in"),
        ("account_logout", "Log out"),
        ("accounts_profile", "Your profile"),
    ],
)
def test_the_account_pages_of_a_learner(client, name, heading):
    log_in(client, UserFactory())
    reauthenticate(client)
    html = assert_looks_like_the_site(client.get(reverse(name)), heading)
    if name != "account_logout":
        assert '<nav class="account-nav" aria-label="Your account">' in html


def test_setting_up_the_authenticator_app_has_a_secondary_cancel(client):
    log_in(client, UserFactory())
    reauthenticate(client)
    html = assert_looks_like_the_site(
        client.get(reverse("mfa_activate_totp")), "Set up an authenticator app"
    )
    assert re.search(r'<a href="/accounts/2fa/" class="button button--secondary">\s*Cancel', html)
    assert 'class="qr-code"' in html and 'alt="QR code to scan with your authenticator app"' in html
    response = client.post(reverse("mfa_activate_totp"), {"code": "000000"})
    html = assert_looks_like_the_site(response, "Set up an authenticator app")
    assert 'id="id_code_error"' in html


def test_a_staff_member_with_totp_on_the_authenticate_recovery_and_deactivate_pages(client):
    trainer = UserFactory(role=roles.TRAINER)
    totp_enrol_with_secret(user=trainer, secret=TEST_TOTP_SECRET)
    client.post(reverse("account_login"), {"login": trainer.email, "password": PASSWORD})
    html = assert_looks_like_the_site(
        client.get(reverse("mfa_authenticate")), "Enter your authenticator code"
    )
    assert re.search(r'<button class="button" type="submit">\s*Log in\s*</button>', html)
    cancel = r'<button class="button button--secondary" form="logout-from-stage" type="submit">'
    assert re.search(cancel + r"\s*Cancel", html)
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert "id_code_error" in assert_looks_like_the_site(response, "Enter your authenticator code")
    assert client.post(reverse("mfa_authenticate"), {"code": totp_code()}).status_code == 302
    reauthenticate(client)
    html = assert_looks_like_the_site(
        client.get(reverse("mfa_view_recovery_codes")), "Recovery codes"
    )
    assert 'href="/admin/courses/learners/"' in html  # on to the trainer's start page
    html = assert_looks_like_the_site(
        client.get(reverse("mfa_deactivate_totp")), "Turn off your authenticator app"
    )
    assert "Staff accounts must use two-factor authentication" in html
    assert re.search(r'class="button button--danger" type="submit">\s*Turn off', html)
    assert_looks_like_the_site(
        client.get(reverse("mfa_generate_recovery_codes")), "Make new recovery codes"
    )


def test_the_messages_after_logging_in_and_out_use_the_sites_words(client):
    user = UserFactory(first_name="Marcia", last_name="Joseph")
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": PASSWORD}, follow=True
    )
    assert "You are logged in as Marcia Joseph." in response.content.decode()
    response = client.post(reverse("account_logout"), follow=True)
    assert "You have logged out." in response.content.decode()
