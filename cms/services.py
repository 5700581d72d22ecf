"""Writes for the public site."""

from django.db import transaction
from wagtail.models import Page, Site

from cms.models import HomePage


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
