"""Admin and serving hooks of the public site."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import BaseViewRestriction

from accounts.mfa import second_factor_required_response
from accounts.selectors import user_staff_powers_suspended
from cms.selectors import document_readable_by


def _kept_for_groups(restrictions) -> bool:
    return any(r.restriction_type == BaseViewRestriction.GROUPS for r in restrictions)


@hooks.register("before_serve_page")
def check_group_privacy_for_staff(page, request, serve_args, serve_kwargs):
    """Wagtail opens a page kept private to groups to superusers and to members of those groups
    (staff roles are groups): a staff session must pass the second factor first. The page's
    restrictions come from the cache; the reader's roles are read only for a page kept for
    groups."""
    if _kept_for_groups(page.get_view_restrictions()) and user_staff_powers_suspended(request.user):
        return second_factor_required_response(request)
    return None


@hooks.register("before_serve_document")
def check_group_privacy_of_collection_for_staff(document, request):
    """The same for documents of a collection kept private to groups."""
    if user_staff_powers_suspended(request.user) and _kept_for_groups(
        document.collection.get_view_restrictions()
    ):
        return second_factor_required_response(request)
    return None


@hooks.register("before_serve_document")
def check_library_document_access(document, request):
    """Every document download passes here (WAGTAILDOCS_SERVE_METHOD = "serve_view"; the files
    have no public URL). A document for practitioners needs a signed-in, approved member of
    one of its audiences, or staff who manage documents."""
    if document_readable_by(document, request.user):
        return None
    if not request.user.is_authenticated:
        messages.info(
            request,
            _("“%(title)s” is for practitioners: log in to read it.") % {"title": document.title},
        )
        return redirect_to_login(request.get_full_path())
    response = TemplateResponse(
        request, "cms/document_forbidden.html", {"document": document}, status=403
    )
    add_never_cache_headers(response)
    return response
