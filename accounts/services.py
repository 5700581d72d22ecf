"""Writes for accounts. Every account is created here, so that the allauth e-mail record (which
login and verification depend on), the profile and the role always come with it."""

import logging
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from accounts import roles
from accounts.models import (
    AUDIENCES_REQUIRING_APPROVAL,
    Audience,
    AuditEntry,
    MembershipStatus,
    Organisation,
    Profile,
    Sex,
    User,
)
from accounts.signals import user_erased
from core.i18n import active_language, language_or_default
from core.links import absolute_url

logger = logging.getLogger(__name__)


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def audit_record(
    *,
    actor: User | None,
    action: str,
    subject: str,
    subject_user: User | None = None,
    detail: dict | None = None,
) -> AuditEntry:
    return AuditEntry.objects.create(
        actor=actor,
        actor_email=getattr(actor, "email", "") or "",
        action=action,
        subject_user=subject_user,
        subject=subject[:255],
        detail=detail or {},
    )


def initial_membership_status(audience: str) -> str:
    if audience in AUDIENCES_REQUIRING_APPROVAL:
        return MembershipStatus.PENDING
    return MembershipStatus.APPROVED


@transaction.atomic
def user_create(
    *,
    email: str,
    password: str | None,
    first_name: str = "",
    last_name: str = "",
    is_staff: bool = False,
    is_superuser: bool = False,
    email_verified: bool = False,
    role: str = roles.LEARNER,
    audience: str = Audience.OTHER,
    membership_status: str | None = None,
    organisation: Organisation | None = None,
    position: str = "",
    sex: str = Sex.PREFER_NOT_TO_SAY,
) -> User:
    user = User.objects.create_user(
        email=normalise_email(email),
        password=password,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        is_staff=is_staff or is_superuser,
        is_superuser=is_superuser,
    )
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=email_verified)
    Profile.objects.create(
        user=user,
        audience=audience,
        membership_status=membership_status or initial_membership_status(audience),
        organisation=organisation,
        position=position.strip(),
        sex=sex,
    )
    user.groups.add(Group.objects.get(name=role))
    return user


@transaction.atomic
def profile_complete_signup(
    *,
    user: User,
    first_name: str,
    last_name: str,
    audience: str,
    organisation: Organisation | None,
    position: str,
    sex: str,
) -> Profile:
    """Called by allauth's sign-up once it has saved the user: adds the profile and the
    Learner role. A restricted audience waits for approval."""
    user.first_name, user.last_name = first_name.strip(), last_name.strip()
    user.save(update_fields=["first_name", "last_name"])
    profile, _ = Profile.objects.update_or_create(
        user=user,
        defaults={
            "audience": audience,
            "membership_status": initial_membership_status(audience),
            "organisation": organisation,
            "position": position.strip(),
            "sex": sex,
            # The language of the page they signed up on: their e-mails are written in it.
            "language": active_language(),
        },
    )
    user.groups.add(Group.objects.get(name=roles.LEARNER))
    return profile


def profile_language_set(*, user: User, language: str) -> bool:
    """Remember the language a signed-in person chose (the footer's switch) for what is sent
    to them later. Only their own, and only a language of the site; True if it was stored."""
    if not user.is_authenticated or language != language_or_default(language):
        return False
    return bool(Profile.objects.filter(user=user).update(language=language))


@transaction.atomic
def profile_update(
    *,
    user: User,
    first_name: str,
    last_name: str,
    audience: str,
    organisation: Organisation | None,
    position: str,
    sex: str,
) -> Profile:
    """A learner edits their own profile. Moving to another audience that needs approval puts
    the membership back in the queue; moving to an open one needs none."""
    profile = Profile.objects.select_for_update().get(user=user)
    if profile.erased_at:
        raise PermissionDenied(_("This account has been erased."))
    user.first_name, user.last_name = first_name.strip(), last_name.strip()
    user.save(update_fields=["first_name", "last_name"])
    if audience != profile.audience:
        profile.audience = audience
        profile.membership_status = initial_membership_status(audience)
        profile.membership_decided_at = None
        profile.membership_decided_by = None
    profile.organisation = organisation
    profile.position = position.strip()
    profile.sex = sex
    profile.save()
    return profile


@dataclass(frozen=True)
class MembershipDecision:
    profile: Profile
    changed: bool


