"""Absolute links for whatever leaves the site (e-mails, PDFs, the QR code on a certificate):
all of them are built on the one configured address, `settings.BASE_URL`, never on the host of
the request that happened to send them (a worker has no request at all)."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings


def base_url() -> str:
    """The site's address, without a trailing slash: `https://academy.example.lc`."""
    return settings.BASE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """A path of this site (`/learn/`, the result of `reverse()`) as an absolute link."""
    if not path.startswith("/"):
        raise ValueError(f"absolute_url takes a path starting with '/', not {path!r}")
    return base_url() + path


def rebased_url(url: str) -> str:
    """A link that something else built from a request (allauth does), moved onto the
    configured address: same path, query and fragment."""
    parts = urlsplit(url)
    base = urlsplit(base_url())
    return urlunsplit((base.scheme, base.netloc, parts.path or "/", parts.query, parts.fragment))


def site_address() -> str:
    """The address as people write it, without the scheme: `academy.example.lc`."""
    return base_url().split("://", 1)[-1]
