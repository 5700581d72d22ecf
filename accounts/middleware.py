"""Staff must use a second factor before they use any staff power.

allauth has no switch that forces MFA, so this middleware does, in two ways:

- Every request: the signed-in user is handed a way to ask whether this session passed the
  second factor (accounts.selectors.user_staff_powers_suspended). Until it has, a staff account
  holds the Learner role's permissions only and every staff capability treats it as a learner:
  its own certificates and audiences, no one else's (docs/decisions/0002-*.md).
- Staff-only paths (`MFA_REQUIRED_PATH_PREFIXES`): for a user whose role requires it
  (accounts.selectors.user_requires_mfa) it asks that
    1. the user has a TOTP authenticator (otherwise: go and set one up), and
    2. this session proved it: the login included the TOTP step, or the authenticator was
       activated in this session (activation itself takes a valid code).
  Otherwise the user is sent to set up TOTP, or to log in again with the second factor
  (`second_factor_required_response`, which other staff-only answers use too)."""

from functools import partial

from allauth.mfa.signals import authenticator_added
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth.middleware import get_user
from django.contrib.auth.signals import user_logged_in
from django.core.cache import cache
from django.dispatch import receiver
from django.utils.functional import SimpleLazyObject

from accounts.mfa import (
    SESSION_MFA_ACTIVATED,
    second_factor_required_response,
    session_passed_mfa,
)
from accounts.selectors import SESSION_PASSED_MFA


def _mark(request, user):
    """Let the predicates ask this request's session about this user (no query now)."""
    if user.is_authenticated:
        setattr(user, SESSION_PASSED_MFA, partial(session_passed_mfa, request, user))
    return user


@receiver(authenticator_added)
def remember_activation(sender, request, user, authenticator, **kwargs):
    if request is not None:
        request.session[SESSION_MFA_ACTIVATED] = user.pk


@receiver(user_logged_in)
def mark_logged_in_user(sender, request, user, **kwargs):
    # login() puts this object in request.user for the rest of the request (not when the
    # request is a stand-in without a user, as the test client's force_login makes).
    if request is not None and getattr(request, "user", None) is user:
        _mark(request, user)


class RequireStaffMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(settings.MFA_REQUIRED_PATH_PREFIXES)

    def __call__(self, request):
        # Still lazy: the user is loaded (once, by Django's cache) when something asks.
        request.user = SimpleLazyObject(lambda: _mark(request, get_user(request)))
        if request.path.startswith(self.prefixes) and request.user.is_authenticated:
            response = second_factor_required_response(request)
            if response is not None:
                return response
        return self.get_response(request)


def session_seen_key(session_key: str) -> str:
    """The cache key that says a session's activity was written within the interval."""
    return f"accounts:session-seen:{session_key}"


class SessionActivityMiddleware:
    """Keep each session's last-seen time and address (the "Sessions" page of the account) at
    most `USERSESSIONS_ACTIVITY_INTERVAL` seconds old, written once per interval per session
    instead of on every request as allauth's own middleware does (five queries a page). The
    shared cache remembers which sessions were written lately, so several workers agree."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.interval = settings.USERSESSIONS_ACTIVITY_INTERVAL

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and session.session_key and request.user.is_authenticated:
            if cache.add(session_seen_key(session.session_key), 1, timeout=self.interval):
                UserSession.objects.create_from_request(request, user=request.user, session=session)
        return self.get_response(request)
