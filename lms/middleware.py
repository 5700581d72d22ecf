"""Project-wide request guards."""

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
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


class LanguageCookieMiddleware:
    """The language a reader chose with the footer's form (Django's language cookie, set by
    `set_language`), else the default. Unlike Django's LocaleMiddleware it ignores the
    browser's Accept-Language: the translations are partial, and a half-translated page
    nobody asked for helps no one. Addresses stay the same in every language, so no rule that
    looks at a path (the second factor for /reports/, robots.txt) can be sidestepped with a
    language prefix. Wagtail serves a page's translation in the active language when an editor
    made one, else the page itself."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in self.languages:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response
