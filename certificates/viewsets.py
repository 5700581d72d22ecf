"""Admin viewsets: the issued certificates (listing and each certificate's page) and the
certificate template snippet (administrators)."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates import admin_views
from certificates.filters import CertificateFilterSet
from certificates.models import Certificate, CertificateStatus, CertificateTemplate
from core.admin_menu import PermissionMenuItem


def _when(value, pattern: str = "j M Y") -> str:
    return formats.date_format(timezone.localtime(value), pattern)


def _holder(certificate: Certificate):
    return format_html(
        "{}<br><small>{}</small>", certificate.holder_name, certificate.enrolment.user.email
    )


def _status(certificate: Certificate):
    label = certificate.display_status.capitalize()
    if certificate.status_changed_at:
        return format_html("{}<br><small>{}</small>", label, _when(certificate.status_changed_at))
    return label


def _pdf(certificate: Certificate):
    if certificate.is_rendered and not certificate.needs_render:
        return gettext("Rendered %(moment)s") % {
            "moment": _when(certificate.rendered_at, "j M Y H:i")
        }
    if certificate.status != CertificateStatus.VALID:
        return "—"
    pending = gettext("Pending")
    if certificate.render_error:
        error = Truncator(certificate.render_error).chars(80)
        return format_html(
            "<strong>{}</strong><br><small>{}</small>",
            pending,
            gettext("Last error: %(error)s") % {"error": error},
        )
    return format_html("<strong>{}</strong>", pending)


class CertificateViewSet(ModelViewSet):
    """The listing (filters, search, paging, bulk re-render and revoke) and one certificate's
    page. Certificates are made by services only: no add, edit, copy or delete views."""

    model = Certificate
    url_prefix = "certificates"
    url_namespace = "certificates_admin"
    icon = "doc-full"
    menu_label = _("Certificates")
    menu_order = 235
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = admin_views.CertificateIndexView
    index_template_name = "certificates/admin/index.html"
    filterset_class = CertificateFilterSet
    search_fields = ["code", "holder_name", "enrolment__user__email", "course_title"]
    list_per_page = 50
    ordering = ["-issued_at", "-pk"]
    list_display = [
        TitleColumn(
            "code",
            label=_("Code"),
            accessor=lambda c: format_html("<code>{}</code>", c.display_code),
            get_url=lambda c: reverse("certificates_admin:detail", args=[c.pk]),
            get_title_id=lambda c: f"certificate_{c.pk}_title",
        ),
        Column("holder", label=_("Holder"), accessor=_holder, sort_key="holder_name"),
        Column("course_title", label=_("Course"), sort_key="course_title"),
        Column(
            "completed_on",
            label=_("Completed"),
            accessor=lambda c: formats.date_format(c.completed_on, "j M Y"),
            sort_key="completed_on",
        ),
        Column("status", label=_("Status"), accessor=_status),
        Column("pdf", label="PDF", accessor=_pdf),
        Column("template", label=_("Template"), accessor="template.name"),
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<id:pk>/", admin_views.CertificateDetailView.as_view(), name="detail"),
        ]

    @cached_property
    def url_finder_class(self):
        return type(
            "CertificateAdminURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("detail")},
        )

    def get_menu_item(self, order=None):
        return PermissionMenuItem(
            self.menu_label,
            self.menu_url,
            icon_name=self.menu_icon,
            order=self.get_menu_item_order(order),
            permission="certificates.view_certificate",
        )

    def get_permissions_to_register(self):
        """Those a role may be given in Groups: see the list, re-render, revoke and reissue."""
        return Permission.objects.filter(
            content_type__app_label="certificates",
            codename__in=["view_certificate", "rerender_certificate", "revoke_certificate"],
        )


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    list_display = ["name", "title", "issuing_authority", "is_default", "updated_at"]
    search_fields = ["name"]
    copy_view_enabled = True
