from wagtail import hooks

from courses.viewsets import CourseLearnersViewSet


@hooks.register("register_admin_viewset")
def register_course_learners_viewset():
    return CourseLearnersViewSet()
