"""Staff must use a second factor before they reach the admin or the reports.

allauth has no switch that forces MFA, so this middleware does: for a user whose role requires
it (accounts.selectors.user_requires_mfa) on a protected path, it asks that
  1. the user has a TOTP authenticator (otherwise: go and set one up), and
  2. this session proved it: the login included the TOTP step, or the authenticator was
     activated in this session (activation itself takes a valid code).
Otherwise the user is sent to set up TOTP, or to log in again with the second factor."""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.signals import authenticator_added
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from accounts.selectors import user_has_totp, user_requires_mfa

SESSION_MFA_ACTIVATED = "accounts_mfa_activated"


def session_passed_mfa(request) -> bool:
    if request.session.get(SESSION_MFA_ACTIVATED) == request.user.pk:
        return True
    return any(r.get("method") == "mfa" for r in get_authentication_records(request, request.user))


@receiver(authenticator_added)
def remember_activation(sender, request, user, authenticator, **kwargs):
    if request is not None:
        request.session[SESSION_MFA_ACTIVATED] = user.pk


class RequireStaffMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(settings.MFA_REQUIRED_PATH_PREFIXES)

    def __call__(self, request):
        if request.path.startswith(self.prefixes) and request.user.is_authenticated:
            response = self.check(request)
            if response is not None:
                return response
        return self.get_response(request)

    def check(self, request):
        user = request.user
        if not user_requires_mfa(user):
            return None
        if not user_has_totp(user):
            messages.warning(
                request,
                "Staff accounts must use two-factor authentication. Set up an authenticator "
                "app to continue.",
            )
            next_query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('mfa_activate_totp')}?{next_query}")
        if not session_passed_mfa(request):
            logout(request)
            messages.info(request, "Log in again with your authenticator code to continue.")
            return redirect_to_login(request.get_full_path(), reverse("account_login"))
        return None
