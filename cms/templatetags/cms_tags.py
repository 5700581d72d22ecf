from django import template
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.rich_text import RichText, expand_db_html

from cms import blocks
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


@register.simple_tag
def link_href(value) -> str:
    """The address of a LinkBlock value (a chosen page, or the address typed)."""
    return blocks.link_href(value)


@register.simple_tag(takes_context=True)
def path_in_default_language(context) -> str:
    """This page's path without its language prefix (/fr/resources/ -> /resources/). Django's
    set_language resolves `next` in the default language, which has no prefix, so the switch
    must be given the plain path to find the page in the chosen language."""
    request = context.get("request")
    if request is None:
        return "/"
    path = request.get_full_path()
    language = translation.get_language_from_path(request.path_info)
    if language and path.startswith(f"/{language}/"):
        path = path[len(language) + 1 :]
    return path
