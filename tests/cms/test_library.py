"""The good-practice library: who sees which entry, filters and search, and how files are
served (only through Wagtail's serve view, after the permission check)."""

import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import path
from django.views.static import serve as static_serve

from accounts import roles
from accounts.models import Audience
from cms.models import LibraryDocument, Topic, Visibility
from lms import urls as project_urls
from tests.factories.accounts import UserFactory, approved_member
from tests.factories.cms import document_create, library_page
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [document.title for document in response.context["documents"]]


@pytest.fixture
def library():
    library_page()
    return {
        "public": document_create(
            title="Manual for practitioners", publisher="UNODC", year=2009,
            topic=Topic.INVESTIGATION, audiences=(Audience.LAW_ENFORCEMENT,),
            summary="Definitions, indicators and interviewing.",
        ),
        "media": document_create(
            title="Media guidelines", publisher="EJN and ICMPD", year=2017, topic=Topic.MEDIA,
            audiences=(Audience.MEDIA,),
        ),
        "restricted": document_create(
            title="First responder kit", publisher="UNODC", topic=Topic.IDENTIFICATION,
            audiences=(Audience.LAW_ENFORCEMENT, Audience.BORDER),
            visibility=Visibility.PRACTITIONERS,
        ),
        "unlisted": document_create(title="Lesson handout", is_listed=False),
    }  # fmt: skip


def test_anonymous_readers_see_public_listed_entries_only(client, library):
    response = client.get("/resources/")
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Manual for practitioners", "Media guidelines"]
    body = response.content.decode()
    assert "UNODC, 2009" in body and "Practitioners only" not in body


def test_approved_members_of_an_audience_see_its_restricted_entries(client, library):
    client.force_login(approved_member(Audience.BORDER))
    response = client.get("/resources/")
    assert "First responder kit" in titles(response)
    assert "Practitioners only" in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0")  # per reader: never cached


@pytest.mark.parametrize(
    "user_kwargs",
    [
        {"audience": Audience.MEDIA},  # approved, other audience
        {"audience": Audience.LAW_ENFORCEMENT, "membership_status": "pending"},
    ],
)
def test_other_audiences_and_pending_members_do_not_see_restricted_entries(
    client, library, user_kwargs
):
    client.force_login(UserFactory(**user_kwargs))
    assert "First responder kit" not in titles(client.get("/resources/"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?topic=media", ["Media guidelines"]),
        ("?audience=law_enforcement", ["Manual for practitioners"]),
        ("?year=2017", ["Media guidelines"]),
        ("?q=interviewing", ["Manual for practitioners"]),  # the summary
        ("?q=icmpd", ["Media guidelines"]),  # the publisher, any case
        ("?q=manual+practitioners", ["Manual for practitioners"]),  # every word must match
        ("?q=nothing-like-this", []),
    ],
)
def test_filters_and_search(client, library, query, expected):
    assert titles(client.get("/resources/" + query)) == expected


def test_an_invalid_filter_is_reported_and_the_valid_ones_still_apply(client, library):
    response = client.get("/resources/?year=abc&topic=nonsense")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert len(titles(response)) == 2
    response = client.get("/resources/?audience=media&year=abc")
    assert titles(response) == ["Media guidelines"]


def test_the_year_filter_offers_the_years_of_listed_documents(client, library):
    html = client.get("/resources/").content.decode()
    assert '<option value="2017">2017</option>' in html
    assert '<option value="2009">2009</option>' in html


def test_the_library_costs_the_same_queries_for_1_and_40_entries(client):
    library_page()
    member = approved_member(Audience.LAW_ENFORCEMENT)
    client.force_login(member)
    document_create(audiences=(Audience.MEDIA,))
    client.get("/resources/")
    with CaptureQueriesContext(connection) as one:
        assert client.get("/resources/?page=1").status_code == 200
    for n in range(39):
        document_create(
            audiences=(Audience.MEDIA, Audience.BORDER),
            visibility=Visibility.PRACTITIONERS if n % 2 else Visibility.PUBLIC,
        )
    client.get("/resources/")  # new documents replace the pages' cache: fill it again first
    with CaptureQueriesContext(connection) as forty:
        response = client.get("/resources/?page=1")
    assert len(response.context["documents"]) == 20
    assert len(forty) == len(one) <= 24, "\n".join(q["sql"][:150] for q in forty.captured_queries)


# Serving ---------------------------------------------------------------------------------


