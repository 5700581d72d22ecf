"""Demo organisations and accounts for development and CI: one account per role, all with the
DEMO_PASSWORD; staff enrolled in TOTP with DEMO_TOTP_SECRET."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.db import transaction

from accounts import roles
from accounts.models import Audience, MembershipStatus, Organisation, Profile, Sex, User
from accounts.services import normalise_email, user_create

DEMO_ORGANISATIONS = [
    ("Royal Saint Lucia Police Force", "RSLPF", Audience.LAW_ENFORCEMENT),
    ("Immigration Department", "Immigration", Audience.BORDER),
    ("Customs and Excise Department", "Customs", Audience.BORDER),
    ("Office of the Director of Public Prosecutions", "ODPP", Audience.PROSECUTION),
    ("National Counter-Trafficking Task Force", "Task Force", Audience.TASK_FORCE),
    ("Demo Media House", "Media", Audience.MEDIA),
]


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    first_name: str
    last_name: str
    audience: str = Audience.OTHER
    organisation: str | None = None
    position: str = ""
    sex: str = Sex.PREFER_NOT_TO_SAY
    is_superuser: bool = False

    @property
    def needs_totp(self) -> bool:
        return self.role in roles.ROLES_REQUIRING_MFA


DEMO_ACCOUNTS = [
    DemoAccount(
        roles.LEARNER,
        "learner@example.com",
        "Marcia",
        "Joseph",
        Audience.LAW_ENFORCEMENT,
        "RSLPF",
        "Constable",
        Sex.FEMALE,
    ),
    # Has completed the media course: /learn/ shows a certificate (and a name with accents).
    DemoAccount(
        roles.LEARNER,
        "graduate@example.com",
        "Thérèse",
        "Alcindor-Émile",
        Audience.MEDIA,
        "Demo Media House",
        "Journalist",
        Sex.FEMALE,
    ),
    DemoAccount(
        roles.TRAINER,
        "trainer@example.com",
        "Kendall",
        "Auguste",
        Audience.OTHER,
        None,
        "Trainer",
        Sex.MALE,
    ),
    DemoAccount(
        roles.PROGRAMME_MANAGER,
        "manager@example.com",
        "Anaïs",
        "Joseph-Émile",
        Audience.TASK_FORCE,
        "Task Force",
        "Programme manager",
        Sex.FEMALE,
    ),
    DemoAccount(
        roles.ADMINISTRATOR,
        "admin@example.com",
        "Devon",
        "St Rose",
        Audience.OTHER,
        None,
        "Platform administrator",
        Sex.MALE,
        is_superuser=True,
    ),
]


def seed(*, password: str, totp_secret: str) -> dict:
    organisations = {}
    created_orgs = 0
    for name, short_name, audience in DEMO_ORGANISATIONS:
        organisation, created = organisation_ensure(
            name=name, short_name=short_name, audience=audience
        )
        organisations[short_name] = organisation
        created_orgs += created
    created = 0
    for account in DEMO_ACCOUNTS:
        user, was_created = demo_user_ensure(
            email=account.email,
            password=password,
            first_name=account.first_name,
            last_name=account.last_name,
            role=account.role,
            is_superuser=account.is_superuser,
            audience=account.audience,
            organisation=organisations.get(account.organisation) if account.organisation else None,
            position=account.position,
            sex=account.sex,
        )
        created += was_created
        if account.needs_totp:
            totp_enrol_with_secret(user=user, secret=totp_secret)
    return {
        "organisations created": created_orgs,
        "accounts created": created,
    }


@transaction.atomic
def demo_user_ensure(
    *,
    email: str,
    password: str,
    first_name: str,
    last_name: str,
    role: str,
    is_superuser: bool = False,
    audience: str = Audience.OTHER,
    organisation: Organisation | None = None,
    position: str = "",
    sex: str = Sex.PREFER_NOT_TO_SAY,
) -> tuple[User, bool]:
    """Create a demo account, or bring an existing one back to its demo state without
    touching anything that is already right (so that re-seeding changes nothing)."""
    email = normalise_email(email)
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = user_create(
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
            is_superuser=is_superuser,
            email_verified=True,
            role=role,
            audience=audience,
            membership_status=MembershipStatus.APPROVED,
            organisation=organisation,
            position=position,
            sex=sex,
        )
        return user, True

    changed = []
    for field, value in {
        "first_name": first_name,
        "last_name": last_name,
        "is_active": True,
        "is_superuser": is_superuser,
        "is_staff": is_superuser,
    }.items():
        if getattr(user, field) != value:
            setattr(user, field, value)
            changed.append(field)
    if not user.check_password(password):
        user.set_password(password)
        changed.append("password")
    if changed:
        user.save(update_fields=changed)
    if not EmailAddress.objects.filter(
        user=user, email=email, primary=True, verified=True
    ).exists():
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"primary": True, "verified": True}
        )
    wanted = {
        "audience": audience,
        "membership_status": MembershipStatus.APPROVED,
        "organisation": organisation,
        "position": position,
        "sex": sex,
        "erased_at": None,
    }
    profile = Profile.objects.filter(user=user).first()
    if profile is None or any(getattr(profile, k) != v for k, v in wanted.items()):
        Profile.objects.update_or_create(user=user, defaults=wanted)
    if set(user.groups.values_list("name", flat=True)) != {role}:
        user.groups.set([Group.objects.get(name=role)])
    return user, False


@transaction.atomic
def organisation_ensure(*, name: str, short_name: str, audience: str) -> tuple[Organisation, bool]:
    organisation, created = Organisation.objects.get_or_create(
        name=name, defaults={"short_name": short_name, "audience": audience}
    )
    if not created and (organisation.short_name, organisation.audience) != (short_name, audience):
        organisation.short_name, organisation.audience = short_name, audience
        organisation.save(update_fields=["short_name", "audience"])
    return organisation, created


@transaction.atomic
def totp_enrol_with_secret(*, user: User, secret: str) -> bool:
    """Give a user a TOTP authenticator with a known base32 secret (demo accounts only) and a
    set of recovery codes. Returns whether anything changed."""
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.utils import decrypt, encrypt

    secret = secret.replace(" ", "").upper()
    current = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if current is not None and decrypt(current.data["secret"]) == secret:
        changed = False
    else:
        Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
        Authenticator.objects.create(
            user=user, type=Authenticator.Type.TOTP, data={"secret": encrypt(secret)}
        )
        changed = True
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists():
        RecoveryCodes.activate(user)
        changed = True
    return changed
