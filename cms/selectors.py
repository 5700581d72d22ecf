"""Reads for the public site: what the home page, news and the library list, and who may read
a library document."""

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant

from accounts.selectors import user_approved_audiences, user_staff_powers_suspended
from cms.models import (
    AwarenessPage,
    LibraryDocument,
    NewsArticlePage,
    NewsIndexPage,
    Topic,
    Visibility,
)

NEWS_PER_PAGE = 10
LIBRARY_PER_PAGE = 20


def in_reader_language(pages: QuerySet) -> QuerySet:
    """The pages in the reader's language: its translations, and the default language's pages
    that have no translation in it yet (no query of its own)."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    try:
        active = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        active = default
    if active == default:
        return pages.filter(locale__language_code=default)
    translated = pages.model.objects.filter(locale__language_code=active).values("translation_key")
    return pages.filter(
        Q(locale__language_code=active)
        | (Q(locale__language_code=default) & ~Q(translation_key__in=translated))
    )


def awareness_pages() -> QuerySet[AwarenessPage]:
    return in_reader_language(AwarenessPage.objects.live().public()).order_by("path")


def news_latest(*, limit: int) -> QuerySet[NewsArticlePage]:
    articles = in_reader_language(NewsArticlePage.objects.live().public())
    return articles.order_by("-date", "-id")[:limit]


def news_index() -> NewsIndexPage | None:
    return in_reader_language(NewsIndexPage.objects.live().public()).first()


def news_page(page_number: str | None) -> PaginatorPage:
    """Every news article in the reader's language (there is one news index a language)."""
    articles = in_reader_language(NewsArticlePage.objects.live().public())
    return Paginator(articles.order_by("-date", "-id"), NEWS_PER_PAGE).get_page(page_number)


def user_can_manage_documents(user) -> bool:
    """Staff who add, change or choose documents. Wagtail's collection permissions are read
    from groups (and `is_superuser`), not through `has_perm`: a staff session that has not
    passed the second factor is ruled out here."""
    from wagtail.documents import get_document_model
    from wagtail.permissions import policy_registry

    if not user.is_authenticated or user_staff_powers_suspended(user):
        return False
    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission(user, ["add", "change", "choose"])


def library_documents_visible(user) -> QuerySet[LibraryDocument]:
    """The library documents this reader may open: public ones, those restricted to an audience
    the reader is an approved member of, and all of them for staff who manage documents."""
    documents = LibraryDocument.objects.all()
    if user_can_manage_documents(user):
        return documents
    visible = Q(visibility=Visibility.PUBLIC)
    audiences = user_approved_audiences(user) if user.is_authenticated else set()
    if audiences:
        visible |= Q(visibility=Visibility.PRACTITIONERS, audience_links__audience__in=audiences)
    return documents.filter(visible).distinct()


def document_is_public(document_id: int) -> bool:
    return LibraryDocument.objects.filter(pk=document_id, visibility=Visibility.PUBLIC).exists()


def document_readable_by(document: LibraryDocument, user) -> bool:
    if document.visibility == Visibility.PUBLIC:
        return True
    return library_documents_visible(user).filter(pk=document.pk).exists()


def library_page(*, user, filters: dict, page_number: str | None) -> PaginatorPage:
    """One page of the library for this reader, filtered by audience, topic, year and words in
    the title, summary or publisher. Audiences are prefetched: 3 queries whatever the size."""
    documents = library_documents_visible(user).filter(is_listed=True)
    if audience := filters.get("audience"):
        documents = documents.filter(audience_links__audience=audience)
    if topic := filters.get("topic"):
        documents = documents.filter(topic=topic)
    if year := filters.get("year"):
        documents = documents.filter(year=year)
    if query := (filters.get("q") or "").strip():
        for word in query.split()[:8]:
            documents = documents.filter(
                Q(title__icontains=word) | Q(summary__icontains=word) | Q(publisher__icontains=word)
            )
    documents = documents.distinct().order_by("-year", "title").prefetch_related("audience_links")
    return Paginator(documents, LIBRARY_PER_PAGE).get_page(page_number)


def library_years() -> list[int]:
    return list(
        LibraryDocument.objects.filter(is_listed=True, year__isnull=False)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def library_topics() -> list[tuple[str, str]]:
    return list(Topic.choices)
