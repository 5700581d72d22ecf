from django.urls import path, reverse
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from certificates import admin_views
from certificates.viewsets import CertificateTemplateViewSet

register_snippet(CertificateTemplateViewSet)


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
    return admin_views.CertificatesMenuItem(
        "Certificates", reverse("certificates_admin_list"), icon_name="doc-full", order=235
    )
