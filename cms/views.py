"""Plain views of the public site."""

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# Crawlers may read the public site; nothing personal, administrative or per-learner.
ROBOTS_DISALLOW = ["/admin/", "/accounts/", "/learn/", "/reports/", "/certificates/"]


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def document_serve(request, document_id: int, document_filename: str):
    """Wagtail's document serve view (its hooks check who may read the document), then: a
    document for practitioners must not be kept by a shared cache or the browser.

    From a local folder Wagtail answers 404 for a file that is gone; from a bucket (no local
    path: Wagtail streams the storage's file) the storage raises, and that is a 404 too."""
    from wagtail.documents.views.serve import serve

    from cms.selectors import document_is_public

    try:
        response = serve(request, document_id, document_filename)
    except FileNotFoundError as error:
        raise Http404("The document's file is no longer available.") from error
    if response.status_code == 200 and not document_is_public(document_id):
        patch_cache_control(response, private=True, no_store=True)
    if response.get("Content-Encoding") == "None":  # Wagtail's sendfile writes a missing one so
        del response["Content-Encoding"]
    return response
