"""Helpers for Wagtail page types of every app."""

from django.utils.cache import add_never_cache_headers


class PersonalisedPageMixin:
    """For pages whose content depends on who reads them (a learner's progress, the library
    documents a reader may open): no cache may keep them for a signed-in reader."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
        return response
