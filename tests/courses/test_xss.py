"""Script payloads stored in lesson blocks (rich text that bypassed the editor, and plain text
fields) and in a learner's name never run: rich text is cleaned with nh3 at render time and
plain text is escaped."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from courses import services
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create, lessons_of, publish

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<svg onload="alert(1)"></svg>',
    '<iframe src="https://evil.example/"></iframe>',
    '<p style="x" onclick="alert(1)">text</p>',
    '"><script>alert(1)</script>',
    "<details open ontoggle=alert(1)>",
]


class ActiveContent(HTMLParser):
    """Collects what a browser would run: script elements, event-handler attributes,
    javascript: URLs, and frames or SVG from stored content."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script" and (dict(attrs).get("src") or "").startswith("/static/js/"):
            return  # the site's own script file (a lesson's knowledge checks)
        if tag in {"script", "svg", "object", "embed"}:
            self.found.append(f"<{tag}>")
        if tag == "iframe" and "evil.example" in (dict(attrs).get("src") or ""):
            self.found.append("<iframe> from stored content")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}=")
            if value and value.strip().lower().startswith("javascript:"):
                self.found.append(f"{tag} {name}=javascript:")


def active_content(html: str) -> list[str]:
    parser = ActiveContent()
    parser.feed(html)
    return parser.found


def test_payloads_in_every_lesson_block_are_inert(client):
    course = course_create(modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    payload = "".join(PAYLOADS)
    lesson.body = [
        {"type": "text", "value": f"<p>Safe words.</p>{payload}"},
        {"type": "key_point", "value": {"heading": payload, "text": payload}},
        {
            "type": "case_study",
            "value": {
                "title": payload,
                "scenario": payload,
                "questions": [payload],
                "discussion": payload,
            },
        },
        {
            "type": "knowledge_check",
            "value": {
                "question": payload,
                "options": [
                    {"text": payload, "is_correct": True, "feedback": payload},
                    {"text": "Other", "is_correct": False, "feedback": ""},
                ],
                "explanation": payload,
            },
        },
        {
            "type": "video",
            "value": {
                "url": "https://youtu.be/abc",
                "title": payload,
                "duration": "",
                "transcript": payload,
            },
        },
    ]
    short = PAYLOADS[0] + PAYLOADS[1]
    lesson.title = short
    publish(lesson)
    learner = UserFactory(first_name=short, last_name=PAYLOADS[3])
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    for url in [lesson.url, course.url, "/courses/", "/learn/"]:
        html = client.get(url).content.decode()
        assert active_content(html) == [], url
    assert "Safe words." in client.get(lesson.url).content.decode()
    # The knowledge check's verdict (feedback, explanation), as a fragment and as the lesson.
    lesson.refresh_from_db()
    check = next(block for block in lesson.body if block.block_type == "knowledge_check")
    url = reverse("courses_knowledge_check", args=[lesson.pk, check.id])
    fragment = client.post(url, {"choice": "0"}, HTTP_X_REQUESTED_WITH="fetch")
    assert fragment.status_code == 200 and "Right answer." in fragment.content.decode()
    assert active_content(fragment.content.decode()) == []
    page = client.post(url, {"choice": "0"})
    assert page.status_code == 200 and active_content(page.content.decode()) == []


def test_the_detector_finds_what_it_looks_for():
    assert len(active_content("".join(PAYLOADS))) >= 6
