"""The signature image chooser of certificate templates: Wagtail's image chooser, limited to
the "Certificate signatures" collection (certificates.collections). Its listing and search show
only those images, its upload tab puts a new image there, and only people who may choose images
in that collection open it (administrators and programme managers). Choosing goes through
Wagtail's own "chosen" step, which checks the choose permission again; the template form then
accepts only an image of the collection (certificates.models.CertificateTemplateForm)."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.images.views.chooser import (
    ImageChooseResultsView,
    ImageChooserViewSet,
    ImageChooseView,
    ImageUploadView,
)
from wagtail.permissions import policy_registry

from certificates.collections import signatures_collection
from certificates.widgets import NAMESPACE


def _signatures_permitted(user, action: str):
    """The signatures collection, if `user` may `action` images in it."""
    collection = signatures_collection()
    if collection is None:
        return None
    policy = policy_registry.get_by_type(get_image_model())
    permitted = policy.collections_user_has_permission_for(user, action)
    return collection if permitted.filter(pk=collection.pk).exists() else None


class SignatureImagesMixin:
    def dispatch(self, request, *args, **kwargs):
        if _signatures_permitted(request.user, "choose") is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_object_list(self):
        # By the collection's id: the search backend filters on `collection_id` only.
        collection = signatures_collection()
        images = super().get_object_list()
        return images.filter(collection_id=collection.pk) if collection else images.none()

    @cached_property
    def collections(self):
        return None  # one collection: no collection filter

    @cached_property
    def is_multiple_choice(self):
        # A certificate's signatory takes one signature: `?multiple=1` (which Wagtail's image
        # chooser honours) lists single choices here, as there is no "chosen several" view.
        return False

    def can_create(self):
        return _signatures_permitted(self.request.user, "add") is not None

    def get_creation_form(self):
        form = super().get_creation_form()
        if form is not None:
            form.fields.pop("collection", None)
            form.instance.collection = signatures_collection()
        return form


class SignatureChooseView(SignatureImagesMixin, ImageChooseView):
    page_title = _("Choose a signature image")


class SignatureChooseResultsView(SignatureImagesMixin, ImageChooseResultsView):
    pass


class SignatureUploadView(SignatureImagesMixin, ImageUploadView):
    def post(self, request):
        if not self.can_create():
            raise PermissionDenied
        return super().post(request)

    def save_form(self, form):
        # A fresh copy of the image: the one saved holds the request's user (which carries
        # this session's second-factor check), and Wagtail caches the chosen image's preview
        # rendition, with its image, by pickling it.
        image = super().save_form(form)
        return type(image).objects.get(pk=image.pk)


class SignatureImageChooserViewSet(ImageChooserViewSet):
    choose_view_class = SignatureChooseView
    choose_results_view_class = SignatureChooseResultsView
    create_view_class = SignatureUploadView
    choose_one_text = _("Choose a signature image")
    choose_another_text = _("Choose another signature image")

    def get_urlpatterns(self):
        # Choosing one image goes through Wagtail's own chosen view (the image listing links
        # there); these are the listing, its results and the upload.
        return [
            path("", self.choose_view, name="choose"),
            path("results/", self.choose_results_view, name="choose_results"),
            path("create/", self.create_view, name="create"),
        ]


signature_chooser_viewset = SignatureImageChooserViewSet(
    NAMESPACE, model=get_image_model(), url_prefix="certificates/signature-images"
)
