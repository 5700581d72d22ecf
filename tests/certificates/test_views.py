"""The public verification pages, uploads, downloads and the learner's dashboard."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from certificates import services
from certificates.codes import code_format, code_generate
from certificates.models import Certificate
from courses.services import course_trainers_set
from tests.factories.accounts import UserFactory
from tests.factories.certificates import completed_enrolment
from tests.factories.courses import course_create
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate():
    enrolment = completed_enrolment(first_name="Anaïs", last_name="Joseph-Émile")
    certificate = Certificate.objects.get(enrolment=enrolment)
    services.certificate_render(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    return certificate


def verify(client, code):
    return client.get(reverse("certificates_verify_code", args=[code]))


def test_a_valid_certificate_shows_its_facts_and_nothing_else_personal(client, certificate):
    response = verify(client, certificate.display_code)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Valid certificate" in html
    for fact in ("Anaïs Joseph-Émile", certificate.course_title, certificate.issuing_authority):
        assert fact in html
    assert certificate.completed_on.strftime("%-d %B %Y") in html
    assert certificate.enrolment.user.email not in html
    assert "no-store" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]


def test_a_code_typed_loosely_redirects_to_its_page(client, certificate):
    typed = certificate.display_code.lower().replace("-", " ")
    response = client.get(reverse("certificates_verify"), {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "certificates_verify_code", args=[certificate.display_code]
    )


def test_a_mistyped_code_is_reported_as_a_typing_mistake(client, certificate):
    code = certificate.code
    typo = code[:3] + ("A" if code[3] != "A" else "B") + code[4:]
    response = client.get(reverse("certificates_verify"), {"code": typo})
    assert response.status_code == 200
    assert "typing mistake" in response.content.decode()
    response = verify(client, code_format(typo))
    assert response.status_code == 404
    assert "typing mistake" in response.content.decode()


def test_an_unknown_well_formed_code_is_not_found(client, certificate):
    response = verify(client, code_format(code_generate()))
    assert response.status_code == 404
    assert "No certificate has this code" in response.content.decode()


def test_ten_thousand_random_codes_hit_none_of_a_thousand_certificates(certificate):
    # A thousand issued codes (earlier printings of one certificate, for speed).
    Certificate.objects.bulk_create(
        Certificate(
            enrolment=certificate.enrolment,
            template=certificate.template,
            code=code_generate(),
            holder_name="x",
            course_title="x",
            issuing_authority="x",
            completed_on=certificate.completed_on,
            status="superseded",
        )
        for _ in range(1000)
    )
    issued = set(Certificate.objects.values_list("code", flat=True))
    guesses = {code_generate() for _ in range(10_000)}
    assert len(guesses) == 10_000 and not guesses & issued
    from certificates.selectors import verification_by_code

    for guess in list(guesses)[:200]:  # and through the lookup the page uses
        assert verification_by_code(code=guess) is None


def test_expired_revoked_and_superseded_certificates_say_so(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() - timezone.timedelta(days=1)
    )
    html = verify(client, certificate.display_code).content.decode()
    assert "Expired" in html and "Valid certificate" not in html

    admin = UserFactory(is_superuser=True)
    new = services.certificate_reissue(
        certificate=certificate, actor=admin, holder_name="Anaïs Joseph-Émile", reason="Typo"
    )
    html = verify(client, certificate.display_code).content.decode()
    assert "Replaced" in html and new.display_code in html

    services.certificate_revoke(certificate=new, actor=admin, reason="Obtained by fraud")
    response = verify(client, new.display_code)
    assert response.status_code == 200  # revoked is shown as revoked, never as unknown
    html = response.content.decode()
    assert "Revoked" in html and "Valid certificate" not in html
    assert "fraud" not in html  # the reason is internal


def _upload(client, data: bytes, name="certificate.pdf"):
    return client.post(
        reverse("certificates_verify"),
        {"pdf": SimpleUploadedFile(name, data, content_type="application/pdf")},
    )


def test_the_genuine_pdf_is_recognised_and_a_tampered_one_is_not(client, certificate):
    data = certificate.pdf.read()
    html = _upload(client, data).content.decode()
    assert "Valid certificate" in html and "Anaïs Joseph-Émile" in html

    # One byte changed inside the document (as an edited name or date would).
    position = len(data) // 2
    tampered = data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]
    html = _upload(client, tampered).content.decode()
    assert "Not recognised" in html and "Anaïs" not in html


def test_an_earlier_printing_is_recognised_after_a_rerender(client, certificate):
    old = certificate.pdf.read()
    certificate.template.title = "Certificate of Achievement"
    certificate.template.save()
    services.certificates_rerender(ids=[certificate.pk], actor=UserFactory(is_superuser=True))
    services.certificate_render(certificate_id=certificate.pk)
    html = _upload(client, old).content.decode()
    assert "Valid certificate" in html and "earlier printing" in html


def test_uploads_that_are_not_pdfs_or_too_big_are_refused(client, settings):
    html = _upload(client, b"<html><script>alert(1)</script>", "x.pdf").content.decode()
    assert "not a PDF" in html
    settings.CERTIFICATE_UPLOAD_MAX_BYTES = 1024
    html = _upload(client, b"%PDF-" + b"0" * 2048).content.decode()
    assert "under" in html and "MB" in html


def test_verification_is_rate_limited(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMITS = {"verify": "5/m,6/h", "verify_upload": "2/m"}
    responses = [verify(client, certificate.display_code) for _ in range(7)]
    assert [r.status_code for r in responses] == [200] * 5 + [429] * 2
    assert responses[-1]["X-Robots-Tag"] == "noindex, nofollow"  # like every answer here
    assert "no-store" in responses[-1]["Cache-Control"]
    other = Client(REMOTE_ADDR="10.0.0.2")
    assert verify(other, certificate.display_code).status_code == 200  # per client
    uploads = [_upload(client, b"%PDF-1.7").status_code for _ in range(3)]
    assert uploads == [200, 200, 429]


def test_every_verification_rate_counts(client, certificate, settings):
    """The hourly limit holds although each minute's stays under its own."""
    settings.CERTIFICATE_VERIFY_RATE_LIMITS = {"verify": "100/m,3/h", "verify_upload": "2/m"}
    statuses = [verify(client, certificate.display_code).status_code for _ in range(4)]
    assert statuses == [200] * 3 + [429]


