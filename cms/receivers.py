"""What cms does when its own models change: the pages' cache, which holds the site settings and
the footer drawn from them (core_tags.shared_fragment), is replaced."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms.models import SiteSettings
from core import page_cache


@receiver([post_save, post_delete], sender=SiteSettings)
def forget_cached_site_settings(sender, instance, **kwargs):
    # A row created now (the first visit of a site makes it) has drawn nothing yet.
    if not kwargs.get("created"):
        page_cache.clear()
