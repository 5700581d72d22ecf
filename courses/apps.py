from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses and learning"

    def ready(self):
        from accounts.exports import register_export_section
        from courses import receivers, selectors

        receivers.connect()
        register_export_section("enrolments", selectors.user_learning_export)
