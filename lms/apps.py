from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    """The project package, installed so that it can hold project-wide management commands
    (seed_demo). It sits on top of every domain app and may import from all of them."""

    name = "lms"
    verbose_name = _("CT Academy")
