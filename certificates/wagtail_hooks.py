from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from certificates.admin_views import RerenderBulkAction, RevokeBulkAction
from certificates.choosers import signature_chooser_viewset
from certificates.models import CertificateTemplate
from certificates.viewsets import CertificateTemplateViewSet, CertificateViewSet

register_snippet(CertificateTemplateViewSet)

for action_class in (RerenderBulkAction, RevokeBulkAction):
    hooks.register("register_bulk_action", action_class)


@hooks.register("register_admin_viewset")
def register_certificates_viewset():
    return CertificateViewSet()


@hooks.register("before_delete_snippet")
def refuse_deleting_templates_in_use(request, instances):
    """A template that certificates were issued from is part of their record (PROTECT)."""
    in_use = [
        t for t in instances if isinstance(t, CertificateTemplate) and t.certificates.exists()
    ]
    if in_use:
        names = ", ".join(t.name for t in in_use)
        messages.error(
            request,
            f"{names}: certificates were issued from this template, so it cannot be deleted. "
            "Move its courses to another template instead.",
        )
        return redirect("wagtailsnippets_certificates_certificatetemplate:list")
    return None


@hooks.register("register_admin_viewset")
def register_signature_chooser_viewset():
    return signature_chooser_viewset
