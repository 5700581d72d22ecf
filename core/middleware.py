"""Middleware of the ground floor."""

from core import page_cache
from core.serving import site_for_request, site_root_paths_for_request


class PageCacheMiddleware:
    """Reads the pages' cache version once for the whole request, and finds the request's
    Wagtail site (every page, and the site settings of every page, ask for it) and the site
    root paths (every page address) from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = page_cache.request_begin()
        try:
            site_for_request(request)
            site_root_paths_for_request(request)
            return self.get_response(request)
        finally:
            page_cache.request_end(token)
