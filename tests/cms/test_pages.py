"""The public site's page types: where each may be created, that an administrator builds an
awareness page with every block in the admin, that each renders what a reader needs, and that
the home page's queries do not grow with news or courses."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.test.utils.wagtail_tests import WagtailTestUtils  # noqa: F401 - documents the API

from accounts import roles
from cms.models import (
    AwarenessPage,
    HomePage,
    LibraryPage,
    NewsArticlePage,
    NewsIndexPage,
    ReportingPage,
    SiteSettings,
)
from courses.demo import featured_courses_set
from courses.models import CourseIndexPage, CoursePage
from tests.factories.accounts import UserFactory
from tests.factories.cms import (
    awareness_page_create,
    home,
    news_article_create,
    news_index,
    reporting_page,
    site,
)
from tests.factories.courses import course_create
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db


def test_public_page_types_live_under_the_home_page_only():
    assert set(HomePage.creatable_subpage_models()) == {
        CourseIndexPage, AwarenessPage, NewsIndexPage, ReportingPage, LibraryPage,
    }  # fmt: skip
    assert NewsIndexPage.creatable_subpage_models() == [NewsArticlePage]
    for model in (AwarenessPage, ReportingPage, LibraryPage, NewsIndexPage):
        assert model.allowed_parent_page_models() == [HomePage]
    assert AwarenessPage.creatable_subpage_models() == []


def test_an_administrator_builds_an_awareness_page_with_every_block(admin_client):
    body = streamfield(
        [
            ("text", rich_text("<p>It can happen <b>without</b> crossing a border.</p>")),
            ("signs", {
                "heading": "Signs to notice", "intro": "",
                "signs": streamfield(
                    [("item", {"sign": "No passport", "explanation": "Held by the boss"})]
                ),
                "note": "Report, do not investigate.",
            }),
            ("myths_and_facts", {
                "heading": "Myths and facts",
                "items": streamfield(
                    [("item", {"myth": "Only foreigners", "fact": "Citizens too."})]
                ),
            }),
            ("video", {"url": "https://youtu.be/abc123", "title": "A survivor speaks",
                       "duration": "3 min", "transcript": rich_text("<p>What she said.</p>")}),
            ("call_to_action", {"heading": "Suspect it?", "text": "Call 847.",
                                "link": {"label": "Call 847", "page": "", "url": "tel:847"}}),
            ("key_point", {"heading": "Key point",
                           "text": rich_text("<p>Consent is irrelevant.</p>")}),
        ]
    )  # fmt: skip
    data = nested_form_data(
        {
            "title": "Signs of trafficking",
            "slug": "signs",
            "summary": "What to notice.",
            "image": "",
            "body": body,
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/cms/awarenesspage/{home().pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    page = AwarenessPage.objects.get(slug="signs")
    assert page.live
    html = Client().get(page.url).content.decode()
    for text in ["No passport", "Held by the boss", "Only foreigners", "Citizens too.",
                 "Read the transcript", 'href="tel:847"', "Consent is irrelevant",
                 "youtube-nocookie.com/embed/abc123"]:  # fmt: skip
        assert text in html, text
    assert '<meta name="description" content="What to notice.">' in html


def test_a_call_to_action_needs_a_page_or_a_safe_address(admin_client):
    for link, message in [
        ({"label": "Go", "page": "", "url": ""}, "Choose a page or give an address."),
        ({"label": "Go", "page": "", "url": "javascript:alert(1)"}, "Use an https://"),
    ]:
        data = nested_form_data({
            "title": "Bad", "slug": "bad", "summary": "x", "image": "",
            "body": streamfield([("call_to_action", {"heading": "H", "text": "", "link": link})]),
            "comments": inline_formset([]), "action-publish": "publish",
        })  # fmt: skip
        response = admin_client.post(f"/admin/pages/add/cms/awarenesspage/{home().pk}/", data)
        assert response.status_code == 200
        assert message in response.content.decode()
    assert not AwarenessPage.objects.exists()


def test_the_reporting_page_shows_the_hotlines_from_the_site_settings(client):
    settings = SiteSettings.for_site(site())
    settings.hotline_number = "847"
    settings.other_numbers = [("number", {"label": "Police tip line", "number": "555", "note": ""})]
    settings.save()
    html = client.get(reporting_page().url).content.decode()
    assert 'href="tel:847"' in html and 'href="tel:555"' in html and "Police tip line" in html
    # The hotline is on every page, in the header and the footer.
    assert client.get("/courses/").content.decode().count('href="tel:847"') >= 2


def test_an_administrator_edits_the_site_settings(admin_client, client):
    url = f"/admin/settings/cms/sitesettings/{site().pk}/"
    assert admin_client.get(url).status_code == 200
    data = nested_form_data({
        "hotline_number": "847",
        "hotline_text": "Free and anonymous.",
        "other_numbers": streamfield([]),
        "contact_email": "team@example.org",
        "footer_links": streamfield(
            [("link", {"label": "Verify", "page": "", "url": "/certificates/verify/"})]
        ),
        "social_links": streamfield(
            [("link", {"network": "facebook", "label": "Our Facebook page",
                       "url": "https://facebook.com/example"})]
        ),
        "logo": "",
    })  # fmt: skip
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    html = client.get("/").content.decode()
    assert "Free and anonymous." in html and "team@example.org" in html
    assert 'href="/certificates/verify/">Verify</a>' in html and "Our Facebook page" in html


def test_a_hotline_that_is_not_a_number_is_refused(admin_client):
    url = f"/admin/settings/cms/sitesettings/{site().pk}/"
    data = nested_form_data({
        "hotline_number": "Call TIP", "hotline_text": "Free.", "other_numbers": streamfield([]),
        "contact_email": "", "footer_links": streamfield([]), "social_links": streamfield([]),
        "logo": "",
    })  # fmt: skip
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Digits, spaces and dashes only" in str(response.context["form"].errors)
    assert SiteSettings.for_site(site()).hotline_number == "847"


def test_a_trainer_may_not_edit_the_site_settings():
    client = Client()
    login_with_mfa(client, UserFactory(role=roles.TRAINER))
    response = client.get(f"/admin/settings/cms/sitesettings/{site().pk}/")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_news_are_listed_newest_first_and_paginated(client):
    import datetime

    for day in range(1, 13):
        news_article_create(title=f"Item {day}", date=datetime.date(2026, 10, day))
    response = client.get(news_index().url)
    titles = [article.title for article in response.context["articles"]]
    assert titles[:2] == ["Item 12", "Item 11"] and len(titles) == 10
    assert "Page 1 of 2" in response.content.decode()
    assert [a.title for a in client.get(news_index().url + "?page=2").context["articles"]] == [
        "Item 2", "Item 1",
    ]  # fmt: skip


def home_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return len(queries)


def test_the_home_page_costs_the_same_queries_with_1_and_many_items(client):
    courses = [course_create(modules=1, lessons=1)]
    featured_courses_set(index=CourseIndexPage.objects.get(), courses=courses)
    news_article_create()
    awareness_page_create()
    client.get("/")
    few = home_queries(client)
    courses += [course_create(modules=1, lessons=1) for _ in range(5)]
    featured_courses_set(index=CourseIndexPage.objects.get(), courses=courses)
    for _ in range(6):
        news_article_create()
        awareness_page_create()
    client.get("/")  # publishing empties Wagtail's cache of site root paths: warm it again
    many = home_queries(client)
    html = client.get("/").content.decode()
    assert html.count('class="card"') == 6 + 7
    assert many == few <= 18


def test_featured_courses_skip_unpublished_courses(client):
    live, draft = course_create(modules=1, lessons=1), course_create(modules=1, lessons=1)
    featured_courses_set(index=CourseIndexPage.objects.get(), courses=[draft, live])
    CoursePage.objects.get(pk=draft.pk).unpublish()
    html = client.get("/").content.decode()
    assert live.title in html and draft.title not in html


def test_an_unsafe_address_stored_without_validation_is_not_linked(client):
    page = awareness_page_create(
        body=[
            {"type": "call_to_action", "value": {
                "heading": "Imported", "text": "",
                "link": {"label": "Click", "page": None, "url": "JavaScript:alert(1)"},
            }},
        ]
    )  # fmt: skip
    html = client.get(page.url).content.decode()
    assert 'href="#">Click</a>' in html and "alert(1)" not in html


def test_awareness_images_are_served_as_responsive_renditions(client):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(
        title="Harbour", file=get_test_image_file(size=(1600, 900))
    )
    page = awareness_page_create(
        image=image,
        body=[{"type": "image", "value": {"image": {"image": image.pk, "alt_text": "A harbour",
                                                    "decorative": False}, "caption": "Castries"}}],
    )  # fmt: skip
    html = client.get(page.url).content.decode()
    assert html.count("<picture>") == 2 and html.count('type="image/avif"') == 2
    for width in (400, 800, 1200):
        assert f".width-{width}." in html and f" {width}w" in html
    assert 'alt="A harbour"' in html and "Castries" in html
    # AVIF, WebP and the PNG fallback at three widths: made once, shared by both places.
    assert image.renditions.count() == 9


def test_the_site_settings_are_read_once_then_kept_until_they_change(client):
    settings = SiteSettings.for_site(site())
    settings.hotline_number = "811"
    settings.save()
    assert "811" in client.get("/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    assert not [q for q in queries.captured_queries if "cms_sitesettings" in q["sql"]]
    # Saved in the admin (or anywhere): the next page shows the new number.
    settings = SiteSettings.objects.get(site=site())
    settings.hotline_number = "999 1234"
    settings.save()
    assert "999 1234" in client.get("/").content.decode()
    SiteSettings.objects.filter(site=site()).delete()
    assert "999 1234" not in client.get("/").content.decode()


def test_wagtails_userbar_is_offered_to_staff_only(client):
    """The userbar (edit this page) is for editors; a learner's page asks nothing for it."""
    learner = UserFactory()
    client.force_login(learner)
    assert "wagtail-userbar" not in client.get("/").content.decode()
    client.logout()
    editor = UserFactory(role=roles.ADMINISTRATOR)
    login_with_mfa(client, editor)
    assert "wagtail-userbar" in client.get("/").content.decode()
