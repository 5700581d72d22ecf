"""Admin screens (inside Wagtail's admin) for programme managers and administrators:
the audience-approval queue, CSV import of learners, and erasure of a learner."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.forms import LearnersImportForm
from accounts.imports import ImportFileError, learners_import
from accounts.models import User
from accounts.selectors import profiles_awaiting_approval
from accounts.services import membership_decide, user_erase


class PermissionRequiredMixin:
    permission: str

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ApprovalQueueView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission = "accounts.approve_membership"
    template_name = "accounts/admin/approval_queue.html"
    page_title = _("Audience approvals")
    header_icon = "tick-inverse"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["profiles"] = profiles_awaiting_approval()[:200]
        return context


@require_POST
def membership_decision(request, profile_id: int):
    decision = request.POST.get("decision")
    if decision not in {"approve", "reject"}:
        messages.error(request, _("Choose approve or reject."))
        return redirect("accounts_admin_approvals")
    result = membership_decide(
        profile_id=profile_id, approve=decision == "approve", actor=request.user
    )
    if result.changed:
        status = result.profile.get_membership_status_display().lower()
        messages.success(
            request,
            gettext("%(email)s: %(status)s. They have been told by e-mail.")
            % {"email": result.profile.user.email, "status": status},
        )
    else:
        messages.info(
            request,
            gettext("%(email)s had already been decided.") % {"email": result.profile.user.email},
        )
    return redirect("accounts_admin_approvals")


class LearnersImportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    permission = "accounts.import_learners"
    template_name = "accounts/admin/learners_import.html"
    page_title = _("Import learners")
    header_icon = "upload"
    form_class = LearnersImportForm

    def form_valid(self, form):
        try:
            result = learners_import(data=form.cleaned_data["file"].read(), actor=self.request.user)
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        if not result.ok:
            return self.render_to_response(self.get_context_data(form=form, errors=result.errors))
        messages.success(
            self.request,
            gettext("Imported: %(created)s new learners (invitations sent), %(updated)s updated.")
            % {"created": len(result.created), "updated": len(result.updated)},
        )
        return redirect("accounts_admin_import")


class EraseLearnerView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission = "accounts.erase_learner"
    template_name = "accounts/admin/erase_confirm.html"
    page_title = _("Erase a learner's personal data")
    header_icon = "bin"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["subject"] = get_object_or_404(User, pk=self.kwargs["user_id"])
        return context

    def post(self, request, user_id: int):
        subject = get_object_or_404(User, pk=user_id)
        if request.POST.get("confirm_email", "").strip().lower() != subject.email:
            messages.error(request, _("Type the learner's e-mail address exactly to confirm."))
            return redirect("accounts_admin_erase", user_id=user_id)
        try:
            user_erase(user=subject, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("accounts_admin_erase", user_id=user_id)
        messages.success(request, gettext("User #%(id)s has been erased.") % {"id": user_id})
        return redirect("wagtailusers_users:index")
