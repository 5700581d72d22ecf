"""Browser tier: headless Debian Chromium, driven by Playwright, against a live server.

A live-server test flushes the database afterwards; `serialized_rollback` restores the migrated
baseline (home page, catalogue, roles) before the next one (see tests/e2e/conftest.py)."""

import pytest
from django.core.management import call_command

from tests.helpers import totp_code_to_type

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def log_in(page, email: str) -> None:
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", "demo-pass-2026")
    page.locator("main form button[type=submit]").last.click()


def test_newcomer_walkthrough(live_server, browser, artifacts_dir):
    call_command("seed_demo")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    # The home page, then the login page, as a visitor; a demo learner logs in.
    response = page.goto(live_server.url + "/")
    assert response.status == 200
    assert "Counter-trafficking training" in page.locator("h1").inner_text()
    page.screenshot(path=artifacts_dir / "home.png", full_page=True)
    page.get_by_role("link", name="Log in", exact=True).click()
    page.wait_for_url("**/accounts/login/**")
    page.screenshot(path=artifacts_dir / "login.png", full_page=True)
    assert page.locator("main h1").inner_text() == "Log in"
    log_in(page, "learner@example.com")
    page.wait_for_url("**/learn/")  # a learner lands on My learning
    assert "Marcia Joseph" in page.locator("header").inner_text()
    assert page.locator("main h1").inner_text() == "My learning"
    # At 360 px the header wraps and names the learner's places in words, without overflowing.
    page.set_viewport_size({"width": 360, "height": 800})
    header = page.locator("header").inner_text()
    assert "My learning" in header and "Log out" in header
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    page.screenshot(path=artifacts_dir / "my-learning-360.png", full_page=True)
    context.close()

    # The demo programme manager is asked for a TOTP code before the admin.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/admin/")
    page.wait_for_url("**/accounts/login/**")
    log_in(page, "manager@example.com")
    page.wait_for_url("**/accounts/2fa/authenticate/**")
    page.screenshot(path=artifacts_dir / "totp-prompt.png", full_page=True)
    assert page.locator("main h1").inner_text() == "Enter your authenticator code"
    page.fill("input[name=code]", totp_code_to_type())
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/admin/**")  # the page asked for (next) wins over the start page
    assert "Audience approvals" in page.content()
    page.screenshot(path=artifacts_dir / "admin-manager.png", full_page=True)
    context.close()

    # Sign-up asks for the profile, and fits a small phone.
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/accounts/signup/")
    for field in (
        "email",
        "first_name",
        "last_name",
        "audience",
        "organisation",
        "position",
        "sex",
    ):
        assert page.locator(f"[name={field}]").count() == 1, field
    page.screenshot(path=artifacts_dir / "signup-360.png", full_page=True)
    context.close()
    assert errors == []
