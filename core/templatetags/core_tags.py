"""Template tags every app's templates use: cleaned rich text, safe link addresses, the page's
description and language, and fragments drawn once (`copy_with_ids`, `shared_fragment`)."""

from django import template
from django.conf import settings
from django.middleware.csrf import get_token
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.rich_text import RichText, expand_db_html

from core import page_cache, sanitise
from core.images import SIZES, body_image_specs

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


# Stands for the id prefix while a fragment is drawn once (`copy_with_ids`): the "<" of it can
# come only from the template itself, since every value drawn into the fragment is escaped.
_ID_PREFIX = mark_safe("<id-prefix>")  # noqa: S308 - a constant


@register.simple_tag(takes_context=True)
def copy_with_ids(context, template_name: str, prefix: str) -> str:
    """The template drawn with this context once per request, and given again for each copy
    with its own `prefix` in its ids (the template writes `{{ prefix }}` in every id). For a
    fragment a page shows twice, the course outline (a collapsible list on a phone, a sidebar
    on a wide screen): the second copy costs a string replacement, not a second drawing."""
    request = context.get("request")
    drawn = getattr(request, "_copies_with_ids", None)
    if drawn is None:
        drawn = {}
        if request is not None:
            request._copies_with_ids = drawn
    if template_name not in drawn:
        fragment = context.template.engine.get_template(template_name)
        with context.push(prefix=_ID_PREFIX):
            drawn[template_name] = fragment.render(context)
    return mark_safe(drawn[template_name].replace(_ID_PREFIX, escape(prefix)))  # noqa: S308


def _token_stand_in() -> str:
    """What a form holds for the reader's CSRF token in a fragment drawn for every reader: the
    same in every process, and not a string anyone writing content could know."""
    return salted_hmac("core.shared_fragment", "csrf stand-in").hexdigest()[:32]


@register.simple_tag(takes_context=True)
def shared_fragment(context, template_name: str, *key) -> str:
    """The template drawn once per `key` and language for every reader, and kept in the pages'
    cache (core/page_cache.py: replaced when a page, a document, an image or the site settings
    change): for what a page shows the same to everyone (a lesson's blocks, the footer). Forms
    in it get the reader's own CSRF token. The fragment must not show anything else of the
    reader's (their name, their answers, the address they are at): draw that outside it. Drawn
    afresh for anything but a GET."""
    request = context.get("request")

    def render(**values) -> str:
        with context.push(**values):
            return str(context.template.engine.get_template(template_name).render(context))

    if request is None or request.method not in ("GET", "HEAD"):
        return mark_safe(render())  # noqa: S308 - drawn from our template
    stand_in = _token_stand_in()

    name = ":".join(["fragment", template_name, translation.get_language() or "", *map(str, key)])
    drawn = page_cache.remembered(name, lambda: render(csrf_token=stand_in))
    if stand_in in drawn:
        drawn = drawn.replace(stand_in, get_token(request))
    return mark_safe(drawn)  # noqa: S308 - drawn from our template


@register.simple_tag
def body_picture(image, loading: str = "lazy", **attrs) -> str:
    """An image of a page body as a <picture>: AVIF and WebP sources at three widths, a JPEG or
    PNG <img> fallback (core/images.py), lazily loaded unless told otherwise."""
    if image is None:
        return ""
    renditions = get_renditions_or_not_found(image, body_image_specs(image))
    attrs = {"sizes": SIZES, "loading": loading, "decoding": "async", **attrs}
    return Picture(renditions, attrs).__html__()
