"""Forget the pages' cache (core/page_cache.py) when what it keeps changes: a page (saved,
published, unpublished, moved, deleted), a page's view restrictions, a site, a locale, a
document or an image (cms/receivers.py adds the site settings); and after migrations, so that
nothing pickled by the code before a deploy is read again.

Connected in CoreConfig.ready."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import page_cache
from core.images import page_body_image_ids
from core.tasks import body_renditions_task

# What Wagtail's save_revision writes on the page row: a draft (every autosave) changes
# nothing that the cache keeps, which is about live pages only.
DRAFT_FIELDS = frozenset(
    {COMMENTS_RELATION_NAME, "latest_revision_created_at", "draft_title", "latest_revision",
     "has_unpublished_changes"}
)  # fmt: skip


def page_changed(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page):
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    page_cache.clear()


def kept_changed(sender, **kwargs):
    page_cache.clear()


def published(sender, instance, **kwargs):
    """A page published: its body images' renditions are made by a worker, after the commit."""
    image_ids = page_body_image_ids(instance.specific)
    if image_ids:
        transaction.on_commit(lambda: body_renditions_task.delay(image_ids))


def connect() -> None:
    post_migrate.connect(kept_changed, dispatch_uid="core-pages-migrated")
    page_published.connect(published, dispatch_uid="core-pages-renditions")
    for name, signal in [
        ("saved", post_save),
        ("deleted", post_delete),
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
    ]:
        signal.connect(page_changed, dispatch_uid=f"core-pages-{name}")
    # Lessons' bodies are kept drawn (core_tags.shared_fragment): a document's or an image's
    # title, file or size may be in them.
    for model in (PageViewRestriction, Site, Locale, get_document_model(), get_image_model()):
        post_save.connect(kept_changed, sender=model, dispatch_uid=f"core-pages-saved-{model}")
        post_delete.connect(kept_changed, sender=model, dispatch_uid=f"core-pages-deleted-{model}")
    m2m_changed.connect(
        kept_changed, sender=PageViewRestriction.groups.through, dispatch_uid="core-pages-groups"
    )
