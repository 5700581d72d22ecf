"""What learners and staff see: catalogue, course page, lessons, enrolment, progress, resume,
the dashboard and the trainer's list of learners."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from accounts import roles
from accounts.models import Audience, MembershipStatus
from courses import services
from courses.models import AccessLevel, Enrolment, ItemProgress
from tests.factories.accounts import OrganisationFactory, UserFactory, approved_member
from tests.factories.courses import catalogue, course_create, lesson_add, lessons_of
from tests.helpers import login_with_mfa, refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses():
    return {
        "public": course_create(title="Awareness for everyone", access_level=AccessLevel.OPEN),
        "police": course_create(
            title="Police first response",
            access_level=AccessLevel.AUDIENCE,
            audiences=(Audience.LAW_ENFORCEMENT, Audience.BORDER),
        ),
        "media": course_create(
            title="Reporting ethically",
            access_level=AccessLevel.AUDIENCE,
            audiences=(Audience.MEDIA,),
        ),
        "invited": course_create(title="Task Force induction", access_level=AccessLevel.INVITATION),
    }


def titles(response) -> set[str]:
    return {entry.course.title for entry in response.context["catalogue"].entries}


# Catalogue ---------------------------------------------------------------------------------


def test_each_person_sees_only_the_courses_open_to_them(client, courses):
    assert titles(client.get("/courses/")) == {"Awareness for everyone"}
    assert "once you are signed in" in client.get("/courses/").content.decode()

    client.force_login(approved_member(Audience.LAW_ENFORCEMENT))
    assert titles(client.get("/courses/")) == {"Awareness for everyone", "Police first response"}

    pending = UserFactory(audience=Audience.BORDER)
    pending.profile.membership_status = MembershipStatus.PENDING
    pending.profile.save()
    client.force_login(pending)
    assert titles(client.get("/courses/")) == {"Awareness for everyone"}

    client.force_login(UserFactory(audience=Audience.MEDIA))
    assert titles(client.get("/courses/")) == {"Awareness for everyone", "Reporting ethically"}

    invited = UserFactory()
    services.enrolment_create(
        user=invited, course=courses["invited"], actor=UserFactory(role=roles.PROGRAMME_MANAGER)
    )
    client.force_login(invited)
    assert titles(client.get("/courses/")) == {"Awareness for everyone", "Task Force induction"}

    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    client.force_login(manager)  # password only: a learner until the session passes TOTP
    assert titles(client.get("/courses/")) == {"Awareness for everyone"}
    client.logout()
    login_with_mfa(client, manager)
    assert len(titles(client.get("/courses/"))) == 4


def test_the_catalogue_filters_by_audience_and_searches_lesson_text(client, courses):
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    assert titles(client.get("/courses/?audience=media")) == {"Reporting ethically"}
    assert titles(client.get("/courses/?audience=border")) == {"Police first response"}
    assert titles(client.get("/courses/?audience=everyone")) == {"Awareness for everyone"}
    assert len(titles(client.get("/courses/?audience=nonsense"))) == 4

    lesson = lessons_of(courses["police"])[1]
    lesson.body = [{"type": "text", "value": "<p>Watch for debt bondage at the port.</p>"}]
    lesson.save_revision().publish()
    assert titles(client.get("/courses/?q=bondage")) == {"Police first response"}
    assert titles(client.get("/courses/?q=bondage&audience=media")) == set()
    assert titles(client.get("/courses/?q=ethically")) == {"Reporting ethically"}

    # A search never reveals a course the person may not see.
    client.force_login(UserFactory(audience=Audience.MEDIA))
    assert titles(client.get("/courses/?q=bondage")) == set()


def test_the_catalogue_shows_my_progress(client, courses):
    learner = UserFactory()
    services.enrolment_create(user=learner, course=courses["public"])
    services.item_complete(user=learner, item=lessons_of(courses["public"])[0])
    client.force_login(learner)
    html = client.get("/courses/").content.decode()
    assert 'value="25"' in html and "25% complete" in html


# Course page ---------------------------------------------------------------------------------


def test_a_closed_course_page_says_why(client, courses):
    html = client.get(courses["police"].url).content.decode()
    assert "This course is closed to you" in html
    assert "Law enforcement, Border and immigration" in html and "Log in" in html

    client.force_login(UserFactory(audience=Audience.MEDIA))
    html = client.get(courses["police"].url).content.decode()
    assert "Your profile says: Media" in html
    assert reverse("accounts_profile") in html
    assert "Enrol in this course" not in html
    # Lesson titles are listed, but not linked.
    first = lessons_of(courses["police"])[0]
    assert first.title in html and first.url not in html


def test_enrol_then_learn_then_resume(client, courses):
    course = courses["police"]
    learner = approved_member(Audience.LAW_ENFORCEMENT)
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert "Enrol in this course" in html
    assert client.get(reverse("courses_enrol", args=[course.pk])).status_code == 405

    response = client.post(reverse("courses_enrol", args=[course.pk]))
    assert response.status_code == 302 and response["Location"] == course.url
    client.post(reverse("courses_enrol", args=[course.pk]))  # a double click
    enrolment = Enrolment.objects.get(user=learner)
    assert Enrolment.objects.filter(user=learner).count() == 1

    first, second, third, fourth = lessons_of(course)  # two modules of two lessons
    response = client.get(reverse("courses_resume", args=[course.pk]))
    assert response["Location"] == first.url

    response = client.get(first.url)
    assert response.status_code == 200
    enrolment.refresh_from_db()
    assert enrolment.started_at is not None
    assert ItemProgress.objects.filter(enrolment=enrolment, completed_at__isnull=True).count() == 1

    # Mark complete and continue: into the next lesson, then across the module boundary.
    response = client.post(reverse("courses_item_complete", args=[first.pk]))
    assert response["Location"] == second.url
    response = client.post(reverse("courses_item_complete", args=[second.pk]))
    assert response["Location"] == third.url
    assert Enrolment.objects.get(pk=enrolment.pk).progress_percent == 50

    # Leaving and coming back: the course page and resume point at the third lesson.
    html = client.get(course.url).content.decode()
    assert f"Resume: {third.title}" in html and "50% complete" in html
    assert client.get(reverse("courses_resume", args=[course.pk]))["Location"] == third.url

    # The lesson page links backwards and forwards across modules.
    html = client.get(third.url).content.decode()
    assert f'rel="prev" href="{second.url}"' in html
    assert f'rel="next" href="{fourth.url}"' in html
    assert "Lesson 3 of 4" in html

    client.post(reverse("courses_item_complete", args=[third.pk]))
    response = client.post(reverse("courses_item_complete", args=[fourth.pk]), follow=True)
    assert response.redirect_chain[-1][0] == course.url
    assert "Congratulations: you have completed" in response.content.decode()
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None


def test_lessons_are_closed_to_those_not_enrolled(client, courses):
    lesson = lessons_of(courses["police"])[0]
    response = client.get(lesson.url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")

    learner = approved_member(Audience.LAW_ENFORCEMENT)
    client.force_login(learner)
    response = client.get(lesson.url)
    assert response.status_code == 302 and response["Location"] == courses["police"].url
    response = client.post(reverse("courses_item_complete", args=[lesson.pk]))
    assert response.status_code == 403
    assert not Enrolment.objects.exists() and not ItemProgress.objects.exists()

    # Only course items can be "completed".
    response = client.post(reverse("courses_item_complete", args=[courses["police"].pk]))
    assert response.status_code == 404


def test_an_assigned_trainer_reads_lessons_without_being_enrolled(client):
    trainer = UserFactory(role=roles.TRAINER)
    course = course_create(access_level=AccessLevel.INVITATION, trainers=[trainer])
    client.force_login(trainer)  # password only: no staff access until the session passes TOTP
    assert client.get(lessons_of(course)[0].url).status_code == 302
    client.logout()
    login_with_mfa(client, trainer)
    html = client.get(lessons_of(course)[0].url).content.decode()
    assert "progress is not recorded" in html
    assert not Enrolment.objects.exists()
    other = UserFactory(role=roles.TRAINER)
    client.logout()
    login_with_mfa(client, other)
    assert client.get(lessons_of(course)[0].url).status_code == 302


def test_the_dashboard_lists_my_courses(client, courses):
    learner = approved_member(Audience.LAW_ENFORCEMENT)
    services.enrolment_create(user=learner, course=courses["public"])
    services.enrolment_create(user=learner, course=courses["police"])
    for lesson in lessons_of(courses["public"]):
        services.item_complete(user=learner, item=lesson)
    services.item_complete(user=learner, item=lessons_of(courses["police"])[0])
    client.force_login(learner)
    response = client.get(reverse("courses_dashboard"))
    dashboard = response.context["dashboard"]
    assert [e.course.title for e in dashboard.in_progress] == ["Police first response"]
    assert [e.course.title for e in dashboard.completed] == ["Awareness for everyone"]
    html = response.content.decode()
    assert reverse("courses_resume", args=[courses["police"].pk]) in html
    assert "25% complete" in html and "Completed" in html
    assert "no-store" in response["Cache-Control"]
    for url in ["/courses/", courses["police"].url, lessons_of(courses["police"])[0].url]:
        assert "no-store" in client.get(url)["Cache-Control"], url
    data = client.get(reverse("accounts_data_export")).json()
    exported = {e["course"]: e for e in data["enrolments"]}
    assert exported["Police first response"]["progress_percent"] == 25
    assert exported["Police first response"]["items"][0]["completed_at"]
    assert exported["Awareness for everyone"]["completed_at"]


def test_a_lesson_page_is_light_and_has_no_script(client, courses, settings):
    course = courses["public"]
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    response = client.get(lesson.url)
    html = response.content
    stylesheet = (settings.BASE_DIR / "static/css/site.css").read_bytes()
    assert b"<script" not in html
    assert len(html) + len(stylesheet) < 150 * 1024
    assert b'name="viewport"' in html


# Trainer's view in the admin -------------------------------------------------------------------


def test_trainers_see_the_learners_of_their_courses_and_enrol_more(client):
    trainer = UserFactory(role=roles.TRAINER)
    course = course_create(title="Interviewing", trainers=[trainer])
    other_course = course_create(title="Not theirs")
    police = OrganisationFactory(name="Police")
    members = [UserFactory(organisation=police) for _ in range(2)]
    loner = UserFactory(email="loner@example.org")
    started = UserFactory()
    services.enrolment_create(user=started, course=course)
    services.item_complete(user=started, item=lessons_of(course)[0])
    login_with_mfa(client, trainer)

    response = client.get(reverse("courses_admin:courses"))
    assert response.status_code == 200
    assert [c.title for c in response.context["object_list"]] == ["Interviewing"]

    url = reverse("courses_admin:learners", args=[course.pk])
    html = client.get(url).content.decode()
    assert started.email in html and "25%" in html
    assert refused(client.get(reverse("courses_admin:learners", args=[other_course.pk])))

    response = client.post(
        url,
        {"emails": "LONER@example.org, nobody@example.org", "organisation": police.pk},
        follow=True,
    )
    html = response.content.decode()
    assert "Police: 2 enrolled, 0 already were." in html
    assert "1 enrolled, 0 already were." in html and "nobody@example.org" in html
    enrolled = set(Enrolment.objects.filter(course=course).values_list("user_id", flat=True))
    assert enrolled == {started.pk, loner.pk, *(m.pk for m in members)}
    assert Enrolment.objects.get(user=loner).enrolled_by == trainer

    response = client.post(url, {"emails": "", "organisation": ""})
    assert "Enter e-mail addresses or choose an organisation" in response.content.decode()
    assert refused(client.post(reverse("courses_admin:learners", args=[other_course.pk]), {}))


def test_managers_follow_every_course(client):
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    course_create(title="One")
    course_create(title="Two")
    login_with_mfa(client, manager)
    response = client.get(reverse("courses_admin:courses"))
    assert {c.title for c in response.context["object_list"]} == {"One", "Two"}


def test_an_unpublished_lesson_leaves_the_outline(client, courses):
    course = courses["public"]
    module = course.get_children().first().specific
    extra = lesson_add(module, title="Draft lesson")
    extra.unpublish()
    client.force_login(UserFactory())
    assert "Draft lesson" not in client.get(course.url).content.decode()
    assert catalogue().url == "/courses/"


def test_managers_assign_trainers_and_trainers_cannot_assign_themselves(client):
    trainer, newcomer = UserFactory(role=roles.TRAINER), UserFactory(role=roles.TRAINER)
    course = course_create(title="Interviewing", trainers=[trainer])
    url = reverse("courses_admin:learners", args=[course.pk])

    login_with_mfa(client, newcomer)
    assert refused(client.get(url))
    assert refused(client.post(url, {"action": "trainers", "trainers": [newcomer.pk]}))
    client.logout()
    cache.clear()  # the same TOTP code, within its 30 s, is refused as reused

    login_with_mfa(client, trainer)
    html = client.get(url).content.decode()
    assert "Save trainers" not in html and "Programme managers assign trainers" in html
    response = client.post(url, {"action": "trainers", "trainers": [trainer.pk, newcomer.pk]})
    assert refused(response)
    client.logout()

    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    login_with_mfa(client, manager)
    assert "Save trainers" in client.get(url).content.decode()
    response = client.post(
        url, {"action": "trainers", "trainers": [trainer.pk, newcomer.pk]}, follow=True
    )
    assert "Trainers saved: 1 added, 0 removed." in response.content.decode()
    response = client.post(url, {"action": "trainers", "trainers": [UserFactory().pk]})
    assert "Select a valid choice" in response.content.decode()
    client.logout()
    cache.clear()  # the same TOTP code, within its 30 s, is refused as reused

    login_with_mfa(client, newcomer)
    assert client.get(url).status_code == 200


def test_staff_are_warned_when_they_enrol_someone_outside_the_audience(client):
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    course = course_create(access_level=AccessLevel.AUDIENCE, audiences=(Audience.MEDIA,))
    UserFactory(email="officer@example.org", audience=Audience.LAW_ENFORCEMENT)
    login_with_mfa(client, manager)
    response = client.post(
        reverse("courses_admin:learners", args=[course.pk]),
        {"emails": "officer@example.org"},
        follow=True,
    )
    html = response.content.decode()
    assert "1 enrolled, 0 already were." in html
    assert "Enrolled although the course is for Media: officer@example.org." in html


def test_the_outline_is_kept_between_pages_and_follows_every_change(client):
    """The outline's pages come from the cache, the same for every learner; publishing,
    unpublishing, renaming, moving or deleting any page shows at once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    course = course_create(modules=2, lessons=2)
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    first, second, *_ = lessons_of(course)
    client.get(first.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(first.url)
    assert not [q for q in queries.captured_queries if "courses_modulepage" in q["sql"]]

    module = course.get_children().first().specific
    added = lesson_add(module, title="Added in the afternoon")
    assert "Added in the afternoon" in client.get(first.url).content.decode()
    added.title = "Renamed in the evening"
    added.save_revision().publish()
    html = client.get(first.url).content.decode()
    assert "Renamed in the evening" in html and "Added in the afternoon" not in html
    added.unpublish()
    assert "Renamed in the evening" not in client.get(first.url).content.decode()
    second.move(course.get_children().last(), pos="last-child")
    assert second.title in client.get(first.url).content.decode()
    second.specific.delete()
    assert second.title not in client.get(first.url).content.decode()


def test_migrating_forgets_the_cached_outlines():
    """A deploy migrates: outlines pickled by the code before it are not read after it."""
    from django.core.cache import cache
    from django.core.management import call_command

    from core.page_cache import VERSION_KEY
    from courses.selectors import course_outline

    course_outline(course=course_create(modules=1, lessons=1))
    before = cache.get(VERSION_KEY)
    call_command("migrate", verbosity=0)
    assert cache.get(VERSION_KEY) != before


def test_a_draft_keeps_the_cached_outlines_and_a_publish_replaces_them():
    """A trainer's autosaves (drafts) change nothing a learner's outline shows: learners' pages
    keep the cached outline while someone types; publishing replaces it."""
    from django.core.cache import cache

    from core.page_cache import VERSION_KEY
    from courses.selectors import course_outline

    course = course_create(modules=1, lessons=1)
    course_outline(course=course)
    version = cache.get(VERSION_KEY)
    lesson = lessons_of(course)[0]
    lesson.title = "A draft title"
    revision = lesson.save_revision()
    assert cache.get(VERSION_KEY) == version
    revision.publish()
    assert cache.get(VERSION_KEY) != version
