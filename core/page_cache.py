"""What serving a page reads on every request and what changes only when someone changes the
page tree: the site for a host name, the page at a path, a page's view restrictions, a course's
outline. Kept in the shared cache (Redis in production, so every worker sees the same) under
one version that any change to a page, a view restriction, a site or a locale replaces
(core/receivers.py): a new version makes every entry of the old one unreachable at once, and
they expire on their own.

The version is read once per request (`PageCacheMiddleware`); outside a request (a task, a
shell) each read asks the cache for it. Each process also keeps what it read under the current
version (as pickled bytes, so no request can change what the next one gets): an entry never
changes under one version, so once the version is confirmed the shared cache need not be asked
again; a new version empties it. A cache that cannot be reached is read around, so that
/healthz can still answer and report it down (Wagtail's own page URLs need the cache too, so
pages are not served until it is back)."""

import hashlib
import logging
import pickle
import uuid
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction

try:
    from redis.exceptions import RedisError
except ImportError:  # pragma: no cover - redis is a dependency
    RedisError = OSError

logger = logging.getLogger(__name__)
CACHE_ERRORS = (OSError, RedisError)

VERSION_KEY = "core:pages-version"
TIMEOUT_SECONDS = 3600

LOCAL_MAX_ENTRIES = 5000

_request_version: ContextVar[str | None] = ContextVar("pages_cache_version", default=None)
# This process's copy: the version it belongs to, and key -> pickled (value,).
_local: dict = {"version": None, "entries": {}}


def _version_read() -> str | None:
    """The current version; None when the cache cannot be reached."""
    try:
        return cache.get_or_set(VERSION_KEY, lambda: uuid.uuid4().hex, None)
    except CACHE_ERRORS as error:
        logger.warning("Pages' cache unreachable, reading from the database: %s", error)
        return None


def version() -> str | None:
    return _request_version.get() or _version_read()


def clear() -> None:
    """Forget every entry (a page, a view restriction, a site or a locale changed). A request
    that made the change reads the new version from here on. The version moves again when the
    change commits: a request elsewhere that began between the two read the rows as they were
    before the commit, and what it kept under the first new version is left behind."""
    _version_replace()
    transaction.on_commit(_version_replace)


def _version_replace() -> None:
    new = uuid.uuid4().hex
    try:
        cache.set(VERSION_KEY, new, None)
    except CACHE_ERRORS:
        # Unreachable now: it may come back holding the old version, so fail loudly rather
        # than let readers see pages as they were.
        logger.exception("Pages' cache unreachable: its entries could not be forgotten")
        raise
    if _request_version.get() is not None:
        _request_version.set(new)


def _key(name: str) -> str | None:
    current = version()
    if current is None:
        return None
    # Names may hold a request's path: hashed, so that a key is short and plain whatever the path.
    digest = hashlib.blake2b(name.encode(), digest_size=16).hexdigest()
    return f"core:pages:{current}:{digest}"


def _local_entries(key: str) -> dict:
    """This process's entries, emptied when the version in `key` is not theirs."""
    current = key.split(":", 3)[2]
    if _local["version"] != current:
        _local["version"], _local["entries"] = current, {}
    if len(_local["entries"]) >= LOCAL_MAX_ENTRIES:
        _local["entries"] = {}
    return _local["entries"]


def _cache_get(key: str | None):
    if key is None:
        return None
    entries = _local_entries(key)
    held = entries.get(key)
    if held is not None:
        return pickle.loads(held)  # noqa: S301 - pickled by this process, below
    try:
        found = cache.get(key)
    except CACHE_ERRORS:
        return None
    if found is not None:
        entries[key] = pickle.dumps(found, pickle.HIGHEST_PROTOCOL)
    return found


def _cache_set(key: str | None, value) -> None:
    if key is None:
        return
    _local_entries(key)[key] = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    try:
        cache.set(key, value, TIMEOUT_SECONDS)
    except CACHE_ERRORS:
        pass


def remembered(name: str, read):
    """The value of `read()`, kept under `name` until the pages change (None is kept too)."""
    key = _key(name)
    found = _cache_get(key)
    if found is None:
        found = (read(),)
        _cache_set(key, found)
    return found[0]


def get(name: str, default=None):
    found = _cache_get(_key(name))
    return default if found is None else found[0]


def put(name: str, value) -> None:
    _cache_set(_key(name), (value,))


def request_begin() -> object:
    """Read the version for the request now starting; returns the token to end it with."""
    return _request_version.set(_version_read())


def request_end(token: object) -> None:
    _request_version.reset(token)
