"""Reads for accounts: who is this, what may they see."""

from allauth.mfa.models import Authenticator
from django.db.models import QuerySet

from accounts import roles
from accounts.models import MembershipStatus, Organisation, Profile, User


def user_role_names(user: User) -> set[str]:
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return cached


def user_requires_mfa(user: User) -> bool:
    """Staff of any kind must use a second factor; learners may choose to."""
    if not user.is_authenticated:
        return False
    return (
        user.is_superuser
        or user.is_staff
        or bool(user_role_names(user) & roles.ROLES_REQUIRING_MFA)
    )


def user_has_totp(user: User) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def user_profile(user: User) -> Profile | None:
    if not user.is_authenticated:
        return None
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


def user_approved_audiences(user: User) -> set[str]:
    """The audiences whose restricted content this user may see (empty for anonymous users and
    for members waiting for approval). Course access and the library build on this."""
    profile = user_profile(user)
    if profile is None or profile.erased_at or not profile.has_approved_audience:
        return set()
    return {profile.audience}


def organisations_active() -> QuerySet[Organisation]:
    return Organisation.objects.filter(is_active=True).order_by("name")


def profiles_awaiting_approval() -> QuerySet[Profile]:
    return (
        Profile.objects.filter(membership_status=MembershipStatus.PENDING, erased_at__isnull=True)
        .select_related("user", "organisation")
        .order_by("user__date_joined")
    )
