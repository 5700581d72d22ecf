"""Project-wide request guards."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _


class RequestSizeLimitMiddleware:
    """Refuse a request whose declared body is larger than REQUEST_BODY_MAX_BYTES with 413,
    before anything reads the body (Django's own limit, DATA_UPLOAD_MAX_MEMORY_SIZE, leaves
    file uploads out, so a 200 MB upload would otherwise be streamed to disk first)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.REQUEST_BODY_MAX_BYTES:
            limit_mb = settings.REQUEST_BODY_MAX_BYTES // (1024 * 1024)
            return HttpResponse(
                _("This upload is too large: at most %(limit)s MB may be sent.")
                % {"limit": limit_mb},
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
