"""Files in an S3-compatible bucket (core.storage, lms/settings/base.py `s3_storages`).

The `s3` tier starts moto's standalone S3 server on loopback, creates a media bucket and a
private bucket, and points every storage at them with the options the settings build from
S3_* variables. The real paths run against it: a certificate rendered, stored and downloaded
through its view, a completion report, a library document through Wagtail's serve view and the
permission hook, image renditions; objects deleted behind the app's back; and anonymous reads
straight from the bucket, which only renditions allow. The settings tests at the end need no
server: they read the settings module in a fresh process with and without S3_* variables.
"""

import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.urls import reverse

from accounts import roles
from accounts.models import Audience
from accounts.services import user_erase
from certificates import services as certificate_services
from certificates.models import Certificate
from cms.models import LibraryDocument, Visibility
from lms.settings.base import s3_media_origin, s3_storages
from reports.models import ReportRun, ReportStatus
from tests.factories.accounts import UserFactory, approved_member
from tests.factories.certificates import completed_enrolment
from tests.factories.cms import awareness_page_create, document_create
from tests.helpers import login_with_mfa

MEDIA_BUCKET = "ctacademy-media"
PRIVATE_BUCKET = "ctacademy-private"
CREDENTIALS = {"access_key_id": "testing", "secret_access_key": "testing"}
REGION = "us-east-1"
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, no proxy
# Django gives a FileField its storage when the model class is made, so overriding STORAGES
# alone does not reach these fields: the fixture points them at the bucket's storages too.
PRIVATE_FILE_FIELDS = [
    (Certificate, "pdf", "certificates"),
    (ReportRun, "file", "reports"),
    (LibraryDocument, "file", "documents"),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint(tmp_path_factory):
    """moto's S3 server in a process of its own, on loopback only; its address."""
    port = _free_port()
    endpoint = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("moto") / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with DIRECT.open(f"{endpoint}/moto-api/", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"moto did not start: {log_path.read_text()[-2000:]}")
                time.sleep(0.2)
        client = _client(endpoint)
        for bucket in (MEDIA_BUCKET, PRIVATE_BUCKET):
            client.create_bucket(Bucket=bucket)
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


def _client(endpoint: str):
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["access_key_id"],
        aws_secret_access_key=CREDENTIALS["secret_access_key"],
    )


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    """Every storage in the buckets, as S3_BUCKET, S3_PRIVATE_BUCKET and S3_ENDPOINT_URL would
    configure them; the S3 client, to look at the buckets from outside the app."""
    settings.STORAGES = s3_storages(
        bucket=MEDIA_BUCKET,
        private_bucket=PRIVATE_BUCKET,
        endpoint_url=s3_endpoint,
        region=REGION,
        **CREDENTIALS,
    )
    for model, field_name, alias in PRIVATE_FILE_FIELDS:
        monkeypatch.setattr(model._meta.get_field(field_name), "storage", storages[alias])
    client = _client(s3_endpoint)
    client.endpoint = s3_endpoint
    return client


