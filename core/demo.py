"""Helpers for the demo data of every app (`<app>/demo.py`, run by `manage.py seed_demo`):
idempotent page writes that publish only what changed, and the search and reference indexes
brought up to date once at the end rather than on every save."""

import threading
from contextlib import contextmanager

from django.apps import apps
from django.db.models.signals import post_save
from modelcluster.fields import ParentalKey
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


def _stored(value):
    """A field's value in comparable form (StreamFields as their stored JSON)."""
    if hasattr(value, "raw_data"):
        return value.get_prep_value()
    return value


def page_ensure(parent: Page, model, slug: str, fields: dict, extra=None) -> tuple[Page, bool]:
    """Create or update the child of `parent` with this slug; publish only when it changed.
    `extra(page) -> bool` applies relations (audiences) and says if they changed. Used by the
    demo data of every app."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        if extra:
            extra(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True
    changed = False
    for name, value in fields.items():
        if _stored(getattr(page, name)) != _stored(value):
            setattr(page, name, value)
            changed = True
    if extra and extra(page):
        changed = True
    if changed or page.has_unpublished_changes or not page.live:
        page.save_revision().publish()
    return page, changed


_deferring = threading.local()


@contextmanager
def indexes_updated_at_the_end():
    """Within the block, saving a model leaves the search index and Wagtail's reference index
    alone; when the block ends without an error, each object saved in it is indexed once, by
    the same tasks Wagtail runs after a save. A demo page is saved three times or more (created,
    revised, published): indexed on each, seeding spent a third of its time there. Run it in a
    transaction, as seed_demo does, so that nobody searches in between. Nested blocks wait
    for the outermost one."""
    if getattr(_deferring, "active", False):
        yield
        return
    searchable = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    tracked = set(ReferenceIndex.tracked_models)
    to_search: set[tuple[str, str, str]] = set()
    to_reference: set[tuple[str, str, str]] = set()

    def remember(sender, instance, raw=False, **kwargs):
        if raw:
            return
        key = (sender._meta.app_label, sender._meta.model_name, str(instance.pk))
        if sender in searchable:
            to_search.add(key)
        if sender in tracked:
            to_reference.add(key)

    for model in searchable:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="core.demo.indexes_updated_at_the_end")
    _deferring.active = True
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _deferring.active = False
        post_save.disconnect(dispatch_uid="core.demo.indexes_updated_at_the_end")
        for model in searchable:
            post_save.connect(post_save_signal_handler, sender=model)
    for key in to_search:
        insert_or_update_object_task.call(*key)
    referencing = {}
    for app_label, model_name, pk in to_reference:
        owner = _reference_owner(apps.get_model(app_label, model_name), pk)
        if owner is not None:
            referencing[(owner._meta.label, owner.pk)] = owner
    for owner in referencing.values():
        # What wagtail.tasks.update_reference_index_task does, once per owning object (a
        # page's inline rows, saved one by one, are indexed as their page).
        ReferenceIndex.create_or_update_for_object(owner)


def _reference_owner(model, pk):
    """The object whose references a save of (model, pk) changes: the object, or for an inline
    row (a ParentalKey) its parent, as Wagtail's own reference-index task finds it."""
    instance = model._default_manager.filter(pk=pk).first()
    while instance is not None:
        parental = [f for f in instance._meta.get_fields() if isinstance(f, ParentalKey)]
        if not parental:
            break
        instance = getattr(instance, parental[0].name)
    if instance is None or not ReferenceIndex.is_indexed(instance._meta.model):
        return None
    return instance
