"""What is sent from the background is written in the language its reader chose: the footer's
switch (or the page they signed up on) is remembered on their profile; the membership decision,
the invitation and the "certificate ready" e-mails follow it; a completion report is written in
the language of the page that asked for it."""

import io

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from accounts import roles
from accounts.invitations import invitations_send
from accounts.models import Audience, Profile, User
from accounts.selectors import user_language
from accounts.services import membership_decide
from certificates import services as certificate_services
from certificates.models import Certificate
from reports.filters import ReportFilters
from reports.models import ReportRun
from reports.services import report_run_execute, report_run_start
from tests.accounts.test_signup import signup_data
from tests.factories.accounts import UserFactory
from tests.factories.certificates import completed_enrolment

pytestmark = pytest.mark.django_db


def switch(client, language: str):
    return client.post(reverse("set_language"), {"language": language, "next": "/"})


def test_the_footer_switch_remembers_a_signed_in_persons_choice(client):
    officer = UserFactory()
    client.force_login(officer)
    response = switch(client, "fr")
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    assert Profile.objects.get(user=officer).language == "fr"
    assert user_language(officer) == "fr"
    switch(client, "en-gb")
    assert user_language(officer) == "en-gb"


def test_an_unknown_language_is_not_stored_and_a_visitor_only_gets_the_cookie(client):
    officer = UserFactory()
    client.force_login(officer)
    switch(client, "fr")
    assert switch(client, "xx").status_code == 302
    assert Profile.objects.get(user=officer).language == "fr"
    client.logout()
    response = switch(client, "en-gb")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en-gb"
    assert Profile.objects.get(user=officer).language == "fr"


def test_without_a_choice_the_site_default_is_used():
    assert user_language(UserFactory()) == settings.LANGUAGE_CODE


def test_signing_up_on_a_french_page_keeps_french(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    response = client.post(reverse("account_signup"), signup_data("lucie@news.lc"))
    assert response.status_code == 302
    assert User.objects.get(email="lucie@news.lc").profile.language == "fr"
    # The address check, sent while answering the French page, is in French too.
    assert "Confirmez votre adresse" in mail.outbox[-1].subject


def test_the_membership_decision_is_written_in_the_officers_language(
    django_capture_on_commit_callbacks,
):
    officer = UserFactory(audience=Audience.LAW_ENFORCEMENT, email="o@rslpf.example")
    Profile.objects.filter(user=officer).update(language="fr")
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    with django_capture_on_commit_callbacks(execute=True):
        membership_decide(profile_id=officer.profile.pk, approve=True, actor=manager)
    assert mail.outbox[-1].subject == "Votre accès à CT Academy a été approuvé"
    # The manager's own language is untouched by the one the e-mail was written in.
    assert mail.outbox[-1].to == ["o@rslpf.example"]


def test_the_certificate_ready_email_is_in_the_holders_language():
    enrolment = completed_enrolment()
    Profile.objects.filter(user=enrolment.user).update(language="fr")
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate_services.certificate_render(certificate_id=certificate.pk) is True
    assert mail.outbox[-1].subject.startswith("Votre certificat")
    assert certificate.display_code in mail.outbox[-1].body


def test_an_english_holder_gets_english_while_the_worker_runs_in_french():
    enrolment = completed_enrolment()
    certificate = Certificate.objects.get(enrolment=enrolment)
    with translation.override("fr"):
        certificate_services.certificate_render(certificate_id=certificate.pk)
    assert mail.outbox[-1].subject.startswith("Your certificate for")


def test_an_invitation_follows_the_profiles_language():
    invited = UserFactory(password=None)
    invited.set_unusable_password()
    invited.save()
    Profile.objects.filter(user=invited).update(language="fr")
    assert invitations_send(user_ids=[invited.pk]) == 1
    assert mail.outbox[-1].subject == "Vous êtes invité(e) sur CT Academy"


def test_a_completion_report_asked_for_in_french_is_written_in_french():
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    with translation.override("fr"):
        run = report_run_start(user=manager, filters=ReportFilters())
    assert run.language == "fr"
    assert report_run_execute(run_id=run.pk) is True
    run = ReportRun.objects.get(pk=run.pk)
    text = PdfReader(io.BytesIO(run.file.read())).pages[0].extract_text()
    assert "Rapport d'achèvement" in text.replace("’", "'")
