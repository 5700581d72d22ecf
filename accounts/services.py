"""Writes for accounts. Every account is created here, so that the allauth e-mail record
(which login and verification depend on) is always created with it."""

from allauth.account.models import EmailAddress
from django.db import transaction

from accounts.models import User


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


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
    return user


@transaction.atomic
def demo_user_ensure(
    *,
    email: str,
    password: str,
    first_name: str,
    last_name: str,
    is_superuser: bool = False,
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
        )
        return user, True

    changed = []
    for field, value in {
        "first_name": first_name,
        "last_name": last_name,
        "is_active": True,
        "is_superuser": is_superuser,
        "is_staff": is_superuser or user.is_staff,
    }.items():
        if getattr(user, field) != value:
            setattr(user, field, value)
            changed.append(field)
    if not user.check_password(password):
        user.set_password(password)
        changed.append("password")
    if changed:
        user.save(update_fields=changed)
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"primary": True, "verified": True}
    )
    return user, False
