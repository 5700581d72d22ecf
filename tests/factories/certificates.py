"""Completed enrolments (and so certificates) built through the real services."""

from courses import services as course_services
from courses.models import CoursePage, Enrolment
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create, lessons_of


def course_complete(*, user, course: CoursePage) -> Enrolment:
    """Enrol the user and complete every lesson, as a learner would."""
    course_services.enrolment_create(user=user, course=course)
    for lesson in lessons_of(course):
        course_services.item_complete(user=user, item=lesson)
    return Enrolment.objects.get(user=user, course=course)


def completed_enrolment(*, user=None, course=None, **user_fields) -> Enrolment:
    user = user or UserFactory(**user_fields)
    course = course or course_create(modules=1, lessons=1)
    return course_complete(user=user, course=course)
