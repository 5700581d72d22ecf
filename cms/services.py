"""Writes for the public site."""

from django.db import transaction

from cms.models import LibraryDocument, LibraryDocumentAudience


@transaction.atomic
def library_document_audiences_set(*, document: LibraryDocument, audiences) -> bool:
    """Make these the audiences the document is for. Returns whether anything changed."""
    wanted = set(audiences)
    removed, _ = document.audience_links.exclude(audience__in=wanted).delete()
    existing = set(document.audience_links.values_list("audience", flat=True))
    LibraryDocumentAudience.objects.bulk_create(
        LibraryDocumentAudience(document=document, audience=audience)
        for audience in sorted(wanted - existing)
    )
    document.__dict__.pop("audience_values", None)
    return bool(removed or wanted - existing)