def test_the_limit_counts_the_address_behind_the_trusted_proxy(client, certificate, settings):
    """Behind one trusted proxy, clients are told apart by X-Forwarded-For, as at login."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.CERTIFICATE_VERIFY_RATE_LIMITS = {"verify": "2/m", "verify_upload": "2/m"}
    url = reverse("certificates_verify_code", args=[certificate.display_code])
    first = [client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code for _ in range(3)]
    assert first == [200, 200, 429]
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 200


def test_only_the_holder_and_entitled_staff_download(client, certificate):
    url = reverse("certificates_download", args=[certificate.display_code])
    assert client.get(url).status_code == 302  # anonymous: to the login page

    client.force_login(certificate.enrolment.user)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == certificate.pdf.open("rb").read()

    client.force_login(UserFactory())
    assert client.get(url).status_code == 404  # another learner

    trainer = UserFactory(role=roles.TRAINER)
    client.logout()
    login_with_mfa(client, trainer)
    assert client.get(url).status_code == 404  # a trainer of other courses
    course = certificate.enrolment.course
    course_trainers_set(course=course, trainers=[trainer], actor=None)
    assert client.get(url).status_code == 200  # the course's trainer

    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    client.logout()
    login_with_mfa(client, manager)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("role", [roles.TRAINER, roles.PROGRAMME_MANAGER, roles.ADMINISTRATOR])
def test_staff_download_others_certificates_only_after_the_second_factor(client, certificate, role):
    staff = UserFactory(role=role)
    if role == roles.TRAINER:  # a trainer of the holder's course
        course_trainers_set(course=certificate.enrolment.course, trainers=[staff], actor=None)
    url = reverse("certificates_download", args=[certificate.display_code])
    client.force_login(staff)  # password only: this session never passed TOTP
    assert client.get(url).status_code == 404
    client.logout()
    login_with_mfa(client, staff)
    assert client.get(url).status_code == 200


def test_a_revoked_certificate_is_no_longer_downloadable_by_its_holder(client, certificate):
    services.certificate_revoke(
        certificate=certificate, actor=UserFactory(is_superuser=True), reason="Error"
    )
    client.force_login(certificate.enrolment.user)
    url = reverse("certificates_download", args=[certificate.display_code])
    assert client.get(url).status_code == 404
    html = client.get(reverse("courses_dashboard")).content.decode()
    assert "Revoked on" in html and url not in html


def test_the_dashboard_lists_certificates_with_their_download(client, certificate):
    pending = Certificate.objects.get(
        enrolment=completed_enrolment(user=certificate.enrolment.user, course=course_create())
    )
    client.force_login(certificate.enrolment.user)
    html = client.get(reverse("courses_dashboard")).content.decode()
    assert "My certificates" in html
    assert reverse("certificates_download", args=[certificate.display_code]) in html
    assert pending.display_code in html and "Being prepared" in html
    assert reverse("certificates_download", args=[pending.display_code]) not in html
    response = client.get(reverse("certificates_download", args=[pending.display_code]))
    assert response.status_code == 404 and b"being prepared" in response.content


def test_the_data_export_holds_the_certificates(client, certificate):
    client.force_login(certificate.enrolment.user)
    data = client.get(reverse("accounts_data_export")).json()
    (exported,) = data["certificates"]
    assert exported["code"] == certificate.display_code
    assert exported["pdf_sha256"] == certificate.pdf_sha256


def test_verification_answers_when_the_cache_is_down(client, certificate, monkeypatch):
    """The limits live in the cache (Redis); with it unreachable, verifying still works (the
    count is skipped and logged), rather than answering 500 to every visitor."""
    import redis

    from certificates import views

    def unreachable(*args, **kwargs):
        raise redis.exceptions.ConnectionError("Error 111 connecting to 127.0.0.1:6379.")

    monkeypatch.setattr(views, "is_ratelimited", unreachable)
    assert verify(client, certificate.display_code).status_code == 200
