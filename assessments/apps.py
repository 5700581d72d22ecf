from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Assessments")

    def ready(self):
        from accounts.exports import register_export_section
        from assessments import selectors

        register_export_section("quiz_attempts", selectors.user_attempts_export)
