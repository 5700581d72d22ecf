"""Admin viewset for trainers and programme managers: the courses they follow and each
course's learners."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSet

from courses import admin_views


class CourseLearnersViewSet(ViewSet):
    """/admin/courses/learners/ (the courses) and /admin/courses/<id>/learners/ (one course's
    learners, with the results view that Wagtail's filters fetch)."""

    name = "courses_admin"
    url_prefix = "courses"
    icon = "group"
    menu_label = _("Course learners")
    menu_order = 230
    add_to_admin_menu = True
    menu_item_class = admin_views.FollowedCoursesMenuItem

    def get_urlpatterns(self):
        courses = admin_views.CoursesIndexView.as_view(index_url_name=self.get_url_name("courses"))
        learners = admin_views.CourseLearnersIndexView.as_view()
        results = admin_views.CourseLearnersIndexView.as_view(results_only=True)
        return [
            path("learners/", courses, name="courses"),
            path("<id:course_id>/learners/", learners, name="learners"),
            path("<id:course_id>/learners/results/", results, name="learners_results"),
        ]
