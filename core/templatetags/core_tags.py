"""Template tags every app's templates use: cleaned rich text, safe link addresses, the page's
description and language, and fragments drawn once (`copy_with_ids`, `shared_fragment`)."""

import re

from django import template
from django.conf import settings
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.html import conditional_escape, escape, strip_tags
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


# A hole in a fragment drawn for every reader: where the reader's own part goes, filled for each
# reader by the `holes` the fragment is drawn with. Like the id prefix, its "<" can come only
# from a template: values drawn into the fragment are escaped, and stored rich text is cleaned.
_HOLE = "<hole {}>"
_HOLE_PATTERN = re.compile(r"<hole ([\w.:-]+)>")
_HOLE_WORD = re.compile(r"[\w.-]+")


@register.simple_tag(takes_context=True)
def hole(context, name: str, *args) -> str:
    """The reader's own part of a fragment drawn for every reader (`shared_fragment` with
    `holes`): `holes(name, *args)` gives it, for each reader. Arguments are plain words or
    numbers (a page's id, say)."""
    if context.get("_drawing_shared"):
        words = [name, *map(str, args)]
        if not all(_HOLE_WORD.fullmatch(word) for word in words):
            raise ValueError(f"a hole is named by plain words: {words!r}")
        return mark_safe(_HOLE.format(":".join(words)))  # noqa: S308 - plain words, checked
    return conditional_escape(context["holes"](name, *map(str, args)))  # words, as when shared


@register.simple_tag(takes_context=True)
def shared_fragment(context, template_name: str, *key, holes=None) -> str:
    """The template drawn once per `key` and language for every reader, and kept in the pages'
    cache (core/page_cache.py: replaced when a page, a document, an image or the site settings
    change): for what a page shows the same to everyone (a lesson's blocks, the footer). Forms
    in it get the reader's own CSRF token. The fragment must not show anything else of the
    reader's (their name, their answers, the address they are at) except through a `hole`:
    `holes(name, *args)` fills each for the reader (a string, escaped unless marked safe; the
    holes must be the same for every reader of the key: what they show may differ). Drawn
    afresh for anything but a GET."""
    request = context.get("request")

    def render(**values) -> str:
        with context.push(holes=holes, **values):
            return str(context.template.engine.get_template(template_name).render(context))

    if request is None or request.method not in ("GET", "HEAD"):
        return mark_safe(render())  # noqa: S308 - drawn from our template
    stand_in = _token_stand_in()

    name = ":".join(["fragment", template_name, translation.get_language() or "", *map(str, key)])
    drawn = page_cache.remembered(name, lambda: render(csrf_token=stand_in, _drawing_shared=True))
    if stand_in in drawn:
        # The page's own token (the context's, masked once per page), else a new one.
        token = context.get("csrf_token")
        drawn = drawn.replace(stand_in, str(token) if token else get_token(request))
    if holes is not None:
        drawn = _HOLE_PATTERN.sub(
            lambda found: conditional_escape(holes(*found.group(1).split(":"))), drawn
        )
    return mark_safe(drawn)  # noqa: S308 - drawn from our template, holes escaped


def drawn_once(template_name: str, key: tuple, context: dict) -> str:
    """A small template drawn once per `key` and language, for every reader, into the pages'
    cache: what fills a fragment's holes when it takes only a few forms (an outline item in
    each of its states). `context` must be all it depends on, and hold nothing of a reader's
    but what `key` names."""
    name = ":".join(["drawn", template_name, translation.get_language() or "", *map(str, key)])
    return mark_safe(  # noqa: S308 - drawn from our template
        page_cache.remembered(name, lambda: render_to_string(template_name, context))
    )


@register.simple_tag
def body_picture(image, loading: str = "lazy", **attrs) -> str:
    """An image of a page body as a <picture>: AVIF and WebP sources at three widths, a JPEG or
    PNG <img> fallback (core/images.py), lazily loaded unless told otherwise."""
    if image is None:
        return ""
    renditions = get_renditions_or_not_found(image, body_image_specs(image))
    attrs = {"sizes": SIZES, "loading": loading, "decoding": "async", **attrs}
    return Picture(renditions, attrs).__html__()
