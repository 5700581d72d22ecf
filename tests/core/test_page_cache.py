"""The pages' cache (core/page_cache.py, core/serving.py): what a page request reads from it is
forgotten as soon as the tree, a view restriction, a site or a locale changes, so no reader
ever sees a page that is gone, moved or newly restricted."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models

from accounts import roles
from core import page_cache
from core.pages import SitePageMixin
from core.serving import site_for_request
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create, lessons_of

pytestmark = pytest.mark.django_db


def test_every_page_type_reads_its_view_restrictions_from_the_cache():
    models = [model for model in get_page_models() if model is not Page]
    assert models
    assert [m for m in models if not issubclass(m, SitePageMixin)] == []


def test_a_remembered_page_that_is_unpublished_or_moved_is_not_served(client):
    course = course_create(modules=1, lessons=2)
    learner = UserFactory()
    from courses.services import enrolment_create

    enrolment_create(user=learner, course=course)
    client.force_login(learner)
    first, second = lessons_of(course)
    for _ in range(2):
        assert client.get(first.url).status_code == 200
    second_url = second.url
    assert client.get(second_url).status_code == 200

    first.unpublish()
    assert client.get(first.url).status_code == 404

    second.slug = "renamed"
    second.save_revision().publish()
    assert client.get(second_url).status_code == 404
    second.refresh_from_db()
    assert second.url.endswith("/renamed/") and client.get(second.url).status_code == 200


def test_a_view_restriction_added_after_a_visit_applies_at_once(client):
    course = course_create(modules=1, lessons=1)
    assert client.get(course.url).status_code == 200
    assert client.get(course.url).status_code == 200  # served from the cache
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(course.url)
    assert response.status_code == 302 and "login" in response["Location"]
    restriction.delete()
    assert client.get(course.url).status_code == 200


def test_a_group_restriction_still_checks_the_readers_groups(client):
    course = course_create(modules=1, lessons=1)
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    group = Group.objects.get(name=roles.LEARNER)
    restriction.groups.add(group)
    outsider, member = UserFactory(), UserFactory()
    outsider.groups.clear()
    client.force_login(outsider)
    for _ in range(2):
        assert client.get(course.url).status_code == 302
    client.force_login(member)
    assert client.get(course.url).status_code == 200


def test_the_cached_restrictions_are_a_queryset_that_filters_and_orders_in_the_database():
    course = course_create(modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    assert len(lesson.get_view_restrictions()) == 1  # fills the cache
    with CaptureQueriesContext(connection) as queries:
        held = lesson.get_view_restrictions()
        assert [r.page_id for r in held] == [course.pk] and held.exists()
    assert len(queries) == 0
    assert list(held.order_by("-page__depth").values_list("page_id", flat=True)) == [course.pk]


def test_unknown_host_names_share_one_entry_and_a_site_change_is_seen(settings):
    settings.ALLOWED_HOSTS = ["*"]
    default = Site.objects.get(is_default_site=True)
    factory = RequestFactory()
    for host in ("unknown-1.example", "unknown-2.example"):
        assert site_for_request(factory.get("/", HTTP_HOST=host)) == default
    assert page_cache.get("site:*") == default
    assert page_cache.get("site:unknown-1.example:80") is None

    other = Site.objects.create(
        hostname="unknown-1.example", port=80, root_page=default.root_page, site_name="Other"
    )
    assert site_for_request(factory.get("/", HTTP_HOST="unknown-1.example")) == other
    other.delete()
    assert site_for_request(factory.get("/", HTTP_HOST="unknown-1.example")) == default


def test_pages_restrictions_sites_and_locales_replace_the_version():
    course = course_create(modules=1, lessons=1)
    seen = {page_cache.version()}

    def changed() -> bool:
        now = page_cache.version()
        new = now not in seen
        seen.add(now)
        return new

    lesson = lessons_of(course)[0]
    lesson.save_revision()  # a draft: nothing a reader sees
    assert not changed()
    lesson.save_revision().publish()
    assert changed()
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.LOGIN
    )
    assert changed()
    restriction.delete()
    assert changed()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "CT Academy (renamed)"
    site.save()
    assert changed()
    Locale.objects.create(language_code="es")
    assert changed()


def test_the_version_moves_again_when_the_change_commits(django_capture_on_commit_callbacks):
    """A request elsewhere that read the pages between a change and its commit kept what it read
    under the version the change set: the commit leaves that behind too."""
    course = course_create(modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    with django_capture_on_commit_callbacks() as callbacks:
        lesson.save_revision().publish()
        during = page_cache.version()
        page_cache.put("something read before the commit", "stale")
    for callback in callbacks:
        callback()
    assert page_cache.version() != during
    assert page_cache.get("something read before the commit") is None
