"""Keep stored progress percentages true when a course's structure changes in the admin, and
forget the cached course outlines when any page changes.

Connected in CoursesConfig.ready. Each receiver only finds the course and calls the service."""

from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.models import Page
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses.models import CoursePage, ModulePage, course_item_models
from courses.selectors import outline_cache_clear
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


# What Wagtail's save_revision writes on the page row: a draft (every autosave) changes
# nothing that the outline, which shows live pages only, reads.
DRAFT_FIELDS = frozenset(
    {COMMENTS_RELATION_NAME, "latest_revision_created_at", "draft_title", "latest_revision",
     "has_unpublished_changes"}
)  # fmt: skip


def page_changed(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page):
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    outline_cache_clear()


def migrated(sender, **kwargs):
    # After a deploy's migrations, no outline pickled by the code before it is read again.
    outline_cache_clear()


def connect() -> None:
    post_migrate.connect(migrated, dispatch_uid="courses-outline-migrated")
    for name, signal in [
        ("saved", post_save),
        ("deleted", post_delete),
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
    ]:
        signal.connect(page_changed, dispatch_uid=f"courses-outline-{name}")
    for model in [ModulePage, *course_item_models()]:
        for name, signal in [
            ("published", page_published),
            ("unpublished", page_unpublished),
            ("deleted", post_delete),
        ]:
            signal.connect(structure_changed, sender=model, dispatch_uid=f"courses-{name}-{model}")
        post_page_move.connect(moved, sender=model, dispatch_uid=f"courses-moved-{model}")
