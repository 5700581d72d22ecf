"""What certificates does when the apps below announce something (docs/architecture.md)."""

from accounts.signals import user_erased
from certificates import services
from courses.models import Enrolment
from courses.signals import enrolment_completed


def on_enrolment_completed(sender, enrolment, **kwargs):
    # Inside the completing transaction: the certificate row commits with the completion.
    services.certificate_issue(enrolment=enrolment)


def on_user_erased(sender, user, **kwargs):
    services.certificates_erase_holder(user=user)


def connect() -> None:
    enrolment_completed.connect(
        on_enrolment_completed, sender=Enrolment, dispatch_uid="certificates_issue"
    )
    user_erased.connect(on_user_erased, dispatch_uid="certificates_erase_holder")
