from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from certificates import admin_views
from certificates.models import CertificateTemplate
from certificates.viewsets import CertificateTemplateViewSet
from core.admin_menu import PermissionMenuItem

register_snippet(CertificateTemplateViewSet)


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


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "certificates/",
            admin_views.CertificatesView.as_view(),
            name="certificates_admin_list",
        ),
        path(
            "certificates/<int:certificate_id>/",
            admin_views.CertificateDetailView.as_view(),
            name="certificates_admin_detail",
        ),
    ]


@hooks.register("register_admin_menu_item")
def certificates_menu_item():
    return PermissionMenuItem(
        "Certificates",
        reverse("certificates_admin_list"),
        icon_name="doc-full",
        order=235,
        permission="certificates.view_certificate",
    )
