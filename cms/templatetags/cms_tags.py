from django import template
from django.utils.safestring import mark_safe
from wagtail.rich_text import RichText, expand_db_html

from cms.sanitise import clean_html

register = template.Library()


@register.filter
def richtext_clean(value) -> str:
    """Like Wagtail's `richtext` filter (links to pages and documents expanded), then cleaned
    with nh3. Use it for every stored rich text."""
    if value is None:
        return ""
    source = value.source if isinstance(value, RichText) else str(value)
    return mark_safe(clean_html(expand_db_html(source)))  # noqa: S308 - cleaned by nh3
