from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from accounts.exports import register_export_section
        from certificates import receivers, selectors
        from courses.awards import register_award
        from courses.dashboard import register_dashboard_section

        receivers.connect()
        register_award("certificate", selectors.enrolment_certificate_awards)
        register_export_section("certificates", selectors.user_certificates_export)
        register_dashboard_section(
            "certificates", "certificates/dashboard_section.html", selectors.learner_certificates
        )
