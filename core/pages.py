"""Helpers for Wagtail page types of every app: pages personalised for their reader, view
restrictions read from the pages' cache, and addresses (slugs) that an abandoned draft never
blocks (`FreeSlugPageForm`)."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, PageViewRestriction

from core import page_cache


def route_by_url_path(page, request, path_components):
    """The page below `page` at these path components, found by its URL path in one query (two
    with its specific type) instead of Wagtail's walk, which costs two queries per level; None
    when no page has that path (a page's own sub-route, say: the walk then decides). No page
    type of ours routes its children itself, so the walk would reach the same page."""
    if not path_components:
        return None
    url_path = page.url_path + "/".join(path_components) + "/"
    found = Page.objects.filter(url_path=url_path, path__startswith=page.path).specific().first()
    return None if found is None else found.route(request, [])


class SitePageMixin:
    """For every page type of the project (tests/core/test_page_cache.py checks): the view
    restrictions that apply to the page (its own and its ancestors'), which Wagtail reads before
    serving it, come from the pages' cache instead of two queries per request. What is
    returned is a queryset already holding those restrictions: iterating it reads nothing;
    filtering or ordering it (the admin's privacy dialog) asks the database again."""

    def get_view_restrictions(self):
        read = super().get_view_restrictions
        restrictions = page_cache.remembered(f"view-restrictions:{self.pk}", lambda: list(read()))
        held = PageViewRestriction.objects.filter(pk__in=[r.pk for r in restrictions])
        held._result_cache = restrictions
        held._prefetch_done = True
        return held


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
      error: someone chose that address, and a page already published keeps its links;
    - the new-page form posted again after the editor's autosave made a draft of it (the
      author's own draft, never published, saved in the last half hour) is refused with a
      message, not given "-2": that would be a copy of the same page.
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
        if self._holder_is_this_authors_fresh_draft(slug):
            self.add_error("slug", FRESH_DRAFT_MESSAGE)
            return
        self.cleaned_data["slug"] = slug_free(slug, parent=self.parent_page, page=self.instance)

    def _holder_is_this_authors_fresh_draft(self, slug: str) -> bool:
        """The page holding the slug is this author's own draft of a moment ago: what the
        editor's autosave made of this very form, not an abandoned draft. A second page beside
        it would be a copy."""
        if self.instance.pk or self.for_user is None:
            return False
        since = timezone.now() - FRESH_DRAFT_AGE
        return (
            self.parent_page.get_children()
            .filter(slug=slug, owner=self.for_user, first_published_at__isnull=True)
            # No revision yet: the autosave that creates it is still at work.
            .filter(
                Q(latest_revision_created_at__gte=since)
                | Q(latest_revision_created_at__isnull=True)
            )
            .exists()
        )


# How long a never-published draft is the author's work in progress rather than abandoned.
FRESH_DRAFT_AGE = timedelta(minutes=30)
FRESH_DRAFT_MESSAGE = _(
    "You saved a draft of this page a moment ago (the editor saves as you type): open it from "
    "the page explorer to go on and publish it, so that it is not created twice."
)


class FreeSlugPageMixin:
    """For page types whose authors create pages by title (courses, modules, lessons,
    quizzes): their form is a FreeSlugPageForm. A page type with a form of its own derives
    it from FreeSlugPageForm instead."""

    base_form_class = FreeSlugPageForm
