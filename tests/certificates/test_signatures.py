"""Signature images live in the private "Certificate signatures" collection: a trainer never
sees one in an image chooser (a lesson's) nor fetches it through the admin; a certificate
template's signature is chosen from that collection only, and must be one of its images."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission

from accounts import roles
from certificates.collections import COURSE_MEDIA, SIGNATURES
from certificates.models import CertificateTemplate
from tests.factories.accounts import UserFactory
from tests.helpers import login_with_mfa, refused

pytestmark = pytest.mark.django_db

IMAGE_CHOOSER = "/admin/images/chooser/"
SIGNATURE_CHOOSER = "/admin/certificates/signature-images/"


def image_in(collection_name: str, title: str):
    collection = Collection.objects.get(depth=2, name=collection_name)
    return get_image_model().objects.create(
        title=title, file=get_test_image_file(), collection=collection
    )


def client_of(client, role: str):
    login_with_mfa(client, UserFactory(role=role))
    return client


def modal_html(response) -> str:
    assert response.status_code == 200, response.status_code
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


@pytest.fixture
def images():
    return image_in(COURSE_MEDIA, "Harbour at dawn"), image_in(SIGNATURES, "Signature of Sandra")


def test_the_roles_image_rights_are_split_between_two_collections():
    def rights(role, name):
        return set(
            GroupCollectionPermission.objects.filter(
                group__name=role,
                collection__name=name,
                permission__content_type__app_label="wagtailimages",
            ).values_list("permission__codename", flat=True)
        )

    root = Collection.get_first_root_node()
    assert not GroupCollectionPermission.objects.filter(
        collection=root, permission__content_type__app_label="wagtailimages"
    ).exists()
    assert rights(roles.TRAINER, COURSE_MEDIA) == {"add_image", "change_image", "choose_image"}
    assert rights(roles.TRAINER, SIGNATURES) == set()
    assert rights(roles.PROGRAMME_MANAGER, SIGNATURES) == {
        "add_image",
        "change_image",
        "choose_image",
    }
    assert "choose_image" in rights(roles.ADMINISTRATOR, SIGNATURES)
    assert "choose_image" in rights(roles.ADMINISTRATOR, COURSE_MEDIA)
    assert [c.name for c in root.get_children()] == [COURSE_MEDIA, SIGNATURES]


def test_a_trainer_never_sees_a_signature_in_the_image_chooser(client, images):
    lesson_image, signature = images
    trainer = client_of(client, roles.TRAINER)
    html = modal_html(trainer.get(IMAGE_CHOOSER))
    assert lesson_image.title in html and signature.title not in html
    html = modal_html(trainer.get(IMAGE_CHOOSER + "results/", {"q": "signature"}))
    assert signature.title not in html
    html = modal_html(
        trainer.get(IMAGE_CHOOSER + "results/", {"collection_id": signature.collection_id})
    )
    assert signature.title not in html
    assert signature.title not in trainer.get("/admin/images/").content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/images/{id}/",
        "/admin/images/{id}/preview/original/",
        "/admin/images/chooser/chosen/{id}/",
        "/admin/images/{id}/delete/",
    ],
)
def test_a_trainer_cannot_fetch_a_signature_through_the_admin(client, images, url):
    lesson_image, signature = images
    trainer = client_of(client, roles.TRAINER)
    response = trainer.get(url.format(id=signature.pk))
    assert refused(response) or response.status_code == 404  # the URL generator: not found
    if "delete" not in url:  # the same address answers for an image of the course media
        assert trainer.get(url.format(id=lesson_image.pk)).status_code == 200


@pytest.mark.parametrize("role", [roles.ADMINISTRATOR, roles.PROGRAMME_MANAGER])
def test_the_signature_chooser_lists_only_signatures(client, images, role):
    lesson_image, signature = images
    staff = client_of(client, role)
    html = modal_html(staff.get(SIGNATURE_CHOOSER))
    assert signature.title in html and lesson_image.title not in html
    assert "collection_id" not in html  # one collection: no collection filter
    html = modal_html(staff.get(SIGNATURE_CHOOSER + "results/", {"q": "harbour"}))
    assert lesson_image.title not in html


def test_a_trainer_cannot_open_the_signature_chooser(client, images):
    trainer = client_of(client, roles.TRAINER)
    assert refused(trainer.get(SIGNATURE_CHOOSER))
    assert refused(trainer.get(SIGNATURE_CHOOSER + "results/"))


def test_an_image_uploaded_in_the_signature_chooser_is_a_signature(client):
    administrator = client_of(client, roles.ADMINISTRATOR)
    other = Collection.objects.get(name=COURSE_MEDIA)
    response = administrator.post(
        SIGNATURE_CHOOSER + "create/",
        {
            "image-chooser-upload-title": "Signature of Kervin",
            "image-chooser-upload-file": SimpleUploadedFile(
                "kervin.png", get_test_image_file().file.getvalue(), content_type="image/png"
            ),
            "image-chooser-upload-collection": other.pk,  # ignored: signatures only
            "image-chooser-upload-tags": "",
        },
    )
    assert response.status_code == 200
    image = get_image_model().objects.get(title="Signature of Kervin")
    assert image.collection.name == SIGNATURES


def template_form(template, signature_id) -> dict:
    return {
        "name": template.name,
        "is_default": "on",
        "title": template.title,
        "body": template.body,
        "issuing_authority": "CT Academy",
        "signatory_1_name": "Sandra Fontenelle",
        "signatory_1_title": "Coordinator",
        "signatory_1_signature": signature_id,
        "course_choices-TOTAL_FORMS": "0",
        "course_choices-INITIAL_FORMS": "0",
        "course_choices-MIN_NUM_FORMS": "0",
        "course_choices-MAX_NUM_FORMS": "1000",
    }


def test_a_template_signs_only_with_a_signature_image(client, images):
    lesson_image, signature = images
    administrator = client_of(client, roles.ADMINISTRATOR)
    template = CertificateTemplate.objects.get(is_default=True)
    edit = reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk])
    html = administrator.get(edit).content.decode()
    assert SIGNATURE_CHOOSER in html  # the signature fields open the signature chooser
    response = administrator.post(edit, template_form(template, lesson_image.pk))
    assert response.status_code == 200
    template.refresh_from_db()
    assert template.signatory_1_signature_id is None
    response = administrator.post(edit, template_form(template, signature.pk))
    assert response.status_code == 302
    template.refresh_from_db()
    assert template.signatory_1_signature_id == signature.pk


def test_a_signature_already_chosen_outside_the_collection_stays_accepted(client, images):
    """An image that code put elsewhere (the root) keeps the template savable as it is; a new
    choice must still be a signature."""
    lesson_image, signature = images
    elsewhere = get_image_model().objects.create(
        title="Old signature",
        file=get_test_image_file(),
        collection=Collection.get_first_root_node(),
    )
    template = CertificateTemplate.objects.get(is_default=True)
    template.signatory_1_signature = elsewhere
    template.save()
    administrator = client_of(client, roles.ADMINISTRATOR)
    edit = reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk])
    assert administrator.post(edit, template_form(template, elsewhere.pk)).status_code == 302
    assert administrator.post(edit, template_form(template, lesson_image.pk)).status_code == 200
    template.refresh_from_db()
    assert template.signatory_1_signature_id == elsewhere.pk
