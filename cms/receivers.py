"""What cms does when its own models change: cached site settings are forgotten."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms.models import SiteSettings


@receiver([post_save, post_delete], sender=SiteSettings)
def forget_cached_site_settings(sender, instance, **kwargs):
    cache.delete(SiteSettings.cache_key(instance.site_id))
