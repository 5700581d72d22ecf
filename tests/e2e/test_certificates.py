"""Browser tier: a learner finishes a course, finds the certificate on /learn/, downloads the
PDF, and a stranger checks it on the public page, by code and by uploading the file; the pages
fit a 320 px screen. Screenshots go to artifacts/."""

import pytest

from certificates.models import Certificate
from courses.services import enrolment_create, item_complete
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create, lessons_of
from tests.helpers import PASSWORD, browser_log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_learner_downloads_the_certificate_and_a_stranger_verifies_it(
    live_server, browser, artifacts_dir, tmp_path
):
    learner = UserFactory(first_name="Anaïs", last_name="Joseph-Émile")
    course = course_create(title="Victim identification", modules=1, lessons=2)
    first, last = lessons_of(course)
    enrolment_create(user=learner, course=course)
    item_complete(user=learner, item=first)
    errors = []

    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    browser_log_in(page, live_server.url, learner.email, PASSWORD)

    # The last lesson: marking it complete completes the course and issues the certificate.
    page.goto(live_server.url + last.url)
    page.get_by_role("button", name="Mark as complete").click()
    page.wait_for_load_state()
    assert "Congratulations" in page.content()
    certificate = Certificate.objects.get(enrolment__user=learner)

    page.goto(live_server.url + "/learn/")
    assert page.get_by_role("heading", name="My certificates").count() == 1
    page.screenshot(path=artifacts_dir / "certificates-dashboard.png", full_page=True)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    download = download_info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")
    assert certificate.display_code in download.suggested_filename
    context.close()

    # A stranger (an employer), not signed in, on a phone-sized screen.
    stranger = browser.new_context(viewport={"width": 320, "height": 700})
    page = stranger.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server.url + "/certificates/verify/")
    page.fill("input[name=code]", certificate.display_code.lower().replace("-", " "))
    page.get_by_role("button", name="Check code").click()
    page.wait_for_url(f"**/certificates/verify/{certificate.display_code}/")
    assert "Valid certificate" in page.content() and "Anaïs Joseph-Émile" in page.content()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.screenshot(path=artifacts_dir / "certificates-verify-320.png", full_page=True)

    page.goto(live_server.url + "/certificates/verify/")
    page.set_input_files("input[name=pdf]", str(saved))
    page.get_by_role("button", name="Check file").click()
    page.wait_for_load_state()
    assert "Valid certificate" in page.content()
    tampered = tmp_path / "tampered.pdf"
    data = saved.read_bytes()
    middle = len(data) // 2
    tampered.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :])
    page.set_input_files("input[name=pdf]", str(tampered))
    page.get_by_role("button", name="Check file").click()
    page.wait_for_load_state()
    assert "Not recognised" in page.content()
    page.screenshot(path=artifacts_dir / "certificates-verify-upload.png", full_page=True)
    stranger.close()
    assert not errors, errors
