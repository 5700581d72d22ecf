"""Admin screens: the list of issued certificates (programme managers, administrators) and one
certificate's page, where administrators revoke, reissue and re-render it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from certificates import selectors, services
from certificates.forms import ReissueForm, RevokeForm
from certificates.models import Certificate, CertificateStatus, CertificateTemplate
from courses.models import CoursePage

PAGE_SIZE = 50
STATUS_CHOICES = [
    ("", "All"),
    ("valid", "Valid"),
    ("revoked", "Revoked"),
    ("superseded", "Superseded"),
    ("expired", "Expired"),
    ("unrendered", "PDF not rendered yet"),
]


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class CertificatesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "certificates/admin/list.html"
    page_title = "Certificates"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("certificates.view_certificate"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def filters(self, data) -> dict:
        return {
            "status": data.get("status", "") if data.get("status") in dict(STATUS_CHOICES) else "",
            "course_id": _int_or_none(data.get("course")),
            "template_id": _int_or_none(data.get("template")),
            "q": (data.get("q") or "")[:100],
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = self.filters(self.request.GET)
        certificates = selectors.certificates_for_admin(**filters)
        page = Paginator(certificates, PAGE_SIZE).get_page(self.request.GET.get("p"))
        query = {k: v for k, v in self.request.GET.items() if k != "p" and v}
        context.update(
            certificates=page,
            filters=filters,
            status_choices=STATUS_CHOICES,
            courses=CoursePage.objects.order_by("title").only("pk", "title"),
            templates=CertificateTemplate.objects.only("pk", "name"),
            query=urlencode(query),
            can_rerender=self.request.user.has_perm("certificates.rerender_certificate"),
        )
        return context

    def post(self, request, *args, **kwargs):
        """Re-render the selected certificates, or every one that matches the filters."""
        if not request.user.has_perm("certificates.rerender_certificate"):
            raise PermissionDenied
        if request.POST.get("scope") == "matching":
            ids = list(
                selectors.certificates_for_admin(**self.filters(request.POST)).values_list(
                    "pk", flat=True
                )
            )
        else:
            ids = [i for i in map(_int_or_none, request.POST.getlist("selected")) if i]
        if not ids:
            messages.warning(request, "Select the certificates to re-render first.")
        else:
            count = services.certificates_rerender(
                ids=ids,
                actor=request.user,
                switch_to_course_template=request.POST.get("switch_template") == "on",
            )
            messages.success(
                request,
                f"{count} certificate(s) will be rendered again with their template as it is "
                "now; their codes do not change.",
            )
        back = request.POST.get("query", "")
        return redirect(reverse("certificates_admin_list") + (f"?{back}" if back else ""))


class CertificateDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "certificates/admin/detail.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("certificates.view_certificate"):
            raise PermissionDenied
        self.certificate = get_object_or_404(
            Certificate.objects.select_related(
                "template", "enrolment__user", "replaces", "status_changed_by"
            ),
            pk=kwargs["certificate_id"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Certificate {self.certificate.display_code}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificates_admin_list"), "label": "Certificates"},
            {"url": "", "label": self.certificate.display_code},
        ]

    def get_context_data(self, revoke_form=None, reissue_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        certificate = self.certificate
        user = certificate.enrolment.user
        can_change = self.request.user.has_perm("certificates.revoke_certificate")
        context.update(
            certificate=certificate,
            holder=user,
            replaced_by=Certificate.objects.filter(replaces=certificate).first(),
            pdfs=certificate.pdfs.all(),
            can_change=can_change and certificate.status == CertificateStatus.VALID,
            can_reinstate=can_change and certificate.status == CertificateStatus.REVOKED,
            can_rerender=self.request.user.has_perm("certificates.rerender_certificate")
            and certificate.status != CertificateStatus.SUPERSEDED,
            revoke_form=revoke_form or RevokeForm(),
            reissue_form=reissue_form
            or ReissueForm(initial={"holder_name": certificate.holder_name}),
        )
        return context

    def with_reason(self, request, service, done: str):
        """Revoke or reinstate: a reason is required and recorded."""
        form = RevokeForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Give the reason; it is recorded.")
            return self.render_to_response(self.get_context_data(revoke_form=form))
        try:
            service(
                certificate=self.certificate,
                actor=request.user,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, done)
        return redirect("certificates_admin_detail", certificate_id=self.certificate.pk)

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        certificate = self.certificate
        if action == "rerender":
            if not request.user.has_perm("certificates.rerender_certificate"):
                raise PermissionDenied
            services.certificates_rerender(ids=[certificate.pk], actor=request.user)
            messages.success(request, "The PDF will be rendered again; the code stays the same.")
            return redirect("certificates_admin_detail", certificate_id=certificate.pk)
        if not request.user.has_perm("certificates.revoke_certificate"):
            raise PermissionDenied
        if action == "reinstate":
            return self.with_reason(
                request,
                services.certificate_reinstate,
                "Certificate reinstated: its code verifies again.",
            )
        if action == "revoke":
            return self.with_reason(
                request,
                services.certificate_revoke,
                "Certificate revoked. Its code now shows as revoked.",
            )
        if action == "reissue":
            form = ReissueForm(request.POST)
            if form.is_valid():
                try:
                    new = services.certificate_reissue(
                        certificate=certificate,
                        actor=request.user,
                        holder_name=form.cleaned_data["holder_name"],
                        reason=form.cleaned_data["reason"],
                    )
                except ValidationError as error:
                    form.add_error(None, error)
                else:
                    messages.success(
                        request,
                        f"Reissued as {new.display_code}; the old code now points to it.",
                    )
                    return redirect("certificates_admin_detail", certificate_id=new.pk)
            return self.render_to_response(self.get_context_data(reissue_form=form))
        messages.error(request, "Unknown action.")
        return redirect("certificates_admin_detail", certificate_id=certificate.pk)
