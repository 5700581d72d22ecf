from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("courses/learners/", admin_views.CoursesView.as_view(), name="courses_admin_courses"),
        path(
            "courses/<int:course_id>/learners/",
            admin_views.CourseLearnersView.as_view(),
            name="courses_admin_learners",
        ),
    ]


class CourseLearnersMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.user_follows_courses(request.user)


@hooks.register("register_admin_menu_item")
def course_learners_menu_item():
    return CourseLearnersMenuItem(
        "Course learners", reverse("courses_admin_courses"), icon_name="group", order=230
    )
