from django import template

from certificates.codes import code_format

register = template.Library()


@register.filter
def verification_code(code: str | None) -> str:
    """A stored certificate code as printed: XXXX-XXXX-XXXX-XXXX."""
    return code_format(code) if code else ""
