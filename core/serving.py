"""Serving Wagtail pages with what every request reads taken from the pages' cache
(core/page_cache.py): the request's site, and the page at the requested path, itself kept as
it was read. A cached route costs no query, instead of Wagtail's site, locale, home page and
path lookups and the page's own."""

from django.contrib.contenttypes.models import ContentType
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from core import page_cache


def site_for_request(request) -> Site | None:
    """Wagtail's `Site.find_for_request`, remembered: the host names of the sites are read once
    per version, and the site for each known host and port; every other host name gets the
    default site, as Wagtail gives it, under one entry (so unknown host names add nothing)."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        known = page_cache.remembered(
            "site-hostnames", lambda: frozenset(Site.objects.values_list("hostname", flat=True))
        )
        name = f"site:{hostname}:{port}" if hostname in known else "site:*"
        request._wagtail_site = page_cache.remembered(name, lambda: Site._find_for_request(request))
    return request._wagtail_site


def site_root_paths_for_request(request) -> None:
    """Give the request Wagtail's site root paths (which every page address is worked out
    from: `pageurl`, `Page.get_url`) from this process's copy of the pages' cache, where Wagtail
    would ask the shared cache once per request."""
    if hasattr(request, "_wagtail_cached_site_root_paths"):
        return
    if page_cache.version() is None:
        return  # the cache is down: left to Wagtail (so /healthz still answers, with 503)
    request._wagtail_cached_site_root_paths = page_cache.remembered(
        "site-root-paths", Site.get_site_root_paths
    )


def route_for_request(request, path: str) -> RouteResult | None:
    """The page at `path` for this request, as Wagtail's `Page.route_for_request` finds it (which
    decides on a first visit: translations, a page's own route), remembered by site, language
    and path for plain pages (no sub-route). A remembered page that is no longer live is routed
    again, which answers "not found" as Wagtail does."""
    site = site_for_request(request)
    if site is None:
        return None
    name = f"route:{site.pk}:{get_language()}:{path}"
    found = page_cache.get(name)
    if found is not None:
        page_id, content_type_id = found
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = page_cache.remembered(f"page:{page_id}", lambda: _page_read(model, page_id))
        if page is not None and page.live:
            request._wagtail_route_for_request = RouteResult(page)
            return request._wagtail_route_for_request
    route = Page.route_for_request(request, path)
    if route is not None and not route.args and not route.kwargs:
        page_cache.put(name, (route.page.pk, route.page.content_type_id))
        page_cache.put(f"page:{route.page.pk}", route.page)  # as read, before it is served
    return route


def _page_read(model, page_id: int):
    """The page itself, as its type's table holds it (the pages' cache keeps it: any change to
    a page but a draft's bookkeeping replaces the version; None when it is gone)."""
    return model._default_manager.filter(pk=page_id).first() if model else None


def serve(request, path):
    """Wagtail's page view (its hooks, view restrictions and `serve`), on the remembered route."""
    route_for_request(request, path)
    return wagtail_views.serve(request, path)
