import factory

from accounts import roles
from accounts.models import Audience, Organisation, User
from accounts.services import user_create


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Agency {n}")
    short_name = factory.Sequence(lambda n: f"AG{n}")
    audience = Audience.LAW_ENFORCEMENT


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
    role = roles.LEARNER
    audience = Audience.OTHER

    @classmethod
    def _create(cls, model_class, **kwargs):
        return user_create(**kwargs)


def approved_member(audience: str, **kwargs) -> User:
    """A learner whose membership of a restricted audience a programme manager confirmed."""
    from accounts.models import MembershipStatus

    return UserFactory(audience=audience, membership_status=MembershipStatus.APPROVED, **kwargs)
