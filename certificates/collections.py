"""Where certificate signatures live: the "Certificate signatures" image collection, which
only administrators and programme managers may choose, add to or change (migration
certificates/0003). Trainers' image rights are on its sibling "Course and site media", so no
lesson's image chooser ever shows a signature; a certificate template's signature fields accept
only images of this collection (certificates.models.CertificateTemplateForm) and choose them
with a chooser that lists only them (certificates.choosers)."""

from django.db.models import Q
from wagtail.models import Collection

SIGNATURES = "Certificate signatures"
COURSE_MEDIA = "Course and site media"


def signatures_collection() -> Collection | None:
    """The collection of signature images (a child of the root, made by the migration)."""
    return Collection.objects.filter(depth=2, name=SIGNATURES).first()


def signature_image_choices() -> Q:
    """The images a template's signature may be chosen from."""
    return Q(collection__depth=2, collection__name=SIGNATURES)
