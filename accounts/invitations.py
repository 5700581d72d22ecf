"""Invitations for imported learners: an e-mail with a link to choose a password."""

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.core.mail import send_mass_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.models import User
from core.i18n import language_or_default
from core.links import absolute_url


def invitation_url(user: User) -> str:
    path = reverse(
        "account_reset_password_from_key",
        kwargs={
            "uidb36": user_pk_to_url_str(user),
            "key": default_token_generator.make_token(user),
        },
    )
    return absolute_url(path)


def invitations_send(*, user_ids: list[int]) -> int:
    """Send one invitation to each active user that has not chosen a password yet."""
    users = User.objects.filter(pk__in=user_ids, is_active=True).select_related("profile")
    messages = []
    login_url = absolute_url(reverse("account_login"))
    for user in users:
        if user.has_usable_password():
            continue  # already accepted: a retried task sends nothing twice
        profile = getattr(user, "profile", None)
        with translation.override(language_or_default(profile and profile.language)):
            body = render_to_string(
                "accounts/email/invitation.txt",
                {"user": user, "url": invitation_url(user), "login_url": login_url},
            )
            subject = _("You are invited to CT Academy")
        messages.append((subject, body, None, [user.email]))
    return send_mass_mail(messages, fail_silently=False) if messages else 0
