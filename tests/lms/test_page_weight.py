"""Light pages for slow links: every page a learner opens weighs under 60 kB on the wire before
images: its HTML compressed as nginx compresses it (gzip, level 5: docs/deploy.md) plus the
stylesheets and scripts it loads, compressed as whitenoise serves them (gzip, level 9; browsers
that take brotli get less)."""

import gzip
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse

from assessments.models import QuizPage
from courses import services
from tests.factories.certificates import completed_enrolment
from tests.factories.courses import course_create, lessons_of

pytestmark = pytest.mark.django_db

LIMIT = 60_000
ASSET = re.compile(r'<(?:link rel="stylesheet" href|script src)="([^"]+)"')


def weight(html: str) -> tuple[int, dict[str, int]]:
    parts = {"html": len(gzip.compress(html.encode(), compresslevel=5))}
    for url in set(ASSET.findall(html)):
        path = urlsplit(url).path
        assert path.startswith(settings.STATIC_URL), url  # nothing from another host
        found = finders.find(path.removeprefix(settings.STATIC_URL))
        with open(found, "rb") as f:
            parts[path] = len(gzip.compress(f.read(), compresslevel=9))
    return sum(parts.values()), parts


def test_every_learner_page_is_under_60_kB_before_images(client):
    from tests.factories.assessments import question_create, quiz_add

    course = course_create(modules=6, lessons=8)  # a long outline beside every lesson
    quiz = quiz_add(
        course.get_children().last().specific, questions=[question_create() for _ in range(10)]
    )
    enrolment = completed_enrolment(course=course_create(modules=1, lessons=1))
    learner = enrolment.user
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    pages = {
        "home": "/",
        "catalogue": "/courses/",
        "course": course.url,
        "lesson": lessons_of(course)[20].url,
        "quiz": QuizPage.objects.get(pk=quiz.pk).url,
        "my learning": reverse("courses_dashboard"),
        "profile": reverse("accounts_profile"),
        "verify": reverse("certificates_verify"),
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        total, parts = weight(response.content.decode())
        assert total < LIMIT, (name, total, parts)
        assert parts["html"] > 1000, name  # a real page was weighed
