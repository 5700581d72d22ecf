"""What the site's templates ask accounts: the places a person works in (the header), a
membership waiting for approval or refused (My learning, the catalogue, the home page), and the
site's own labels for allauth's form fields."""

from django import template
from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext_lazy as _

from accounts.selectors import (
    user_is_staff,
    user_membership_request,
    user_places,
    user_requires_mfa,
    user_start_place,
)

register = template.Library()


def _request_with_user(context):
    """The request, if it has a reader: a request refused before the authentication middleware
    ran (a bad Host header, an oversized body) renders the error page without one, as anonymous."""
    request = context.get("request")
    if request is None:
        return None
    if getattr(request, "user", None) is None:
        request.user = AnonymousUser()
    return request


@register.simple_tag(takes_context=True)
def places_of_user(context) -> list[dict]:
    """The header's links to this person's own places, the one being visited marked."""
    request = _request_with_user(context)
    if request is None:
        return []
    path = request.path
    return [
        {"name": place.name, "label": place.label, "url": url, "is_current": path.startswith(url)}
        for place in user_places(request.user)
        for url in [place.url]
    ]


@register.simple_tag(takes_context=True)
def start_place_of_user(context):
    """Where this person starts (accounts.selectors.user_start_place), or None if anonymous."""
    request = _request_with_user(context)
    if request is None or not request.user.is_authenticated:
        return None
    return user_start_place(request.user)


@register.simple_tag(takes_context=True)
def is_staff_member(context) -> bool:
    """Staff (accounts.selectors.user_is_staff): only they are offered Wagtail's userbar, whose
    permission check costs a learner's page two queries for nothing."""
    request = _request_with_user(context)
    return request is not None and user_is_staff(request.user)


@register.simple_tag(takes_context=True)
def must_use_second_factor(context) -> bool:
    request = _request_with_user(context)
    return request is not None and user_requires_mfa(request.user)


@register.simple_tag(takes_context=True)
def membership_request(context):
    """The signed-in learner's pending or refused membership (accounts.selectors), or None."""
    request = _request_with_user(context)
    if request is None:
        return None
    return user_membership_request(request.user)


# allauth's field labels ("Email", "Remember Me", "Password (again)") in the site's words, by
# field name; the forms that name a field alike are told apart by their other fields.
FIELD_LABELS = {
    "login": _("E-mail address"),
    "email": _("E-mail address"),
    "password": _("Password"),
    "remember": _("Keep me logged in on this device"),
    "password1": _("Password"),
    "password2": _("Password again"),
    "oldpassword": _("Current password"),
    "code": _("Code from your authenticator app"),
}
NEW_PASSWORD_LABELS = {"password1": _("New password"), "password2": _("New password again")}
EMAILED_CODE_LABEL = _("Code from the e-mail")


@register.filter
def site_label(field) -> str:
    """The label of one of allauth's form fields as the site words it."""
    name = field.name
    fields = field.form.fields
    if name == "code" and type(field.form).__module__.startswith("allauth.account"):
        return EMAILED_CODE_LABEL  # a code sent by e-mail, not the authenticator's
    if name in NEW_PASSWORD_LABELS and ("oldpassword" in fields or "email" not in fields):
        return NEW_PASSWORD_LABELS[name]
    return FIELD_LABELS.get(name, field.label)


@register.filter
def starts_with(value: str, prefix: str) -> bool:
    return str(value).startswith(str(prefix))
