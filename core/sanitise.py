"""Stored rich text is cleaned again when it is rendered (nh3): Wagtail's editor already keeps
only the features a field allows, but text that reaches the database another way (a data
migration, an import, a bug) must not run scripts in a learner's browser."""

from urllib.parse import urlparse

import nh3

ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "code", "em", "h2", "h3", "h4", "hr", "i", "li", "ol", "p",
    "strong", "sub", "sup", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def safe_href(url: str) -> str:
    """The address itself if it is a path of this site or an http(s), mailto or tel address;
    "#" for anything else (javascript:, data:...) that reached the database without a block's
    validation, through an import say."""
    url = (url or "").strip()
    if url.startswith("/") and not url.startswith("//"):
        return url
    return url if urlparse(url).scheme in URL_SCHEMES else "#"  # urlparse lower-cases it
