from django.urls import path, reverse
from wagtail import hooks

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


@hooks.register("register_admin_menu_item")
def course_learners_menu_item():
    return admin_views.FollowedCoursesMenuItem(
        "Course learners", reverse("courses_admin_courses"), icon_name="group", order=230
    )
