"""Load the demo catalogue and one account per role. Idempotent: a second run changes nothing.

Each domain app owns its demo data in <app>/demo.py; this command calls them bottom-up."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts import demo as accounts_demo
from assessments import demo as assessments_demo
from certificates import demo as certificates_demo
from cms import demo as cms_demo
from core.demo import indexes_updated_at_the_end
from courses import demo as courses_demo


class Command(BaseCommand):
    help = "Create the demo site, catalogue and accounts (development and CI only)."

    def handle(self, *args, **options):
        module = getattr(settings, "SETTINGS_MODULE", "") or ""
        if not settings.ALLOW_DEMO_DATA or module.endswith("production"):
            raise CommandError(
                "seed_demo refuses to run here: demo accounts have a published password. "
                "It runs only under development or test settings."
            )
        password = settings.DEMO_PASSWORD
        # Wagtail logs every page created and published; a hundred lines say nothing here.
        wagtail_logger = logging.getLogger("wagtail")
        previous_level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            summary = self.seed(password)
        finally:
            wagtail_logger.setLevel(previous_level)
        self.report(summary, password)

    def seed(self, password: str) -> dict:
        with transaction.atomic(), indexes_updated_at_the_end():
            summary = {}
            summary.update(
                accounts_demo.seed(password=password, totp_secret=settings.DEMO_TOTP_SECRET)
            )
            summary.update(cms_demo.seed())
            summary.update(courses_demo.seed())
            summary.update(assessments_demo.seed())
            summary.update(certificates_demo.seed())
        return summary

    def report(self, summary: dict, password: str) -> None:
        for key, value in summary.items():
            self.stdout.write(f"  {key}: {value}")
        self.stdout.write(self.style.SUCCESS("Demo data is in place. Demo logins:"))
        for account in accounts_demo.DEMO_ACCOUNTS:
            second_factor = "TOTP" if account.needs_totp else ""
            self.stdout.write(
                f"  {account.role:<18} {account.email:<24} {password}  {second_factor}"
            )
        self.stdout.write(
            f"Staff accounts ask for a TOTP code: add the secret {settings.DEMO_TOTP_SECRET} to an "
            "authenticator app (or run: .venv/bin/python manage.py demo_totp)."
        )
