"""The second-factor rule for staff, as every app applies it: whether this session passed TOTP,
and the answer for a staff-only page when it has not (set it up, or log in again with it).
`accounts.middleware` applies it to the staff-only paths; `cms` to group-private pages."""

from allauth.account.authentication import get_authentication_records
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from accounts.selectors import user_has_totp, user_requires_mfa

# The session key set when the second factor was activated in this session.
SESSION_MFA_ACTIVATED = "accounts_mfa_activated"


def session_passed_mfa(request, user=None) -> bool:
    user = request.user if user is None else user
    if request.session.get(SESSION_MFA_ACTIVATED) == user.pk:
        return True
    return any(r.get("method") == "mfa" for r in get_authentication_records(request, user))


def second_factor_required_response(request):
    """For staff whose session has not passed TOTP on a staff-only page: set it up, or log in
    again with it; None when nothing is missing (or the user is no staff)."""
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
        messages.info(request, _("Log in again with your authenticator code to continue."))
        return redirect_to_login(request.get_full_path(), reverse("account_login"))
    return None
