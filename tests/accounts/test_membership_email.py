"""The membership decision, e-mailed: an approval links (absolutely, on BASE_URL) to the courses
the person can now take, the catalogue showing their audience, and to My learning; a refusal
says the open courses stay theirs and whom to write to."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from accounts import roles
from accounts.models import Audience
from accounts.services import membership_decide
from cms.models import SiteSettings
from courses.models import AccessLevel
from tests.factories.accounts import UserFactory
from tests.factories.cms import site
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db


def decide(*, approve: bool, audience=Audience.LAW_ENFORCEMENT, capture):
    officer = UserFactory(audience=audience, email="officer@rslpf.example", first_name="Jude")
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    with capture(execute=True):
        membership_decide(profile_id=officer.profile.pk, approve=approve, actor=manager)
    message = mail.outbox[-1]
    assert message.to == ["officer@rslpf.example"]
    return message


@override_settings(BASE_URL="https://academy.example.lc")
def test_an_approval_links_to_the_courses_now_open_and_to_my_learning(
    client, django_capture_on_commit_callbacks
):
    course = course_create(access_level=AccessLevel.AUDIENCE, audiences=(Audience.LAW_ENFORCEMENT,),
                           modules=0)  # fmt: skip
    message = decide(approve=True, capture=django_capture_on_commit_callbacks)
    assert message.subject == "Your CT Academy access has been approved"
    links = re.findall(r"https?://\S+", message.body)
    catalogue = "https://academy.example.lc/courses/?audience=law_enforcement"
    assert catalogue in links
    assert "https://academy.example.lc/learn/" in links
    assert "Law enforcement" in message.body
    # The link shows the course to the person, now approved.
    officer = UserFactory._meta.model.objects.get(email="officer@rslpf.example")
    client.force_login(officer)
    assert (
        course.title
        in client.get(catalogue.removeprefix("https://academy.example.lc")).content.decode()
    )


def test_a_refusal_says_whom_to_write_to_and_what_stays_open(django_capture_on_commit_callbacks):
    settings = SiteSettings.for_site(site())
    settings.contact_email = "training@ctacademy.example"
    settings.save()
    message = decide(approve=False, capture=django_capture_on_commit_callbacks)
    assert message.subject == "Your CT Academy access request was not approved"
    assert "write to the CT Academy programme team at training@ctacademy.example" in " ".join(
        message.body.split()
    )
    assert "http://testserver/courses/?audience=everyone" in message.body
    assert "http://testserver/accounts/profile/" in message.body
    assert "/courses/?audience=law_enforcement" not in message.body


def test_a_refusal_without_a_contact_address_still_says_whom_to_ask(
    django_capture_on_commit_callbacks,
):
    settings = SiteSettings.for_site(site())
    settings.contact_email = ""
    settings.save()
    message = decide(approve=False, capture=django_capture_on_commit_callbacks)
    assert "ask your agency's training coordinator" in " ".join(message.body.split())
