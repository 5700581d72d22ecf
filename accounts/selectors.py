"""Reads for accounts: who is this, what may they see."""

from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Permission
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
    """Staff of any kind must use a second factor; learners may choose to. Staff: superusers,
    `is_staff`, and members of any group but Learner (the staff roles, and Wagtail's Editors
    and Moderators or any group an administrator creates: every group grants admin powers)."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.is_staff or bool(user_role_names(user) - {roles.LEARNER})


# Set by the request layer (accounts.middleware) on the user of a request: a function that says
# whether this session passed the second factor. Users loaded anywhere else (a command, a task,
# a test calling a service) have none and keep their powers.
SESSION_PASSED_MFA = "_session_passed_mfa"


def user_staff_powers_suspended(user: User) -> bool:
    """Staff signed in to a session that has not passed the second factor: until it does, they
    are treated as learners (their own enrolments, certificates and audiences only). This is the
    one predicate every staff capability checks: `User.has_perm` and its siblings consult it, so
    does anything that reads roles, groups or `is_superuser` directly."""
    session_passed_mfa = getattr(user, SESSION_PASSED_MFA, None)
    if session_passed_mfa is None or not user.is_authenticated:
        return False
    return user_requires_mfa(user) and not session_passed_mfa()


def learner_permissions(user: User) -> frozenset[str]:
    """The permissions of the Learner role ("app_label.codename"), which a staff account whose
    powers are suspended keeps; one query, remembered on the user object."""
    cached = getattr(user, "_learner_permission_cache", None)
    if cached is None:
        rows = Permission.objects.filter(group__name=roles.LEARNER).values_list(
            "content_type__app_label", "codename"
        )
        cached = frozenset(f"{app_label}.{codename}" for app_label, codename in rows)
        user._learner_permission_cache = cached
    return cached


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
