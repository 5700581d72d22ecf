"""The home page never advertises a course without saying who may take it: each featured course
has the course page's meta line ("Open to everyone", "For Law enforcement, ..."), and a learner
waiting for approval sees which of them open once approved."""

import re

import pytest

from accounts.models import Audience
from courses.demo import featured_courses_set
from courses.models import AccessLevel, CourseIndexPage
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def police_course():
    return course_create(
        title="Identification for Police and Border Officers",
        access_level=AccessLevel.AUDIENCE,
        audiences=(Audience.LAW_ENFORCEMENT, Audience.BORDER),
        modules=0,
    )


def featured_cards(html: str) -> list[str]:
    section = html[html.index('id="courses-heading"') :]
    return [text(card) for card in re.findall(r'<li class="card">(.*?)</li>', section, re.S)]


def test_every_featured_course_says_who_may_take_it(client, police_course):
    open_course = course_create(title="What Everyone Can Do", modules=0)
    by_invitation = course_create(title="Invited Workshop", access_level=AccessLevel.INVITATION,
                                  modules=0)  # fmt: skip
    featured_courses_set(
        index=CourseIndexPage.objects.get(), courses=[open_course, police_course, by_invitation]
    )
    cards = featured_cards(client.get("/").content.decode())
    assert len(cards) == 3
    assert "Open to everyone" in cards[0]
    assert "For Law enforcement, Border and immigration" in cards[1]
    assert "enrolled by their trainers" in cards[2]


def test_a_pending_officer_sees_which_featured_course_opens_on_approval(client, police_course):
    open_course = course_create(title="What Everyone Can Do", modules=0)
    featured_courses_set(index=CourseIndexPage.objects.get(), courses=[open_course, police_course])
    client.force_login(UserFactory(audience=Audience.LAW_ENFORCEMENT))
    cards = featured_cards(client.get("/").content.decode())
    assert "Opens to you once your membership is approved" not in cards[0]
    assert "Opens to you once your membership is approved" in cards[1]
