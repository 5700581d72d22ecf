from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The ground floor: what every app shares (blocks, charts, sanitising, PDF plumbing, private
    downloads, page and admin helpers). It imports no app of the project."""

    name = "core"
    verbose_name = _("Shared foundations")

    def ready(self):
        from core import (
            converters,  # noqa: F401 - registers the `id` URL converter
            receivers,
        )

        receivers.connect()
