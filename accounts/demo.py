"""Demo accounts for development and CI: one per role, all with the DEMO_PASSWORD."""

from dataclasses import dataclass

from accounts.services import demo_user_ensure


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    first_name: str
    last_name: str
    is_superuser: bool = False


DEMO_ACCOUNTS = [
    DemoAccount("Learner", "learner@example.com", "Marcia", "Joseph"),
    DemoAccount("Trainer", "trainer@example.com", "Kendall", "Auguste"),
    DemoAccount("Programme manager", "manager@example.com", "Anaïs", "Joseph-Émile"),
    DemoAccount("Administrator", "admin@example.com", "Devon", "St Rose", is_superuser=True),
]


def seed(*, password: str) -> dict:
    created = 0
    for account in DEMO_ACCOUNTS:
        _, was_created = demo_user_ensure(
            email=account.email,
            password=password,
            first_name=account.first_name,
            last_name=account.last_name,
            is_superuser=account.is_superuser,
        )
        created += was_created
    return {"accounts created": created}
