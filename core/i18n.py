"""The languages of the interface, outside what Django's own translation module says."""

from django.conf import settings
from django.utils import translation


def active_language() -> str:
    """The active language as one of settings.LANGUAGES' codes (Django may report a variant,
    "fr-fr", or nothing at all outside a request)."""
    try:
        return translation.get_supported_language_variant(
            translation.get_language() or settings.LANGUAGE_CODE
        )
    except LookupError:
        return settings.LANGUAGE_CODE


def language_or_default(code: str | None) -> str:
    """`code` if it is one of settings.LANGUAGES, else the site's default."""
    return code if code in {c for c, _name in settings.LANGUAGES} else settings.LANGUAGE_CODE
