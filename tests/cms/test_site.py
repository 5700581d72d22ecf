"""What the public site promises every reader and crawler: robots.txt and sitemap.xml, page
descriptions, a Content-Security-Policy on public and learner pages (not the admin), a second
language under /fr/, a light page, and oversized requests refused."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from courses.services import enrolment_create
from tests.factories.accounts import UserFactory
from tests.factories.cms import awareness_page_create, library_page, reporting_page
from tests.factories.courses import course_create, lessons_of

pytestmark = pytest.mark.django_db


def test_robots_txt_keeps_crawlers_out_of_personal_pages_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    for path in ["/admin/", "/accounts/", "/learn/", "/reports/", "/certificates/"]:
        assert f"Disallow: {path}\n" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_the_sitemap_lists_public_pages_but_no_lesson(client):
    awareness = awareness_page_create(title="Signs", slug="signs")
    course = course_create(modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    body = client.get("/sitemap.xml").content.decode()
    assert f"{awareness.url}</loc>" in body and f"{course.url}</loc>" in body
    assert lesson.url not in body
    assert "/courses/" in body


def test_public_pages_have_a_title_and_a_description(client):
    page = awareness_page_create(title="Myths", slug="myths", summary="Beliefs that hide it.")
    html = client.get(page.url).content.decode()
    assert "<title>Myths · CT Academy</title>" in html
    assert '<meta name="description" content="Beliefs that hide it.">' in html
    page.search_description = "Written for search engines."
    page.save_revision().publish()
    assert "Written for search engines." in client.get(page.url).content.decode()


def csp(response) -> dict[str, str]:
    header = response.get("Content-Security-Policy", "")
    return dict(part.strip().split(" ", 1) for part in header.split(";") if part.strip())


def test_public_and_learner_pages_send_a_strict_content_security_policy(client):
    course = course_create(modules=1, lessons=1)
    learner = UserFactory()
    enrolment_create(user=learner, course=course)
    client.force_login(learner)
    for url in ["/", library_page().url, course.url, lessons_of(course)[0].url, "/learn/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = csp(response)
        assert policy["default-src"] == "'self'", url
        assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'", url
        assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'self'", url
        assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_the_admin_is_left_out_of_the_policy(client):
    response = client.get("/admin/")  # a redirect to the login page, from the admin
    assert "Content-Security-Policy" not in response


def test_no_inline_script_or_style_on_public_pages(client):
    """The policy forbids them, so a page that used one would break silently."""
    for url in ["/", reporting_page().url, library_page().url, "/courses/"]:
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert " style=" not in html and "<style" not in html, url


def test_french_is_served_under_fr_with_its_translations(client):
    response = client.get("/fr/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert ">Bibliothèque<" in html and "Aller au contenu" in html
    assert response["Content-Language"] == "fr"
    english = client.get("/").content.decode()
    assert '<html lang="en-gb">' in english and ">Library<" in english


def test_the_language_form_switches_to_french_and_back(client):
    library_page()
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/resources/"})
    assert response.status_code == 302 and response["Location"] == "/fr/resources/"
    french = client.get("/fr/resources/").content.decode()
    assert '<input name="next" type="hidden" value="/resources/">' in french
    response = client.post("/i18n/setlang/", {"language": "en-gb", "next": "/resources/"})
    assert response["Location"] == "/resources/"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is missing")
def test_the_compiled_translations_match_their_sources():
    for po in Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"):
        compiled = subprocess.run(
            ["msgfmt", "--check-format", "-o", "-", str(po)], capture_output=True, check=True
        ).stdout
        assert compiled == po.with_suffix(".mo").read_bytes(), f"run `make messages` ({po})"


def test_a_public_page_weighs_under_200_kb_before_images(client):
    """The HTML and everything it loads that is not an image (styles, scripts, fonts)."""
    awareness = awareness_page_create()
    for url in ["/", awareness.url, library_page().url, "/courses/"]:
        html = client.get(url).content
        assets = re.findall(rb'<(?:link[^>]+href|script[^>]+src)="(/static/[^"]+)"', html)
        total = len(html)
        for asset in assets:
            path = finders.find(asset.decode().removeprefix(settings.STATIC_URL))
            assert path, asset
            total += Path(path).stat().st_size
        assert total < 200 * 1024, (url, total)


def test_any_request_declaring_an_oversized_body_is_refused_with_413(client):
    response = client.post(
        "/accounts/login/", data=b"x", content_type="text/plain",
        CONTENT_LENGTH=str(settings.REQUEST_BODY_MAX_BYTES + 1),
    )  # fmt: skip
    assert response.status_code == 413
