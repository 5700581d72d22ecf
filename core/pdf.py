"""The WeasyPrint plumbing every PDF shares: the bundled fonts, a URL fetcher that reaches only
the project's own static files and inline `data:` images, and HTML in, PDF bytes out.

What reaches WeasyPrint is escaped HTML made by the apps' templates, and WeasyPrint may fetch
nothing else: `LocalOnlyURLFetcher` refuses every other URL (`file:///etc/passwd`,
`http://169.254.169.254/`) without touching the network. Rendering runs in tasks and commands,
never in a request."""

import logging
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from weasyprint import HTML, URLFetcher

logger = logging.getLogger(__name__)

# Liberation Serif (OFL, static/fonts), embedded in every PDF.
FONTS = {
    "regular": "fonts/LiberationSerif-Regular.ttf",
    "bold": "fonts/LiberationSerif-Bold.ttf",
    "italic": "fonts/LiberationSerif-Italic.ttf",
}


@cache
def _allowed_roots() -> tuple[Path, ...]:
    roots = [Path(p) for p in settings.STATICFILES_DIRS]
    roots.append(Path(settings.STATIC_ROOT))
    return tuple(root.resolve() for root in roots)


class LocalOnlyURLFetcher(URLFetcher):
    """Fetches `data:` URLs and files inside the static directories; refuses everything else."""

    def fetch(self, url, headers=None):
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = Path(unquote(urlsplit(url).path)).resolve()
            if path.is_file() and any(path.is_relative_to(root) for root in _allowed_roots()):
                return super().fetch(path.as_uri(), headers)
        logger.warning("PDF rendering refused to fetch %r", url[:200])
        raise ValueError(f"Refused to fetch {url[:200]!r}: only local static files are allowed")


def static_uri(path: str) -> str:
    found = finders.find(path)
    if not found:
        raise FileNotFoundError(path)
    return Path(found).resolve().as_uri()


def font_uris() -> dict[str, str]:
    """The bundled fonts as file URIs, for a template's @font-face rules."""
    return {name: static_uri(path) for name, path in FONTS.items()}


def html_to_pdf(html: str, *, tagged: bool = True, attachments: list | None = None) -> bytes:
    """Render HTML to PDF bytes, fetching only local static files and data URIs. A tagged PDF
    (structure for screen readers) costs layout time: long tabular documents may leave it off.
    `attachments`: weasyprint.Attachment files embedded in the PDF."""
    document = HTML(
        string=html,
        base_url=static_uri(FONTS["regular"]),
        url_fetcher=LocalOnlyURLFetcher(timeout=2, allowed_protocols=("data", "file")),
    )
    return document.write_pdf(pdf_tags=tagged, attachments=attachments or None)
