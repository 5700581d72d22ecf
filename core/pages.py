"""Helpers for Wagtail page types of every app: pages personalised for their reader, and
addresses (slugs) that an abandoned draft never blocks (`FreeSlugPageForm`)."""

from django.conf import settings
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page


class PersonalisedPageMixin:
    """For pages whose content depends on who reads them (a learner's progress, the library
    documents a reader may open): no cache may keep them for a signed-in reader."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
        return response


SLUG_MAX_LENGTH = 255  # Page.slug's


def _slug_base(text: str) -> str:
    return slugify(text, allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True))


def slug_free(slug: str, *, parent, page=None) -> str:
    """`slug` with the first suffix ("-2", "-3", ...) that no sibling under `parent` holds."""
    siblings = parent.get_children()
    if page is not None and page.pk:
        siblings = siblings.not_page(page)
    taken = set(siblings.filter(slug__startswith=slug[:200]).values_list("slug", flat=True))
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = slug[: SLUG_MAX_LENGTH - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        number += 1


class FreeSlugPageForm(WagtailAdminPageForm):
    """A page form on which an abandoned draft never blocks a title's address.

    Wagtail refuses a slug that a sibling holds ("The slug is already in use"), and a draft
    that was never published holds its slug as firmly as a live page: a trainer who started
    "Module quiz", gave up, and creates "Module quiz" again is stopped by a field they never
    touched. The rule here, chosen as the least surprising:

    - on a page never published (a new one, or a draft), a slug made from the title (the one
      Wagtail's editor fills in as the title is typed, or the same words) is given the first
      free suffix ("module-quiz-2") when a sibling holds it, whether that sibling is a
      forgotten draft or a live page: the author chose a title, not an address;
    - a slug the author typed themselves, or a published page's slug, keeps Wagtail's
      error: someone chose that address, and a page already published keeps its links.
    """

    def clean(self):
        self._free_derived_slug()
        return super().clean()

    def _free_derived_slug(self) -> None:
        slug, title = self.cleaned_data.get("slug"), self.cleaned_data.get("title")
        if not slug or not title or self.parent_page is None:
            return
        if self.instance.first_published_at is not None:
            return
        if _slug_base(slug) != _slug_base(title):
            return
        if Page._slug_is_available(slug, self.parent_page, self.instance):
            return
        self.cleaned_data["slug"] = slug_free(slug, parent=self.parent_page, page=self.instance)


class FreeSlugPageMixin:
    """For page types whose authors create pages by title (courses, modules, lessons,
    quizzes): their form is a FreeSlugPageForm. A page type with a form of its own derives
    it from FreeSlugPageForm instead."""

    base_form_class = FreeSlugPageForm
