"""The certificates admin: the listing (filters, search, query counts), the bulk actions
re-render and revoke, one certificate's page (revoke, reissue, reinstate), and who may do
what."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from accounts import roles
from accounts.models import AuditEntry
from certificates import services
from certificates.models import (
    Certificate,
    CertificateStatus,
    CertificateTemplate,
    CourseCertificateTemplate,
)
from tests.courses.test_query_counts import count
from tests.factories.accounts import UserFactory
from tests.factories.certificates import completed_enrolment, course_complete
from tests.factories.courses import course_create
from tests.helpers import login_with_mfa, refused

pytestmark = pytest.mark.django_db

MAX_QUERIES = {"list": 30, "detail": 30, "dashboard": 8}  # dashboard: +1 the award
LIST = "certificates_admin:index"


def bulk_url(action: str) -> str:
    return reverse("wagtail_bulk_action", args=["certificates", "certificate", action])


@pytest.fixture
def admin_client(client):
    login_with_mfa(client, UserFactory(role=roles.ADMINISTRATOR))
    return client


def certificates(n: int) -> list[Certificate]:
    course = course_create(modules=1, lessons=1)
    for _ in range(n):
        course_complete(user=UserFactory(), course=course)
    return list(Certificate.objects.filter(enrolment__course=course))


def test_the_list_costs_the_same_queries_for_1_and_50_certificates(admin_client):
    (first,) = certificates(1)
    services.certificate_revoke(certificate=first, actor=UserFactory(is_superuser=True), reason="x")
    admin_client.get(reverse(LIST))  # fill the pages' cache, which the new course replaced
    one = count(admin_client, reverse(LIST))
    for certificate in certificates(49)[:5]:
        services.certificate_render(certificate_id=certificate.pk)
    response = admin_client.get(reverse(LIST))
    assert len(response.context["object_list"]) == 50
    assert one == count(admin_client, reverse(LIST)) <= MAX_QUERIES["list"]
    # Filtered and searched, the same.
    filtered = reverse(LIST) + "?status=valid&q=a"
    assert count(admin_client, filtered) <= MAX_QUERIES["list"] + 1


def test_the_learner_dashboard_costs_the_same_with_1_and_10_certificates(client):
    url = reverse("courses_dashboard")
    few, many = UserFactory(), UserFactory()
    completed_enrolment(user=few)
    for _ in range(10):
        completed_enrolment(user=many)
    counts = []
    for learner in (few, many):
        client.force_login(learner)
        client.get(url)  # the first request of a session records it
        counts.append(count(client, url))
    assert counts[0] == counts[1] <= MAX_QUERIES["dashboard"]
    assert client.get(url).content.decode().count("Download PDF") == 0  # none rendered yet


def test_the_list_filters_and_searches(admin_client):
    first, second = certificates(2)
    services.certificate_revoke(certificate=first, actor=UserFactory(is_superuser=True), reason="x")
    url = reverse(LIST)
    html = admin_client.get(url, {"status": "revoked"}).content.decode()
    assert first.display_code in html and second.display_code not in html
    html = admin_client.get(url, {"q": second.display_code.lower()}).content.decode()
    assert second.display_code in html and first.display_code not in html
    html = admin_client.get(url, {"status": "unrendered"}).content.decode()
    assert second.display_code in html and first.display_code not in html
    elsewhere = Certificate.objects.get(enrolment=completed_enrolment())
    html = admin_client.get(url, {"course": first.enrolment.course_id}).content.decode()
    assert first.display_code in html and elsewhere.display_code not in html
    html = admin_client.get(url, {"course": 999999}).content.decode()  # not a course: ignored
    assert "Select a valid choice" in html
    # The results view that Wagtail's filter drawer fetches answers the same way.
    html = admin_client.get(reverse("certificates_admin:index_results"), {"status": "revoked"})
    assert first.display_code in html.content.decode()
    assert second.display_code not in html.content.decode()


def test_expired_certificates_are_a_status_of_their_own(admin_client):
    first, second = certificates(2)
    Certificate.objects.filter(pk=first.pk).update(expires_on="2020-01-01")
    html = admin_client.get(reverse(LIST), {"status": "expired"}).content.decode()
    assert first.display_code in html and second.display_code not in html
    assert "Expired" in html


def test_an_administrator_revokes_and_reissues_from_the_detail_page(admin_client):
    (certificate,) = certificates(1)
    url = reverse("certificates_admin:detail", args=[certificate.pk])
    assert count(admin_client, url) <= MAX_QUERIES["detail"]
    response = admin_client.post(
        url, {"action": "reissue", "holder_name": "Corrected Name", "reason": "Spelling"}
    )
    new = Certificate.objects.get(replaces=certificate)
    assert response.status_code == 302 and response["Location"].endswith(f"/{new.pk}/")
    assert new.holder_name == "Corrected Name"

    response = admin_client.post(
        reverse("certificates_admin:detail", args=[new.pk]), {"action": "revoke", "reason": ""}
    )
    assert response.status_code == 200  # the form again, with the error
    new.refresh_from_db()
    assert new.status == CertificateStatus.VALID
    admin_client.post(
        reverse("certificates_admin:detail", args=[new.pk]),
        {"action": "revoke", "reason": "Fraud"},
    )
    new.refresh_from_db()
    assert new.status == CertificateStatus.REVOKED


def test_rerender_of_every_certificate_matching_the_filters(
    admin_client, django_capture_on_commit_callbacks
):
    batch = certificates(3)
    other = completed_enrolment()  # another course's certificate, also on the default template
    for certificate in batch:
        services.certificate_render(certificate_id=certificate.pk)
    template = CertificateTemplate.objects.get(is_default=True)
    course_id = batch[0].enrolment.course_id
    listing = admin_client.get(reverse(LIST), {"course": course_id, "template": template.pk})
    # The header button hands the listing's filters to the bulk action.
    url = listing.context["view"].rerender_matching_url()
    assert url.startswith(bulk_url("rerender") + "?") and "id=all" in url
    assert url in listing.content.decode().replace("&amp;", "&")
    confirm = admin_client.get(url)
    assert confirm.status_code == 200
    assert "3 certificates:" in confirm.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {})
    assert response.status_code == 302
    assert response["Location"] == reverse(LIST) + f"?course={course_id}&template={template.pk}"
    for certificate in batch:
        before = certificate.code
        certificate.refresh_from_db()
        assert certificate.code == before
        assert certificate.generation == 2 and certificate.rendered_generation == 2
    assert Certificate.objects.get(enrolment=other).generation == 1
    assert AuditEntry.objects.filter(action="certificate.rerender").count() == 1


def test_rerender_of_selected_certificates_can_move_them_to_the_course_template(admin_client):
    first, second = certificates(2)
    course = first.enrolment.course
    special = CertificateTemplate.objects.create(name="Special", issuing_authority="CT Academy")
    CourseCertificateTemplate.objects.create(template=special, course=course)
    url = f"{bulk_url('rerender')}?id={first.pk}&id=oops"
    response = admin_client.post(url, {"switch_to_course_template": "on"})
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.template == special and first.generation == 2
    assert second.generation == 1


def test_bulk_revoke_needs_a_reason_and_skips_certificates_that_are_not_valid(admin_client):
    first, second, third = certificates(3)
    services.certificate_revoke(
        certificate=third, actor=UserFactory(is_superuser=True), reason="earlier"
    )
    url = f"{bulk_url('revoke')}?id={first.pk}&id={second.pk}&id={third.pk}"
    page = admin_client.get(url).content.decode()
    assert "2 certificates:" in page and "Not valid, so not revoked:" in page
    response = admin_client.post(url, {"reason": ""})
    assert response.status_code == 200 and "This field is required" in response.content.decode()
    assert Certificate.objects.filter(status=CertificateStatus.REVOKED).count() == 1
    response = admin_client.post(url, {"reason": "Issued to the wrong cohort"}, follow=True)
    assert "2 certificates revoked" in response.content.decode()
    for certificate in (first, second):
        certificate.refresh_from_db()
        assert certificate.status == CertificateStatus.REVOKED
        assert certificate.status_reason == "Issued to the wrong cohort"
    third.refresh_from_db()
    assert third.status_reason == "earlier"


def test_managers_see_certificates_but_change_nothing(client):
    (certificate,) = certificates(1)
    login_with_mfa(client, UserFactory(role=roles.PROGRAMME_MANAGER))
    url = reverse("certificates_admin:detail", args=[certificate.pk])
    html = client.get(url).content.decode()
    assert certificate.display_code in html and "Revoke this certificate" not in html
    assert refused(client.post(url, {"action": "revoke", "reason": "x"}))
    listing = client.get(reverse(LIST)).content.decode()
    assert certificate.display_code in listing
    assert "bulk-action-checkbox" not in listing and "Re-render all matching" not in listing
    for action in ("rerender", "revoke"):
        assert refused(client.get(f"{bulk_url(action)}?id=all"))
        assert refused(client.post(f"{bulk_url(action)}?id=all", {"reason": "x"}))
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and certificate.generation == 1


def test_trainers_have_no_certificates_admin(client):
    certificates(1)
    cache.clear()
    login_with_mfa(client, UserFactory(role=roles.TRAINER))
    assert refused(client.get(reverse(LIST)))
    assert refused(client.get(f"{bulk_url('rerender')}?id=all"))


def test_an_administrator_edits_a_template_and_previews_it(admin_client):
    template = CertificateTemplate.objects.get(is_default=True)
    edit = reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk])
    assert admin_client.get(edit).status_code == 200
    preview = reverse(
        "wagtailsnippets_certificates_certificatetemplate:preview_on_edit", args=[template.pk]
    )
    data = {
        "name": "Standard",
        "is_default": "on",
        "title": "Certificate of Completion",
        "body": "Awarded to {learner_name} for {course}",
        "issuing_authority": "CT Academy",
        "course_choices-TOTAL_FORMS": "0",
        "course_choices-INITIAL_FORMS": "0",
        "course_choices-MIN_NUM_FORMS": "0",
        "course_choices-MAX_NUM_FORMS": "1000",
    }
    assert admin_client.post(preview, data).json()["is_valid"] is True
    html = admin_client.get(preview).content.decode()
    assert "Anaïs Joseph-Émile" in html and "Awarded to" in html
    data["body"] = "Awarded to {name}"
    response = admin_client.post(edit, data)
    assert response.status_code == 200 and "Unknown placeholder" in response.content.decode()


def test_a_template_in_use_cannot_be_deleted(admin_client):
    (certificate,) = certificates(1)
    template = certificate.template
    url = reverse("wagtailsnippets_certificates_certificatetemplate:delete", args=[template.pk])
    response = admin_client.post(url)
    assert response.status_code == 302
    assert CertificateTemplate.objects.filter(pk=template.pk).exists()
    unused = CertificateTemplate.objects.create(name="Unused", issuing_authority="x")
    url = reverse("wagtailsnippets_certificates_certificatetemplate:delete", args=[unused.pk])
    admin_client.post(url)
    assert not CertificateTemplate.objects.filter(pk=unused.pk).exists()


def test_an_administrator_reinstates_a_revoked_certificate(admin_client):
    (certificate,) = certificates(1)
    services.certificate_revoke(
        certificate=certificate, actor=UserFactory(is_superuser=True), reason="x"
    )
    url = reverse("certificates_admin:detail", args=[certificate.pk])
    assert "Reinstate this certificate" in admin_client.get(url).content.decode()
    admin_client.post(url, {"action": "reinstate", "reason": "Revoked the wrong one"})
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_groups_editor_offers_the_certificate_permissions_in_every_language(language):
    from django.utils import translation

    from certificates.viewsets import CertificateViewSet

    with translation.override(language):
        codenames = set(
            CertificateViewSet().get_permissions_to_register().values_list("codename", flat=True)
        )
    assert codenames == {"view_certificate", "rerender_certificate", "revoke_certificate"}
