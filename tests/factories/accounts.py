import factory

from accounts.models import User
from accounts.services import user_create


class UserFactory(factory.Factory):
    """Builds users through accounts.services.user_create, as the application does."""

    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = "a-long-test-password"  # noqa: S105
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email_verified = True
    is_staff = False
    is_superuser = False

    @classmethod
    def _create(cls, model_class, **kwargs):
        return user_create(**kwargs)
