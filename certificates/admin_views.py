"""Admin screens for certificates (programme managers read, administrators act): the listing,
a Wagtail index view whose rows administrators select for the bulk actions "Re-render" and
"Revoke", and one certificate's page, where administrators revoke, reinstate, reissue and
re-render it."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.forms.search import SearchForm
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from certificates import filters, selectors, services
from certificates.forms import ReissueForm, RevokeForm
from certificates.models import Certificate, CertificateStatus

RERENDER = "certificates.rerender_certificate"
REVOKE = "certificates.revoke_certificate"
# Query parameters of the listing that are not filters.
NOT_FILTERS = {"p", "_w_filter_fragment", "export", "id", "next"}


class CertificateIndexView(IndexView):
    """Everyone with `view_certificate` reads the list; those who may re-render or revoke also
    get the row checkboxes, the bulk actions and (re-render) the "Re-render all matching"
    button, which hands the listing's filters to the bulk action."""

    permission_required = "view"
    any_permission_required = None
    page_title = _("Certificates")

    def get_base_queryset(self):
        return selectors.certificates_for_admin()

    def get_search_form(self):
        data = self.request.GET if self.search_kwarg in self.request.GET else None
        return SearchForm(data, placeholder=gettext("Code, name, e-mail, course"))

    def search_queryset(self, queryset):
        return selectors.certificates_search(queryset, self.search_query)

    @cached_property
    def can_act(self) -> bool:
        return any(self.request.user.has_perm(p) for p in (RERENDER, REVOKE))

    @cached_property
    def columns(self):
        columns = super().columns
        if self.can_act:
            return [BulkActionsCheckboxColumn("bulk_actions", obj_type="certificate"), *columns]
        return columns

    def rerender_matching_url(self) -> str:
        """The re-render bulk action over every certificate the current filters match."""
        query = self.request.GET.copy()
        for name in NOT_FILTERS:
            query.pop(name, None)
        back = self.index_url + (f"?{query.urlencode()}" if query else "")
        query["id"] = "all"
        query["next"] = back
        url = reverse("wagtail_bulk_action", args=["certificates", "certificate", "rerender"])
        return f"{url}?{query.urlencode()}"

    @cached_property
    def header_buttons(self):
        buttons = [
            HeaderButton(
                gettext("Certificate templates"),
                url=reverse("wagtailsnippets_certificates_certificatetemplate:list"),
                icon_name="doc-full",
                priority=20,
            )
        ]
        if self.request.user.has_perm(RERENDER):
            buttons.append(
                HeaderButton(
                    gettext("Re-render all matching"),
                    url=self.rerender_matching_url(),
                    icon_name="resubmit",
                    priority=10,
                )
            )
        return buttons


# Bulk actions ----------------------------------------------------------------------------------


class CertificateBulkAction(BulkAction):
    """Selected rows, or every row the listing's filters match ("all in listing"). Rows the
    action does not apply to are named on the confirmation page and left as they are."""

    models = [Certificate]
    permission = ""
    template_name = "certificates/admin/bulk_confirm.html"
    heading = ""
    not_applicable = ""  # what the confirmation page says of the rows left as they are
    button = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def get_queryset(cls, model, object_ids):
        if isinstance(object_ids, list):
            object_ids = [i for i in object_ids if i.isdigit()]
        return list(selectors.certificates_for_admin().filter(pk__in=object_ids))

    def get_all_objects_in_listing_query(self, parent_id):
        matching = filters.certificates_matching(self.request)
        if matching is None:
            return Certificate.objects.none().values_list("pk", flat=True)
        return matching.values_list("pk", flat=True)

    def get_execution_context(self):
        return {"actor": self.request.user, **self.cleaned_form.cleaned_data}


class RerenderForm(forms.Form):
    switch_to_course_template = forms.BooleanField(
        label=_("Also move each to its course's current template"), required=False
    )


