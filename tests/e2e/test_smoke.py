"""Browser tier: headless Debian Chromium, driven by Playwright, against a live server."""

import pytest
from django.core.management import call_command

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_home_and_login_pages_load_and_a_demo_learner_logs_in(live_server, page, artifacts_dir):
    call_command("seed_demo")
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    response = page.goto(live_server.url + "/")
    assert response.status == 200
    assert "Counter-trafficking training" in page.locator("h1").inner_text()
    page.screenshot(path=artifacts_dir / "home.png", full_page=True)

    page.get_by_role("link", name="Log in", exact=True).click()
    page.wait_for_url("**/accounts/login/**")
    page.fill("input[name=login]", "learner@example.com")
    page.fill("input[name=password]", "demo-pass-2026")
    page.screenshot(path=artifacts_dir / "login.png", full_page=True)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert "Marcia Joseph" in page.locator("header").inner_text()
    assert errors == []