def membership_decide(*, profile_id: int, approve: bool, actor: User) -> MembershipDecision:
    """Approve or reject a learner's claimed audience, once: a decision on a profile that is
    no longer pending changes nothing (double clicks, two managers at once)."""
    if not actor.has_perm("accounts.approve_membership"):
        raise PermissionDenied(_("You may not decide audience membership."))
    status = MembershipStatus.APPROVED if approve else MembershipStatus.REJECTED
    with transaction.atomic():
        updated = Profile.objects.filter(
            pk=profile_id, membership_status=MembershipStatus.PENDING, erased_at__isnull=True
        ).update(
            membership_status=status,
            membership_decided_at=timezone.now(),
            membership_decided_by=actor,
        )
        profile = Profile.objects.select_related("user").get(pk=profile_id)
        if not updated:
            return MembershipDecision(profile=profile, changed=False)
        audit_record(
            actor=actor,
            action="membership.approved" if approve else "membership.rejected",
            subject=profile.user.email,
            subject_user=profile.user,
            detail={"audience": profile.audience},
        )
        transaction.on_commit(lambda: _send_membership_decision(profile))
    return MembershipDecision(profile=profile, changed=True)


# The catalogue's address (a Wagtail page of `courses`, created by its migration 0002): the same
# in every language, as the header's link.
CATALOGUE_PATH = "/courses/"


def _send_membership_decision(profile: Profile) -> None:
    """The decision, e-mailed: on approval, links to the catalogue showing the person's audience
    and to My learning; on refusal, the courses still open and whom to write to (the programme
    team's address from the site settings, which the template reads for the default site: the
    site's own sender takes no replies, and a programme manager's address is not handed to
    someone whose claim was refused)."""
    with translation.override(language_or_default(profile.language)):
        _write_membership_decision(profile)


def _write_membership_decision(profile: Profile) -> None:
    approved = profile.has_approved_audience
    context = {
        "profile": profile,
        "user": profile.user,
        "approved": approved,
        "audience": profile.get_audience_display(),
        "catalogue_url": absolute_url(
            f"{CATALOGUE_PATH}?{urlencode({'audience': profile.audience})}"
        ),
        "learning_url": absolute_url(reverse("courses_dashboard")),
        "open_courses_url": absolute_url(f"{CATALOGUE_PATH}?{urlencode({'audience': 'everyone'})}"),
        "login_url": absolute_url(reverse("account_login")),
        "profile_url": absolute_url(reverse("accounts_profile")),
    }
    if approved:
        subject = _("Your CT Academy access has been approved")
    else:
        subject = _("Your CT Academy access request was not approved")
    EmailMessage(
        subject=subject,
        body=render_to_string("accounts/email/membership_decision.txt", context),
        to=[profile.user.email],
    ).send(fail_silently=False)


def _end_sessions(user: User) -> None:
    session_keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=session_keys).delete()
    UserSession.objects.filter(user=user).delete()
    # Sessions not tracked by usersessions (e.g. created before it was installed) stop working
    # too: Django checks the password hash stored in each session, and it is replaced below.


@transaction.atomic
def user_erase(*, user: User, actor: User) -> User:
    """Anonymise a learner's personal data. Audience, organisation and sex stay so that the
    programme's aggregate figures do not change; they no longer point at a person. Certificates
    are revoked by erasure (certificates listen to `user_erased`), so they verify as such."""
    if not actor.has_perm("accounts.erase_learner"):
        raise PermissionDenied(_("You may not erase learners."))
    if user.pk == actor.pk:
        raise ValidationError(_("You cannot erase your own account."))
    if user.is_superuser:
        raise ValidationError(
            _("An administrator account cannot be erased; remove its rights first.")
        )
    profile = Profile.objects.select_for_update().filter(user=user).first()
    if profile and profile.erased_at:
        return user
    audit_record(
        actor=actor,
        action="user.erased",
        subject=f"user #{user.pk}",
        subject_user=user,
        detail={},
    )
    user.email = f"erased-{user.pk}@erased.invalid"
    user.first_name = "Erased"
    user.last_name = f"learner #{user.pk}"
    user.is_active = False
    user.is_staff = False
    user.set_unusable_password()
    user.last_login = None
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    _end_sessions(user)
    if profile is None:
        profile = Profile.objects.create(user=user)
    profile.position = ""
    profile.language = ""
    profile.erased_at = timezone.now()
    profile.save(update_fields=["position", "language", "erased_at"])
    # Earlier audit entries named the person by e-mail: keep the action, drop the address.
    AuditEntry.objects.filter(subject_user=user).update(subject=f"user #{user.pk}")
    AuditEntry.objects.filter(actor=user).update(actor_email=f"user #{user.pk}")
    user_erased.send(sender=User, user=user, actor=actor)
    logger.info("Erased user #%s", user.pk)
    return user
