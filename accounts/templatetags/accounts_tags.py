"""What the site's templates ask accounts: the places a person works in (the header), a
membership waiting for approval or refused (My learning, the catalogue, the home page), and the
site's own labels for allauth's form fields."""

from django import template
from django.contrib.auth.models import AnonymousUser
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from accounts.selectors import (
    user_is_staff,
    user_membership_request,
    user_places,
    user_requires_mfa,
    user_start_place,
)
from core.serving import site_for_request

register = template.Library()

# The header's links to the site's own sections, beside the reader's places.
HEADER_SECTIONS = {"courses": "/courses/", "resources": "/resources/"}


def _request_with_user(context):
    """The request, if it has a reader: a request refused before the authentication middleware
    ran (a bad Host header, an oversized body) renders the error page without one, as anonymous."""
    request = context.get("request")
    if request is None:
        return None
    if getattr(request, "user", None) is None:
        request.user = AnonymousUser()
    return request


def _current(path: str, url: str) -> str:
    """aria-current for a header link: "page" on its own address, "true" below it."""
    if path == url:
        return "page"
    return "true" if path.startswith(url) else ""


class HeaderHoles:
    """Fills the holes of the site's header, which is drawn once for every reader of a site and
    language (includes/header_frame.html): which section link is the place being visited, the
    reader's places (drawn once per set of places, includes/header_places.html) and name."""

    do_not_call_in_templates = True  # templates read `holes.signed_in`; only fragments call it

    def __init__(self, request):
        self.request = request
        self.signed_in = request is not None and request.user.is_authenticated
        site = site_for_request(request) if request is not None else None
        self.site_id = site.pk if site is not None else ""

    def __call__(self, name: str, *args: str) -> str:
        from core.templatetags.core_tags import drawn_once

        path = self.request.path if self.request is not None else ""
        if name == "current":
            current = _current(path, HEADER_SECTIONS[args[0]])
            return mark_safe(f' aria-current="{current}"' if current else "")  # noqa: S308
        if name == "places":
            places = [
                {"label": place.label, "url": place.url, "current": _current(path, place.url)}
                for place in user_places(self.request.user)
            ]
            key = tuple(f"{place['url']}={place['current']}" for place in places)
            return drawn_once("includes/header_places.html", key, {"places": places})
        if name == "who":
            user = self.request.user
            return user.get_full_name() or user.email
        raise ValueError(f"no such hole in the header: {name}")


@register.simple_tag(takes_context=True)
def header_holes(context) -> HeaderHoles:
    """The reader's own parts of the site's header."""
    return HeaderHoles(_request_with_user(context))


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
