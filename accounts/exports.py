"""A learner's own data, as JSON. Apps above accounts add their sections (enrolments, attempts,
certificates) with `register_export_section` in their AppConfig.ready."""

from collections.abc import Callable

from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession

from accounts.models import User
from accounts.selectors import user_profile

_SECTIONS: dict[str, Callable[[User], object]] = {}


def register_export_section(name: str, build: Callable[[User], object]) -> None:
    _SECTIONS[name] = build


def user_data_export(user: User) -> dict:
    profile = user_profile(user)
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "roles": sorted(user.groups.values_list("name", flat=True)),
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user)
        ],
        "profile": None,
        "sessions": [
            {
                "ip": s.ip,
                "user_agent": s.user_agent,
                "created_at": s.created_at.isoformat(),
                "last_seen_at": s.last_seen_at.isoformat() if s.last_seen_at else None,
            }
            for s in UserSession.objects.filter(user=user)
        ],
    }
    if profile:
        data["profile"] = {
            "audience": profile.audience,
            "membership_status": profile.membership_status,
            "organisation": profile.organisation.name if profile.organisation else None,
            "position": profile.position,
            "sex": profile.sex,
            "language": profile.language,
        }
    for name, build in _SECTIONS.items():
        data[name] = build(user)
    return data