class RerenderBulkAction(CertificateBulkAction):
    display_name = _("Re-render")
    action_type = "rerender"
    aria_label = _("Re-render the PDFs of the selected certificates")
    action_priority = 10
    permission = RERENDER
    form_class = RerenderForm
    heading = _("Re-render certificates")
    not_applicable = _("Superseded by a reissue, so left as they are:")
    button = _("Re-render")

    def check_perm(self, certificate):
        return certificate.status != CertificateStatus.SUPERSEDED

    @classmethod
    def execute_action(cls, objects, actor=None, switch_to_course_template=False, **kwargs):
        count = services.certificates_rerender(
            ids=[c.pk for c in objects],
            actor=actor,
            switch_to_course_template=switch_to_course_template,
        )
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)s certificate will be rendered again with its template as it is now; "
            "its code does not change.",
            "%(count)s certificates will be rendered again with their template as it is now; "
            "their codes do not change.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class RevokeBulkAction(CertificateBulkAction):
    display_name = _("Revoke")
    action_type = "revoke"
    aria_label = _("Revoke the selected certificates")
    action_priority = 20
    classes = {"serious"}
    permission = REVOKE
    form_class = RevokeForm
    heading = _("Revoke certificates")
    not_applicable = _("Not valid, so not revoked:")
    button = _("Revoke")

    def check_perm(self, certificate):
        return certificate.status == CertificateStatus.VALID

    @classmethod
    def execute_action(cls, objects, actor=None, reason="", **kwargs):
        revoked = 0
        for certificate in objects:
            try:
                services.certificate_revoke(certificate=certificate, actor=actor, reason=reason)
            except services.CertificateStateError:
                continue  # changed by someone else since the page was shown
            revoked += 1
        return revoked, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)s certificate revoked; its code now shows as revoked.",
            "%(count)s certificates revoked; their codes now show as revoked.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


# One certificate -------------------------------------------------------------------------------


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
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Certificate %(code)s") % {"code": self.certificate.display_code}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificates_admin:index"), "label": gettext("Certificates")},
            {"url": "", "label": self.certificate.display_code},
        ]

    def get_context_data(self, revoke_form=None, reissue_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        certificate = self.certificate
        user = certificate.enrolment.user
        can_change = self.request.user.has_perm(REVOKE)
        context.update(
            certificate=certificate,
            holder=user,
            replaced_by=Certificate.objects.filter(replaces=certificate).first(),
            pdfs=certificate.pdfs.all(),
            can_change=can_change and certificate.status == CertificateStatus.VALID,
            can_reinstate=can_change and certificate.status == CertificateStatus.REVOKED,
            can_rerender=self.request.user.has_perm(RERENDER)
            and certificate.status != CertificateStatus.SUPERSEDED,
            revoke_form=revoke_form or RevokeForm(),
            reissue_form=reissue_form
            or ReissueForm(initial={"holder_name": certificate.holder_name}),
        )
        return context

    def back(self, certificate=None):
        return redirect("certificates_admin:detail", pk=(certificate or self.certificate).pk)

    def with_reason(self, request, service, done: str):
        """Revoke or reinstate: a reason is required and recorded."""
        form = RevokeForm(request.POST)
        if not form.is_valid():
            messages.error(request, gettext("Give the reason; it is recorded."))
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
        return self.back()

    def reissue(self, request):
        form = ReissueForm(request.POST)
        if form.is_valid():
            try:
                new = services.certificate_reissue(
                    certificate=self.certificate,
                    actor=request.user,
                    holder_name=form.cleaned_data["holder_name"],
                    reason=form.cleaned_data["reason"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    gettext("Reissued as %(code)s; the old code now points to it.")
                    % {"code": new.display_code},
                )
                return self.back(new)
        return self.render_to_response(self.get_context_data(reissue_form=form))

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "rerender":
            if not request.user.has_perm(RERENDER):
                raise PermissionDenied
            services.certificates_rerender(ids=[self.certificate.pk], actor=request.user)
            messages.success(
                request, gettext("The PDF will be rendered again; the code stays the same.")
            )
            return self.back()
        if not request.user.has_perm(REVOKE):
            raise PermissionDenied
        if action == "reinstate":
            return self.with_reason(
                request,
                services.certificate_reinstate,
                gettext("Certificate reinstated: its code verifies again."),
            )
        if action == "revoke":
            return self.with_reason(
                request,
                services.certificate_revoke,
                gettext("Certificate revoked. Its code now shows as revoked."),
            )
        if action == "reissue":
            return self.reissue(request)
        messages.error(request, gettext("Unknown action."))
        return self.back()
