"""Project-wide request guards."""

from django.conf import settings
from django.db import DataError
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from core.i18n import language_or_default


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


def _is_out_of_range(error: Exception) -> bool:
    """An id or number the database cannot take: too large (SQLite's OverflowError,
    PostgreSQL's numeric_value_out_of_range, SQLSTATE 22003, or invalid text, 22P02), or not a
    number at all where a view looks an id up as given (Django's "Field 'id' expected a number
    but got ..." ValueError, raised before any query; Wagtail's choosers take ids as strings)."""
    if isinstance(error, OverflowError):
        return True
    if type(error) is ValueError and "expected a number but got" in str(error):
        return True
    cause = getattr(error, "__cause__", None)
    return isinstance(error, DataError) and getattr(cause, "sqlstate", "") in {"22003", "22P02"}


def bad_request(request) -> HttpResponse:
    return render(request, "400.html", status=400)


class BadInputMiddleware:
    """What a browser can send but no page means: a NUL character anywhere in the address,
    the query or the form (PostgreSQL cannot store one; SQLite's full-text search chokes on
    it), or a number beyond what the database holds, reaching any view (ours are bounded by
    the `id` converter and core.forms; Wagtail's and django-filter's are not). Each is a 400
    with a plain explanation, never a server error. A `next` that is not a path is dropped."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or "%00" in request.META.get("QUERY_STRING", ""):
            return bad_request(request)
        if request.method == "POST":
            try:  # CsrfViewMiddleware reads the form before any view too
                has_nul = any("\x00" in value for value in _values(request.POST))
            except Exception:  # noqa: BLE001 - a body Django cannot parse: let the view say so
                has_nul = False
            if has_nul:
                return bad_request(request)
        _drop_unsafe_next(request)
        return self.get_response(request)

    def process_exception(self, request, exception):
        # A form posted without a field its view reads with POST["..."] (Wagtail's formsets'
        # "-count" fields, say): incomplete, not broken.
        if _is_out_of_range(exception) or isinstance(exception, MultiValueDictKeyError):
            return bad_request(request)
        return None


def _drop_unsafe_next(request) -> None:
    """A `next` address that is not a path of this site is dropped, as if not sent: views that
    redirect to it (Wagtail's bulk actions among them) would otherwise take "a&b" for a URL
    pattern's name and fail, and an absolute one is an open redirect. The views then use their
    own default."""
    for name in ("GET", "POST"):
        if name == "POST" and request.method != "POST":
            continue
        data = getattr(request, name)
        value = data.get("next")
        if value is not None and not (
            value.startswith("/")
            and url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()})
        ):
            data = data.copy()
            del data["next"]
            setattr(request, name, data)


def _values(data):
    for key in data:
        yield key
        yield from data.getlist(key)


class LanguageCookieMiddleware:
    """The language a reader chose with the footer's form (Django's language cookie, set by
    `set_language`), else the default. Unlike Django's LocaleMiddleware it ignores the
    browser's Accept-Language: editors translate pages one by one, and a half-translated site
    nobody asked for helps no one. Addresses stay the same in every language, so no rule that
    looks at a path (the second factor for /reports/, robots.txt) can be sidestepped with a
    language prefix. Wagtail serves a page's translation in the active language when an editor
    made one, else the page itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        translation.activate(
            language_or_default(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME))
        )
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response
