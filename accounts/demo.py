"""Demo organisations and accounts for development and CI: one account per role, all with the
DEMO_PASSWORD; staff enrolled in TOTP with DEMO_TOTP_SECRET."""

from dataclasses import dataclass

from accounts import roles
from accounts.models import Audience, Sex
from accounts.services import (
    demo_user_ensure,
    organisation_ensure,
    totp_enrol_with_secret,
)

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
