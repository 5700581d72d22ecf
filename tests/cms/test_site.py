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


def test_a_reader_who_chooses_french_reads_the_interface_in_french(client):
    library_page()
    english = client.get("/resources/")
    assert '<html lang="en-gb">' in english.content.decode() and english["Vary"]
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/resources/"})
    assert response.status_code == 302 and response["Location"] == "/resources/"
    response = client.get("/resources/")  # the same address
    html = response.content.decode()
    assert '<html lang="fr">' in html and response["Content-Language"] == "fr"
    assert ">Bibliothèque<" in html and "Aller au contenu" in html
    assert "Cookie" in response["Vary"]
    client.post("/i18n/setlang/", {"language": "en-gb", "next": "/"})
    assert ">Library<" in client.get("/resources/").content.decode()


def test_the_browser_language_alone_does_not_switch_the_site(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9").content.decode()
    assert '<html lang="en-gb">' in html


def test_a_language_prefix_is_not_a_way_around_path_rules(client):
    """Addresses are the same in every language: /fr/reports/ is no second door to the
    reports (which need a second factor) and is simply not found."""
    assert client.get("/fr/reports/").status_code == 404
    assert client.get("/fr/").status_code == 404


def test_a_translated_page_replaces_the_original_for_french_readers(client):
    from wagtail.models import Locale

    from tests.factories.cms import home

    translated = awareness_page_create(title="Signs", slug="signs", summary="English summary")
    untranslated = awareness_page_create(title="Myths", slug="myths")
    french = Locale.objects.get(language_code="fr")
    french_home = home().copy_for_translation(french)
    french_home.save_revision().publish()
    copy = translated.copy_for_translation(french)
    copy.title, copy.summary = "Signes", "Résumé français"
    copy.save_revision().publish()

    english = client.get("/").content.decode()
    assert ">Signs<" in english and ">Myths<" in english and "Signes" not in english
    client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    french_html = client.get("/").content.decode()
    assert ">Signes<" in french_html and ">Myths<" in french_html and ">Signs<" not in french_html
    page = client.get(translated.url)  # the same address serves the translation
    assert "Résumé français" in page.content.decode()
    assert '<main id="main" class="container">' in page.content.decode()
    # A page not translated yet is served in English, and says so to screen readers.
    response = client.get(untranslated.url)
    assert response.status_code == 200
    assert '<main id="main" class="container" lang="en-gb">' in response.content.decode()


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
