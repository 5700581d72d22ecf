"""allauth's account adapter: where people land after logging in (their own start page,
accounts.selectors.user_start_place, unless a safe `next` says otherwise), and the links in its
e-mails (address verification, password reset, "you already have an account", security
notices), built on settings.BASE_URL like every other e-mail of the site and not on the host of
the request that caused them (core.links)."""

from dataclasses import dataclass
from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse

from accounts.selectors import user_start_place
from core.links import absolute_url, rebased_url, site_address


@dataclass(frozen=True)
class SiteAddress:
    """What allauth's templates read as `current_site`: the name and the address people see."""

    name: str
    domain: str


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request) -> str:
        """Asked only when the login carries no safe `next` (allauth checks it first): learners
        land on My learning, trainers on their courses, managers on the reports,
        administrators on the admin. A staff session that still lacks the second factor is
        asked for it there."""
        return user_start_place(request.user).url

    def get_email_confirmation_url(self, request, emailconfirmation) -> str:
        return absolute_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def get_reset_password_from_key_url(self, key: str) -> str:
        # As allauth does: the key is opaque ("<uidb36>-<token>"), put where UID-KEY stands.
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return absolute_url(path.replace("UID-KEY", quote(key)))

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Every e-mail allauth sends passes here. Links that allauth's flows build from the
        request themselves (`signup_url`, `password_reset_url` in the "unknown account" and
        "already exists" e-mails) are moved onto BASE_URL; the site's name and address in the
        greeting and signature are BASE_URL's too."""
        context = {
            **context,
            "current_site": SiteAddress(name=settings.WAGTAIL_SITE_NAME, domain=site_address()),
        }
        for key, value in context.items():
            if key.endswith("_url") and isinstance(value, str):
                context[key] = rebased_url(value)
        super().send_mail(template_prefix, email, context)
