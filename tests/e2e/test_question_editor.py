"""Browser tier: a trainer writes a new question in Debian's Chromium. The empty form shows no
error, choosing a type shows none either and starts with its two options, the add buttons say
what they add (and the question's disappears once its one question is there), and what is
missing is said when the form is saved."""

import pytest
from playwright.sync_api import expect

from accounts import roles
from accounts.demo import totp_enrol_with_secret
from assessments.models import Question
from tests.factories.accounts import UserFactory
from tests.factories.assessments import category
from tests.helpers import PASSWORD, TEST_TOTP_SECRET, totp_code_to_type

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def staff_log_in(page, base_url: str, user) -> None:
    page.goto(base_url + "/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_url("**/2fa/authenticate/")
    page.fill("input[name=code]", totp_code_to_type())
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def visible_errors(page) -> list[str]:
    return [text.strip() for text in page.locator(".error-message").all_inner_texts()]


def test_a_trainer_writes_a_question_without_meeting_an_error_first(
    live_server,
    browser,
    artifacts_dir,
):
    trainer = UserFactory(role=roles.TRAINER)
    totp_enrol_with_secret(user=trainer, secret=TEST_TOTP_SECRET)
    category("Signs to notice")
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    staff_log_in(page, live_server.url, trainer)

    page.goto(live_server.url + "/admin/snippets/assessments/question/add/")
    body = page.locator("[data-contentpath=body]")
    add_question = body.get_by_role("button", name="Add a question")
    add_question.wait_for()
    assert visible_errors(page) == []
    assert add_question.inner_text().strip() == "Add a question"

    add_question.click()
    page.get_by_role("option", name="Single choice").click()
    option_texts = body.locator("[data-contentpath=options] [data-contentpath=text] input")
    option_texts.first.wait_for()
    assert option_texts.count() == 2
    assert visible_errors(page) == []
    add_option = body.get_by_role("button", name="Add an option")
    assert add_option.last.inner_text().strip() == "Add an option"
    assert not add_question.is_visible()  # the body holds its one question
    add_option.last.click()
    expect(option_texts).to_have_count(3)  # waits for the editor to add it
    page.screenshot(path=str(artifacts_dir / "question-editor-1280.png"), full_page=True)

    # Saved without a category or any text: now, and only now, the form says what is missing.
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert visible_errors(page)
    assert not Question.objects.exists()
    assert errors == []
