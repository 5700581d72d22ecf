"""Writes for the public site."""

from django.db import transaction
from wagtail.models import Page, Site

from cms.models import HomeFeaturedCourse, HomePage, LibraryDocument, LibraryDocumentAudience


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


@transaction.atomic
def home_featured_courses_set(*, home: HomePage, courses: list[Page]) -> bool:
    """Feature these course pages on the home page, in this order. Returns whether it changed."""
    wanted = [course.pk for course in courses]
    current = list(home.featured_courses.order_by("sort_order").values_list("course_id", flat=True))
    if current == wanted:
        return False
    # Through the page's own cluster and a revision, so the admin's history agrees.
    home.featured_courses = [
        HomeFeaturedCourse(course_id=course_id, sort_order=index)
        for index, course_id in enumerate(wanted)
    ]
    home.save_revision().publish()
    return True


@transaction.atomic
def home_page_ensure(*, title: str, headline: str, intro: str) -> tuple[HomePage, bool]:
    """Make sure the default site's root is a HomePage with this content. Returns the page and
    whether anything changed; running it again with the same content changes nothing."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title=title, headline=headline, intro=intro))
        changed = True
    else:
        changed = False
        for field, value in {"title": title, "headline": headline, "intro": intro}.items():
            if getattr(home, field) != value:
                setattr(home, field, value)
                changed = True
        if changed:
            home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="CT Academy",
        )
        changed = True
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
        changed = True
    return home, changed


@transaction.atomic
def library_document_audiences_set(*, document: LibraryDocument, audiences) -> bool:
    """Make these the audiences the document is for. Returns whether anything changed."""
    wanted = set(audiences)
    removed, _ = document.audience_links.exclude(audience__in=wanted).delete()
    existing = set(document.audience_links.values_list("audience", flat=True))
    LibraryDocumentAudience.objects.bulk_create(
        LibraryDocumentAudience(document=document, audience=audience)
        for audience in sorted(wanted - existing)
    )
    document.__dict__.pop("audience_values", None)
    return bool(removed or wanted - existing)
