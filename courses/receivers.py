"""Keep stored progress percentages true when a course's structure changes in the admin (the
cached outlines are forgotten by core/receivers.py, with the rest of the pages' cache).

Connected in CoursesConfig.ready. Each receiver only finds the course and calls the service."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses.models import CoursePage, ModulePage, course_item_models
from courses.services import course_progress_refresh


def _refresh_courses_on_path(path: str) -> None:
    """Refresh the course that is `path` or one of its ancestors."""
    prefixes = [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]
    for course_id in CoursePage.objects.filter(path__in=prefixes).values_list("pk", flat=True):
        course_progress_refresh(course_id=course_id)


def structure_changed(sender, instance, **kwargs):
    _refresh_courses_on_path(instance.path)


def moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    # Sibling paths can shift during a move: read the parents' paths again.
    for path in Page.objects.filter(
        pk__in=[parent_page_before.pk, parent_page_after.pk]
    ).values_list("path", flat=True):
        _refresh_courses_on_path(path)


def connect() -> None:
    for model in [ModulePage, *course_item_models()]:
        for name, signal in [
            ("published", page_published),
            ("unpublished", page_unpublished),
            ("deleted", post_delete),
        ]:
            signal.connect(structure_changed, sender=model, dispatch_uid=f"courses-{name}-{model}")
        post_page_move.connect(moved, sender=model, dispatch_uid=f"courses-moved-{model}")
