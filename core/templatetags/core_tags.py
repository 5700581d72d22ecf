"""Template tags every app's templates use: cleaned rich text, safe link addresses, the page's
description and language."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.rich_text import RichText, expand_db_html

from core import sanitise

register = template.Library()


@register.filter
def richtext_clean(value) -> str:
    """Like Wagtail's `richtext` filter (links to pages and documents expanded), then cleaned
    with nh3. Use it for every stored rich text."""
    if value is None:
        return ""
    source = value.source if isinstance(value, RichText) else str(value)
    return mark_safe(sanitise.clean_html(expand_db_html(source)))  # noqa: S308 - cleaned by nh3


@register.simple_tag
def meta_description(page) -> str:
    """The page's description for search engines and link previews: what the editor wrote for
    search, else the page's summary, else the first words of its introduction."""
    if page is None or not hasattr(page, "search_description"):
        return ""
    if page.search_description:
        return page.search_description
    summary = getattr(page, "summary", "") or ""
    if summary:
        return summary
    intro = getattr(page, "intro", "") or ""
    return Truncator(strip_tags(str(intro))).words(30) if intro else ""


@register.filter
def safe_href(url) -> str:
    """An address from stored content, or "#" when its scheme is not safe to link to."""
    return sanitise.safe_href(str(url or ""))


@register.simple_tag(takes_context=True)
def content_language(context, page) -> str:
    """The language of the page's own text when it differs from the interface's (a reader who
    chose French reading a page not translated yet), so that screen readers pronounce it
    right; "" otherwise. Costs a query only then."""
    if page is None or not hasattr(page, "locale_id"):
        return ""
    interface = translation.get_language()
    default = settings.LANGUAGE_CODE
    if interface == default:
        return ""
    return page.locale.language_code if page.locale.language_code != interface else ""