def test_a_public_document_is_served_inline_with_a_blocking_policy(client, library):
    document = library["public"]
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_restricted_document_asks_anonymous_readers_to_log_in(client, library):
    response = client.get(library["restricted"].url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/documents/")
    assert (
        "is for practitioners: log in to read it"
        in client.get(response["Location"]).content.decode()
    )


def test_a_restricted_document_is_refused_to_another_audience(client, library):
    client.force_login(approved_member(Audience.MEDIA))
    response = client.get(library["restricted"].url)
    assert response.status_code == 403
    assert "for practitioners" in response.content.decode()


def test_a_restricted_document_is_served_to_its_audience_and_to_trainers(client, library):
    client.force_login(approved_member(Audience.LAW_ENFORCEMENT))
    response = client.get(library["restricted"].url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "no-store" not in client.get(library["public"].url).get("Cache-Control", "")
    trainer_client = Client()
    login_with_mfa(trainer_client, UserFactory(role=roles.TRAINER))
    assert trainer_client.get(library["restricted"].url).status_code == 200


def test_a_document_with_the_wrong_file_name_is_not_found(client, library):
    document = library["public"]
    assert client.get(f"/documents/{document.pk}/other.pdf").status_code == 404


def test_files_live_outside_media_root_and_have_no_public_url(client, library):
    """The web server serves MEDIA_ROOT; a document's file is not in it, so the storage URL a
    browser might guess answers 404 even with MEDIA_ROOT served (as DEBUG or nginx would)."""
    document = library["restricted"]
    file_path = Path(document.file.path).resolve()
    assert file_path.is_file()
    assert Path(settings.MEDIA_ROOT).resolve() not in file_path.parents
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in file_path.parents

    storage_url = document.file.url
    assert storage_url.startswith(settings.MEDIA_URL)
    media_urls = [
        path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", static_serve,
             {"document_root": settings.MEDIA_ROOT}),
    ]  # fmt: skip
    urlconf = type("URLConf", (), {"urlpatterns": media_urls + project_urls.urlpatterns})
    with override_settings(ROOT_URLCONF=urlconf):
        assert client.get(storage_url).status_code == 404
        assert client.get(f"/media/documents/{file_path.name}").status_code == 404
    assert client.get(storage_url).status_code == 404  # and under the project's own URLs


# Uploads --------------------------------------------------------------------------------


def upload(client, name: str, content: bytes, **fields):
    data = {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1,
            "visibility": Visibility.PUBLIC, **fields}  # fmt: skip
    return client.post("/admin/documents/add/", data)


def test_an_administrator_uploads_a_restricted_document_with_its_audiences(admin_client):
    response = upload(
        admin_client, "kit.pdf", b"%PDF-1.4 kit", visibility=Visibility.PRACTITIONERS,
        audiences=[Audience.PROSECUTION, Audience.TASK_FORCE], publisher="UNODC", year=2017,
        topic=Topic.INVESTIGATION, summary="A digest.",
    )  # fmt: skip
    assert response.status_code == 302, response.context["form"].errors
    document = LibraryDocument.objects.get(title="kit.pdf")
    assert sorted(document.audience_values) == ["prosecution", "task_force"]
    assert document.visibility == Visibility.PRACTITIONERS and document.year == 2017
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in Path(document.file.path).resolve().parents


def test_the_quick_upload_of_several_files_creates_unlisted_public_documents(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("handout.pdf", b"%PDF-1.4 handout"), "collection": 1},
    )
    assert response.status_code == 200
    assert response.json()["success"], response.json()
    document = LibraryDocument.objects.get()
    assert document.visibility == Visibility.PUBLIC and not document.is_listed
    # The form that follows describes it; afterwards it is listed.
    response = admin_client.post(
        f"/admin/documents/multiple/{document.pk}/",
        {
            f"doc-{document.pk}-title": "Referral handout",
            f"doc-{document.pk}-collection": 1,
            f"doc-{document.pk}-visibility": Visibility.PUBLIC,
            f"doc-{document.pk}-is_listed": "on",
            f"doc-{document.pk}-publisher": "IOM",
            f"doc-{document.pk}-audiences": [Audience.TASK_FORCE],
        },
    )
    assert response.json()["success"], response.json()
    document.refresh_from_db()
    assert document.is_listed and document.publisher == "IOM"
    assert document.audience_values == ["task_force"]


def test_a_restricted_document_without_audiences_is_refused(admin_client):
    response = upload(admin_client, "kit.pdf", b"%PDF-1.4", visibility=Visibility.PRACTITIONERS)
    assert response.status_code == 200
    assert "audiences" in response.context["form"].errors
    assert not LibraryDocument.objects.exists()


@pytest.mark.parametrize(
    "name, content",
    [
        ("map.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("page.htm", b"<script>alert(1)</script>"),
    ],
)
def test_svg_and_html_documents_are_refused(admin_client, name, content):
    response = upload(admin_client, name, content)
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not LibraryDocument.objects.exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_a_document_over_the_size_limit_is_refused_with_its_size(admin_client):
    response = upload(admin_client, "big.pdf", b"%PDF" + b"0" * 2000)
    assert response.status_code == 200
    assert "This file is too big (2.0" in " ".join(response.context["form"].errors["file"])
    assert not LibraryDocument.objects.exists()


def test_a_200_mb_request_is_refused_before_its_body_is_read(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        data=b"--x--",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(200 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert "at most 25 MB" in response.content.decode()


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares these dimensions (its pixels are never decoded)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("bomb.png", png_header(50_000, 50_000), "pixels"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "Not a supported image format",
        ),
    ],
)
def test_image_pixel_bombs_and_svg_images_are_refused(admin_client, name, content, message):
    from wagtail.images import get_image_model

    response = admin_client.post(
        "/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, content),
                               "collection": 1},
    )  # fmt: skip
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert message in errors, errors
    assert not get_image_model().objects.exists()
