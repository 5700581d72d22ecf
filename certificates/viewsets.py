"""The certificate template snippet (administrators)."""

from wagtail.snippets.views.snippets import SnippetViewSet

from certificates.models import CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = "Certificate templates"
    list_display = ["name", "title", "issuing_authority", "is_default", "updated_at"]
    search_fields = ["name"]
    copy_view_enabled = True