def anonymous_get(url: str) -> tuple[int, bytes]:
    """A GET without credentials, as a browser given the address would send: status, body."""
    assert url.startswith("http://127.0.0.1:")  # the loopback server only
    try:
        with DIRECT.open(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def assert_private(bucket, key: str) -> None:
    """The object is there, readable by nobody without the app's keys."""
    grants = bucket.get_object_acl(Bucket=PRIVATE_BUCKET, Key=key)["Grants"]
    assert all("URI" not in grant["Grantee"] for grant in grants)  # no AllUsers, AuthUsers
    assert anonymous_get(f"{bucket.endpoint}/{PRIVATE_BUCKET}/{key}")[0] == 403


def stored(bucket, key: str, name: str = PRIVATE_BUCKET) -> bytes:
    return bucket.get_object(Bucket=name, Key=key)["Body"].read()


def cache_directives(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def rendered_certificate() -> Certificate:
    enrolment = completed_enrolment(first_name="Anaïs", last_name="Joseph-Émile")
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate_services.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    return certificate


# Certificates -----------------------------------------------------------------------------


@pytest.mark.s3
@pytest.mark.django_db
def test_a_certificate_is_stored_privately_and_downloaded_through_its_view(client, bucket):
    certificate = rendered_certificate()
    key = f"certificates/{certificate.pdf.name}"
    data = stored(bucket, key)
    assert data.startswith(b"%PDF") and hashlib.sha256(data).hexdigest() == certificate.pdf_sha256
    assert not (Path(settings.PRIVATE_MEDIA_ROOT) / "certificates" / certificate.code).exists()
    assert_private(bucket, key)
    with pytest.raises(NotImplementedError):
        certificate.pdf.url  # noqa: B018 - a private file has no address to give out

    client.force_login(certificate.enrolment.user)
    response = client.get(reverse("certificates_download", args=[certificate.display_code]))
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_directives(response)
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert body(response) == data
    assert not any(bucket.endpoint.split("//")[1] in value for value in response.headers.values())
    dashboard = client.get(reverse("courses_dashboard")).content.decode()
    assert certificate.display_code in dashboard
    assert bucket.endpoint.split("//")[1] not in dashboard and PRIVATE_BUCKET not in dashboard


@pytest.mark.s3
@pytest.mark.django_db
def test_a_certificate_whose_object_is_gone_is_not_ready_until_rendered_again(client, bucket):
    certificate = rendered_certificate()
    bucket.delete_object(Bucket=PRIVATE_BUCKET, Key=f"certificates/{certificate.pdf.name}")
    client.force_login(certificate.enrolment.user)
    url = reverse("certificates_download", args=[certificate.display_code])
    response = client.get(url)
    assert response.status_code == 404
    assert "certificates/not_ready.html" in [template.name for template in response.templates]

    # The render notices the lost object, stores a new one and removes nothing it needs.
    assert certificate_services.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    listed = bucket.list_objects_v2(
        Bucket=PRIVATE_BUCKET, Prefix=f"certificates/{certificate.code}/"
    )
    assert [item["Key"] for item in listed["Contents"]] == [f"certificates/{certificate.pdf.name}"]
    response = client.get(url)
    assert response.status_code == 200
    assert body(response) == stored(bucket, f"certificates/{certificate.pdf.name}")


@pytest.mark.s3
@pytest.mark.django_db
def test_erasing_the_holder_deletes_every_object_of_their_certificate(
    bucket, django_capture_on_commit_callbacks
):
    certificate = rendered_certificate()
    prefix = f"certificates/{certificate.code}/"
    assert bucket.list_objects_v2(Bucket=PRIVATE_BUCKET, Prefix=prefix)["KeyCount"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        user_erase(user=certificate.enrolment.user, actor=UserFactory(is_superuser=True))
    assert bucket.list_objects_v2(Bucket=PRIVATE_BUCKET, Prefix=prefix)["KeyCount"] == 0


@pytest.mark.s3
def test_names_taken_in_the_bucket_are_never_overwritten(bucket):
    """Two renders of one generation at once save under one name: each must keep its own
    object, since the one that loses deletes what it saved."""
    storage = storages["certificates"]
    first = storage.save("XXXX/1-same.pdf", ContentFile(b"%PDF first"))
    second = storage.save("XXXX/1-same.pdf", ContentFile(b"%PDF second"))
    assert first != second
    storage.delete(second)
    assert storage.open(first).read() == b"%PDF first" and not storage.exists(second)
    storage.delete(first)


# Completion reports -----------------------------------------------------------------------


@pytest.mark.s3
@pytest.mark.django_db
def test_a_completion_report_is_stored_privately_and_downloaded(
    client, bucket, django_capture_on_commit_callbacks
):
    completed_enrolment()
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reports_run_start"), {})
    run = ReportRun.objects.get()
    assert run.status == ReportStatus.DONE, run.error
    key = f"reports/{run.file.name}"
    data = stored(bucket, key)
    assert data.startswith(b"%PDF")
    assert_private(bucket, key)

    url = reverse("reports_run_pdf", args=[run.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_directives(response)
    assert body(response) == data

    bucket.delete_object(Bucket=PRIVATE_BUCKET, Key=key)
    assert client.get(url).status_code == 404


# Library documents ------------------------------------------------------------------------


@pytest.mark.s3
@pytest.mark.django_db
def test_library_documents_are_served_from_the_bucket_after_the_permission_check(client, bucket):
    public = document_create(content=b"%PDF-1.4 public guide")
    restricted = document_create(
        content=b"%PDF-1.4 for responders",
        visibility=Visibility.PRACTITIONERS,
        audiences=(Audience.BORDER,),
    )
    key = f"documents/{restricted.file.name}"
    assert stored(bucket, key) == b"%PDF-1.4 for responders"
    assert_private(bucket, key)
    assert_private(bucket, f"documents/{public.file.name}")  # public to readers of the site

    response = client.get(public.url)
    assert response.status_code == 200
    assert body(response) == b"%PDF-1.4 public guide"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert int(response["Content-Length"]) == len(b"%PDF-1.4 public guide")

    response = client.get(restricted.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(approved_member(Audience.MEDIA))
    assert client.get(restricted.url).status_code == 403  # another audience
    client.force_login(approved_member(Audience.BORDER))
    response = client.get(restricted.url)
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_directives(response)
    assert body(response) == b"%PDF-1.4 for responders"

    bucket.delete_object(Bucket=PRIVATE_BUCKET, Key=key)
    assert client.get(restricted.url).status_code == 404


# Images -----------------------------------------------------------------------------------


@pytest.mark.s3
@pytest.mark.django_db
def test_renditions_are_public_in_the_media_bucket_and_originals_are_not(client, bucket):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(
        title="Harbour", file=get_test_image_file(size=(1600, 900))
    )
    page = awareness_page_create(image=image)
    html = client.get(page.url).content.decode()
    rendition = image.renditions.get(filter_spec="format-png|width-400")  # the <img> fallback
    assert rendition.url in html
    origin = s3_media_origin(bucket=MEDIA_BUCKET, endpoint_url=bucket.endpoint)
    assert rendition.url.startswith(f"{origin}/{MEDIA_BUCKET}/media/images/")
    data = stored(bucket, f"media/{rendition.file.name}", MEDIA_BUCKET)
    assert data.startswith(b"\x89PNG")
    assert anonymous_get(rendition.url) == (200, data)  # anyone may read it
    original = f"{bucket.endpoint}/{MEDIA_BUCKET}/media/{image.file.name}"
    assert image.file.name.startswith("original_images/")
    assert anonymous_get(original)[0] == 403


# Settings from the environment ------------------------------------------------------------

SETTINGS_PROBE = """
import json
from django.conf import settings
from django.core.files.storage import storages
out = {"img-src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"], "storages": {}}
for alias in ("default", "certificates", "reports", "documents"):
    storage = storages[alias]
    options = settings.STORAGES[alias].get("OPTIONS", {})
    out["storages"][alias] = {
        "class": type(storage).__name__,
        "bucket": options.get("bucket_name"),
        "location": str(getattr(storage, "location", "")),
        "acl": getattr(storage, "default_acl", None),
        "overwrite": getattr(storage, "file_overwrite", None),
    }
out["static"] = settings.STORAGES["staticfiles"]["BACKEND"]
print(json.dumps(out))
"""


def probe_settings(module: str, **variables) -> dict:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("S3_", "AWS_"))
    }
    environment |= {"DJANGO_SETTINGS_MODULE": module, **variables}
    result = subprocess.run(
        [sys.executable, "-c", SETTINGS_PROBE],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


PRODUCTION = {
    "SECRET_KEY": "p" + "".join(chr(ord("a") + n % 26) for n in range(7, 70)),
    "ALLOWED_HOSTS": "academy.example.lc",
    "BASE_URL": "https://academy.example.lc",
    "REDIS_URL": "redis://127.0.0.1:6379/13",  # required in production; never contacted here
}


def test_without_a_bucket_every_storage_is_a_local_folder():
    for module, variables in (("lms.settings.dev", {}), ("lms.settings.production", PRODUCTION)):
        probed = probe_settings(module, **variables)
        assert {alias: found["class"] for alias, found in probed["storages"].items()} == {
            "default": "FileSystemStorage",
            "certificates": "FileSystemStorage",
            "reports": "FileSystemStorage",
            "documents": "FileSystemStorage",
        }
        assert probed["storages"]["certificates"]["location"].endswith("private/certificates")
        assert probed["img-src"] == ["'self'", "data:"]
    assert probed["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_a_bucket_in_the_environment_moves_every_storage_into_it():
    probed = probe_settings(
        "lms.settings.production",
        **PRODUCTION,
        S3_BUCKET="ctacademy-files",
        S3_PRIVATE_BUCKET="ctacademy-private",
        S3_ENDPOINT_URL="https://objects.example.lc",
        S3_REGION="ca-central-1",
        S3_ACCESS_KEY_ID="key-id",
        S3_SECRET_ACCESS_KEY="secret",
    )
    found = probed["storages"]
    assert found["default"] == {
        "class": "MediaBucketStorage",
        "bucket": "ctacademy-files",
        "location": "media",
        "acl": "private",  # renditions alone are made public-read, object by object
        "overwrite": False,
    }
    for alias in ("certificates", "reports", "documents"):
        assert found[alias] == {
            "class": "PrivateBucketStorage",
            "bucket": "ctacademy-private",
            "location": alias,
            "acl": "private",
            "overwrite": False,
        }
    assert probed["img-src"] == ["'self'", "data:", "https://objects.example.lc"]
    assert probed["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"

    without_acls = probe_settings(
        "lms.settings.dev", S3_BUCKET="ctacademy-files", S3_OBJECT_ACLS="false"
    )
    assert {found["acl"] for found in without_acls["storages"].values()} == {None}
    assert without_acls["storages"]["certificates"]["bucket"] == "ctacademy-files"
    assert without_acls["img-src"][-1] == "https://ctacademy-files.s3.amazonaws.com"


def test_every_storage_variable_is_documented_for_operators():
    source = (settings.BASE_DIR / "lms" / "settings" / "base.py").read_text()
    variables = set(re.findall(r'env(?:_bool)?\("(S3_[A-Z_]+)"', source))
    assert {"S3_BUCKET", "S3_PRIVATE_BUCKET", "S3_ENDPOINT_URL"} <= variables
    deploy = (settings.BASE_DIR / "docs" / "deploy.md").read_text()
    assert not {name for name in variables if f"`{name}`" not in deploy}
