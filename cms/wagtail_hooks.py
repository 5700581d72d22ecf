"""Admin and serving hooks of the public site."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from wagtail import hooks

from cms.selectors import document_readable_by


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
