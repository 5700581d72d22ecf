"""What serving a page reads on every request and what changes only when someone changes the
page tree: the site for a host name, the page at a path, a page's view restrictions, a course's
outline, the site settings, fragments drawn for every reader. Kept in the shared cache (Redis in
production, so every worker sees the same) under one version that any change to what they are
drawn from replaces (core/receivers.py, cms/receivers.py): a new version makes every entry of
the old one unreachable at once, and they expire on their own.

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
    """Forget every entry (something they are drawn from changed). A request
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


def _key(name: str) -> tuple[str, str] | None:
    """The current version and the entry's key under it; None when the cache is unreachable."""
    current = version()
    if current is None:
        return None
    # Names may hold a request's path: hashed, so that a key is short and plain whatever the path.
    digest = hashlib.blake2b(name.encode(), digest_size=16).hexdigest()
    return current, f"core:pages:{current}:{digest}"


def _local_entries(current: str) -> dict:
    """This process's entries under version `current` (emptied when the version moved on)."""
    if _local["version"] != current:
        _local["version"], _local["entries"] = current, {}
    if len(_local["entries"]) >= LOCAL_MAX_ENTRIES:
        _local["entries"] = {}
    return _local["entries"]


def _cache_get(keyed: tuple[str, str] | None):
    if keyed is None:
        return None
    current, key = keyed
    entries = _local_entries(current)
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


def _cache_set(keyed: tuple[str, str] | None, value) -> None:
    if keyed is None:
        return
    current, key = keyed
    _local_entries(current)[key] = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    try:
        cache.set(key, value, TIMEOUT_SECONDS)
    except CACHE_ERRORS:
        pass


def remembered(name: str, read):
    """The value of `read()`, kept under `name` until the pages change (None is kept too)."""
    keyed = _key(name)
    found = _cache_get(keyed)
    if found is None:
        found = (read(),)
        _cache_set(keyed, found)
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
