"""Public verification of certificates, and downloads for holders and staff."""

import hashlib
import logging

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from certificates import selectors
from certificates.codes import CodeError, code_check, code_format
from certificates.forms import VerifyCodeForm, VerifyUploadForm
from certificates.models import CertificateStatus
from core.downloads import PDF, open_stored, private_download

logger = logging.getLogger(__name__)


def _client_ip(group, request) -> str:
    """The client's address by allauth's rule (TRUSTED_PROXY_COUNT proxies in front), the same
    address the login limits count."""
    return get_adapter(request).get_client_ip(request)


def _limited(request, action: str):
    """A 429 response when this client has verified too often, else None. django-ratelimit in
    the default cache (Redis in production, shared by every worker), each rate of
    `CERTIFICATE_VERIFY_RATE_LIMITS[action]` counted on its own; GET requests count too."""
    rates = settings.CERTIFICATE_VERIFY_RATE_LIMITS[action].split(",")
    limited = False
    try:
        for rate in rates:  # every rate is counted, even once one is exceeded
            limited |= is_ratelimited(
                request,
                group=f"certificates.{action}.{rate}",
                key=_client_ip,
                rate=rate,
                increment=True,
            )
    except Exception:  # noqa: BLE001 - the cache (Redis) is down: verification still answers
        logger.warning(
            "Certificate verification limits not counted: cache unavailable", exc_info=True
        )
        return None
    if limited:
        response = render(request, "certificates/rate_limited.html", status=429)
        response["Retry-After"] = "60"
        return _private(response)
    return None


def _private(response):
    """Verification pages show a person's name: never cached, never indexed."""
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    # Django's "same-origin" referrer policy already keeps the code from leaving the site;
    # "no-referrer" would make browsers send `Origin: null` and fail the upload's CSRF check.
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    """The form: type a code (GET ?code=) or upload a PDF (POST)."""
    code_form = VerifyCodeForm(request.GET or None)
    upload_form = VerifyUploadForm()
    result = None
    uploaded = False
    if request.method == "POST":
        if limited := _limited(request, "verify_upload"):
            return limited
        upload_form = VerifyUploadForm(request.POST, request.FILES)
        code_form = VerifyCodeForm()
        if upload_form.is_valid():
            digest = hashlib.sha256()
            for chunk in upload_form.cleaned_data["pdf"].chunks():
                digest.update(chunk)
            result = selectors.verification_by_sha256(sha256=digest.hexdigest())
            uploaded = True
    elif code_form.is_bound:
        # Checking the form looks nothing up; the page it redirects to counts the request.
        if code_form.is_valid():
            code = code_format(code_form.cleaned_data["code"])
            return redirect("certificates_verify_code", code=code)
    response = render(
        request,
        "certificates/verify.html",
        {
            "code_form": code_form,
            "upload_form": upload_form,
            "result": result,
            "uploaded": uploaded,
        },
        status=200,
    )
    return _private(response)


@never_cache
def verify_code(request, code: str):
    if limited := _limited(request, "verify"):
        return limited
    try:
        normalised = code_check(code)
    except CodeError as error:
        response = render(
            request,
            "certificates/verify_result.html",
            {"code": code[:40], "error": str(error), "result": None},
            status=404,
        )
        return _private(response)
    if code != code_format(normalised):
        return redirect("certificates_verify_code", code=code_format(normalised))
    result = selectors.verification_by_code(code=normalised)
    response = render(
        request,
        "certificates/verify_result.html",
        {"code": code_format(normalised), "result": result},
        status=200 if result else 404,
    )
    return _private(response)


@never_cache
@login_required
def download(request, code: str):
    """The PDF, as an attachment, for the holder and staff; 404 for anyone else (a code does
    not tell a stranger whether a certificate exists)."""
    try:
        normalised = code_check(code)
    except CodeError as error:
        raise Http404("No such certificate") from error
    certificate = selectors.certificate_for_download(code=normalised)
    if (
        certificate is not None
        and certificate.status == CertificateStatus.SUPERSEDED
        and certificate.enrolment.user_id == request.user.pk
    ):
        current = selectors.verification_by_code(code=certificate.code).replaced_by
        if current is not None:  # the holder's old link: their reissued certificate
            return redirect("certificates_download", code=current.display_code)
    if certificate is None or not selectors.user_can_download(
        user=request.user, certificate=certificate
    ):
        raise Http404("No such certificate")
    # Recorded but lost from storage: "not ready" until an administrator re-renders it.
    handle = open_stored(certificate.pdf) if certificate.is_rendered else None
    if handle is None:
        return render(
            request, "certificates/not_ready.html", {"certificate": certificate}, status=404
        )
    return private_download(
        handle, filename=f"CT-Academy-certificate-{certificate.display_code}.pdf", content_type=PDF
    )
