"""Template tags of the public site: link blocks and telephone numbers."""

from django import template

from cms import blocks

register = template.Library()


@register.simple_tag
def link_href(value) -> str:
    """The address of a LinkBlock value (a chosen page, or the address typed)."""
    return blocks.link_href(value)


@register.filter(name="tel_href")
def tel_href_filter(number) -> str:
    """The tel: address of a telephone number from the site settings."""
    return blocks.tel_href(str(number or ""))
