"""Print the current TOTP code for the demo staff accounts (development only), for a newcomer
without an authenticator app at hand."""

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone


class Command(BaseCommand):
    help = "Print the current TOTP code for DEMO_TOTP_SECRET (development only)."

    def handle(self, *args, **options):
        if not settings.ALLOW_DEMO_DATA:
            raise CommandError("demo_totp runs only under development or test settings.")
        period = mfa_settings.TOTP_PERIOD
        now = int(timezone.now().timestamp())
        code = format_hotp_value(hotp_value(settings.DEMO_TOTP_SECRET, now // period))
        self.stdout.write(f"{code}  (valid for {period - now % period} more seconds)")
