from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses and learning")

    def ready(self):
        from accounts.exports import register_export_section
        from cms.home import register_home_section
        from courses import receivers, selectors

        receivers.connect()
        register_export_section("enrolments", selectors.user_learning_export)
        register_home_section(
            "featured_courses",
            "courses/includes/featured_courses.html",
            selectors.home_featured_courses,
        )
