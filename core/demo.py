"""Helpers for the demo data of every app (`<app>/demo.py`, run by `manage.py seed_demo`):
idempotent page writes that publish only what changed."""

from wagtail.models import Page


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
