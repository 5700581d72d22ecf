"""Helpers that drive the real login flow, second factor included."""

import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse

from accounts.services import totp_enrol_with_secret

TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXP"
PASSWORD = "a-long-test-password"  # noqa: S105


def totp_code(secret: str = TEST_TOTP_SECRET, offset: int = 0) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


def login_with_mfa(client, user, password: str = PASSWORD) -> None:
    """Log in through allauth: password, then the TOTP step (enrolling the user first)."""
    totp_enrol_with_secret(user=user, secret=TEST_TOTP_SECRET)
    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response.status_code == 302, response.content[:500]
    assert response["Location"] == reverse("mfa_authenticate"), response["Location"]
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response.status_code == 302, response.content[:2000]


def refused(response) -> bool:
    """Inside the Wagtail admin a permission failure redirects to the dashboard with a
    message; elsewhere it is a 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )
