"""Browser tier: the public site and the learner's pages meet WCAG 2.2 AA as axe-core checks
it (no serious or critical violation), fit a 320 px screen, load under 200 KB before images,
break no rule of the Content-Security-Policy, and print awareness pages without navigation.
Screenshots go to artifacts/."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from courses.models import CoursePage, LessonPage
from tests.helpers import browser_log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
GRADUATE_COURSE = "reporting-on-trafficking-in-persons"  # the demo graduate completed it
# What a page weighs before images: the page and what it loads to work (not images, icons).
WEIGHED_TYPES = {"document", "stylesheet", "script", "font", "xhr", "fetch"}


def serious_violations(page) -> list[str]:
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def check_pages(browser, base_url, pages, width, artifacts_dir, problems, csp_reports):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.on(
        "console",
        lambda message: (
            csp_reports.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    # The lesson needs an enrolled learner past the pre-test.
    browser_log_in(page, base_url, "graduate@example.com")
    loaded = []  # what the current page loaded, images excepted (WEIGHED_TYPES)
    page.on(
        "response",
        lambda response: (
            loaded.append(response) if response.request.resource_type in WEIGHED_TYPES else None
        ),
    )
    for name, url in pages.items():
        loaded.clear()
        response = page.goto(base_url + url)
        page.wait_for_load_state("networkidle")
        assert response.status == 200, (name, response.status)
        assert page.url == base_url + url, (name, page.url)  # not redirected elsewhere
        if width == 1280:
            problems.extend(f"{name}: {v}" for v in serious_violations(page))
            total = sum(len(r.body()) for r in loaded if r.status == 200)
            if total >= 200 * 1024:
                problems.append(f"{name}: {total} bytes before images")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            problems.append(f"{name} at {width} px: {overflow} px too wide")
        page.screenshot(path=artifacts_dir / f"public-{name}-{width}.png", full_page=True)
    context.close()


def test_public_and_learner_pages_pass_axe_fit_320_px_and_stay_light(
    live_server, browser, artifacts_dir
):
    call_command("seed_demo")
    course = CoursePage.objects.get(slug=GRADUATE_COURSE)
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    pages = {
        "home": "/",
        "awareness": "/signs-of-trafficking/",
        "myths": "/myths-and-facts/",
        "library": "/resources/",
        "reporting": "/report/",
        "catalogue": "/courses/",
        "lesson": lesson.url,
    }
    problems, csp_reports = [], []
    for width in (1280, 320):
        check_pages(browser, live_server.url, pages, width, artifacts_dir, problems, csp_reports)
    assert problems == [], "\n".join(problems)
    assert csp_reports == [], "\n".join(csp_reports)


def test_an_awareness_page_prints_without_navigation(live_server, browser, artifacts_dir):
    call_command("seed_demo")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/signs-of-trafficking/")
    page.emulate_media(media="print")
    assert not page.locator(".site-header nav").is_visible()
    assert not page.locator(".hotline-bar").is_visible()
    assert not page.locator(".language-form").is_visible()
    assert page.locator(".block-signs").is_visible()
    assert page.locator(".report-box").is_visible()  # the number to call stays on paper
    page.pdf(path=str(artifacts_dir / "awareness-print.pdf"), format="A4")
    context.close()
