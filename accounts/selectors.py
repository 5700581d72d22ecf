"""Reads for accounts: who is this, what may they see, where do they work."""

from dataclasses import dataclass
from datetime import datetime

from allauth.mfa.models import Authenticator
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.models import Audience, MembershipStatus, Organisation, Profile, User
from core.i18n import language_or_default


def user_role_names(user: User) -> set[str]:
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return cached


def user_is_staff(user: User) -> bool:
    """Staff: superusers, `is_staff`, and members of any group but Learner (the staff roles, and
    Wagtail's Editors and Moderators or any group an administrator creates: every group grants
    admin powers). Staff must use a second factor, and are never counted as learners
    (`learner_accounts` is the same rule, for the database)."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.is_staff or bool(user_role_names(user) - {roles.LEARNER})


def user_requires_mfa(user: User) -> bool:
    """Staff of any kind must use a second factor; learners may choose to."""
    return user_is_staff(user)


# Said wherever learners are counted: the reports, their exports and PDF, the admin's figures.
LEARNERS_ONLY = _(
    "Learners only: staff (trainers, programme managers, administrators and members of any "
    "other admin group) who enrol to preview a course are not counted."
)


def learner_accounts() -> QuerySet[User]:
    """The accounts that count as learners in every figure: everyone but staff
    (`user_is_staff`), so a trainer, a manager or an editor who enrols to preview a course is
    in no count, average, drill-down or export."""
    return User.objects.filter(is_staff=False, is_superuser=False).exclude(
        groups__in=Group.objects.exclude(name=roles.LEARNER)
    )


def learners_only(queryset: QuerySet, prefix: str = "user__") -> QuerySet:
    """The rows of `queryset` whose account, reached through `prefix` ("user__" for an
    enrolment, "enrolment__user__" for a certificate), is a learner's."""
    return queryset.filter(**{f"{prefix}in": learner_accounts()})


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


def user_role_grants(user: User, perm: str) -> bool:
    """Whether the account's roles (its groups and own permissions) grant `perm`, whatever this
    session: what a person is, for where they start and which places the header links. Using
    the power is another matter: a staff session that has not passed the second factor is asked
    for it on arrival (accounts.middleware), and until then `User.has_perm` answers as for a
    learner. Shares Django's per-user permission cache, so the header costs no extra query."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or perm in ModelBackend().get_all_permissions(user)


@dataclass(frozen=True)
class Place:
    """A part of the site a person works in: the header links it, and login lands on one."""

    name: str
    label: Promise
    url_name: str  # resolved by the project's URLconf: these pages belong to apps above this one

    @property
    def url(self) -> str:
        return reverse(self.url_name)


LEARNING = Place("learning", _("My learning"), "courses_dashboard")
TEACHING = Place("teaching", _("Course learners"), "courses_admin:courses")
REPORTS = Place("reports", _("Reports"), "reports_dashboard")
ADMIN = Place("admin", _("Admin"), "wagtailadmin_home")


def user_start_place(user: User) -> Place:
    """Where this person lands after logging in (when no `next` says otherwise): administrators
    on the admin, programme managers on the reports, trainers on the courses they follow (the
    admin's "Course learners"), any other staff on the admin, learners on My learning."""
    names = user_role_names(user)
    if user.is_superuser or roles.ADMINISTRATOR in names:
        return ADMIN
    if user_role_grants(user, "accounts.view_reports"):
        return REPORTS
    if roles.TRAINER in names:
        return TEACHING
    if user_role_grants(user, "wagtailadmin.access_admin"):
        return ADMIN
    return LEARNING


def user_places(user: User) -> list[Place]:
    """The places the header links for this person, in order: My learning for everyone signed
    in, Reports for those whose role gives `accounts.view_reports`, Admin for staff."""
    if not user.is_authenticated:
        return []
    places = [LEARNING]
    if not user_is_staff(user):  # the Learner role gives neither (and costs no query to ask)
        return places
    if user_role_grants(user, "accounts.view_reports"):
        places.append(REPORTS)
    if user_role_grants(user, "wagtailadmin.access_admin"):
        places.append(ADMIN)
    return places


@dataclass(frozen=True)
class MembershipRequest:
    """A learner's claim to an audience whose courses wait for a programme manager's approval,
    not (or not yet) granted."""

    status: str  # MembershipStatus.PENDING or REJECTED
    audience: str
    audience_label: str
    email: str
    decided_at: datetime | None

    @property
    def is_pending(self) -> bool:
        return self.status == MembershipStatus.PENDING

    @property
    def is_rejected(self) -> bool:
        return self.status == MembershipStatus.REJECTED


def user_membership_request(user: User) -> MembershipRequest | None:
    """The signed-in learner's pending or rejected membership; None when there is nothing to
    say (anonymous, approved, erased). One query for the profile unless it is loaded already."""
    profile = user_profile(user)
    if profile is None or profile.erased_at or profile.has_approved_audience:
        return None
    return MembershipRequest(
        status=profile.membership_status,
        audience=profile.audience,
        audience_label=str(dict(Audience.choices).get(profile.audience, profile.audience)),
        email=user.email,
        decided_at=profile.membership_decided_at,
    )


def user_language(user: User) -> str:
    """The language to write to this person in when no request of theirs is being answered (a
    background e-mail): the one they last chose, else the site's default."""
    chosen = Profile.objects.filter(user=user).values_list("language", flat=True).first()
    return language_or_default(chosen)
