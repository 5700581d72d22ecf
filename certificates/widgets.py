"""The widget of a certificate template's signature fields: Wagtail's image chooser, opening
the chooser of signature images (certificates.choosers) instead of every image."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.widgets import AdminImageChooser

NAMESPACE = "certificates_signature_chooser"


class SignatureImageChooser(AdminImageChooser):
    chooser_modal_url_name = f"{NAMESPACE}:choose"
    choose_one_text = _("Choose a signature image")
    choose_another_text = _("Change signature image")
