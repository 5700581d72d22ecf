"""Public-site pages and library documents, built as editors build them."""

from django.core.files.base import ContentFile
from wagtail.models import Site

from cms.models import (
    AwarenessPage,
    HomePage,
    LibraryDocument,
    LibraryPage,
    NewsArticlePage,
    NewsIndexPage,
    ReportingPage,
    Visibility,
)
from cms.services import library_document_audiences_set

_counter = iter(range(1, 10_000_000))

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def home() -> HomePage:
    return HomePage.objects.get()


def site() -> Site:
    return Site.objects.get(is_default_site=True)


def _add(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def awareness_page_create(*, body=None, **fields) -> AwarenessPage:
    n = next(_counter)
    fields.setdefault("title", f"Awareness {n}")
    fields.setdefault("slug", f"awareness-{n}")
    fields.setdefault("summary", "What to notice.")
    page = AwarenessPage(body=body or [{"type": "text", "value": "<p>Text.</p>"}], **fields)
    return _add(home(), page)


def news_index() -> NewsIndexPage:
    index = NewsIndexPage.objects.first()
    return index or _add(home(), NewsIndexPage(title="News", slug="news"))


def news_article_create(**fields) -> NewsArticlePage:
    n = next(_counter)
    fields.setdefault("title", f"News {n}")
    fields.setdefault("slug", f"news-{n}")
    fields.setdefault("summary", "Something happened.")
    page = NewsArticlePage(body=[{"type": "text", "value": "<p>Body.</p>"}], **fields)
    return _add(news_index(), page)


def reporting_page() -> ReportingPage:
    page = ReportingPage.objects.first()
    return page or _add(home(), ReportingPage(title="Report", slug="report", intro="<p>Call.</p>"))


def library_page() -> LibraryPage:
    page = LibraryPage.objects.first()
    return page or _add(home(), LibraryPage(title="Library", slug="resources"))


def document_create(
    *,
    title: str | None = None,
    audiences: tuple[str, ...] = (),
    visibility: str = Visibility.PUBLIC,
    content: bytes = PDF_BYTES,
    filename: str = "guide.pdf",
    **fields,
) -> LibraryDocument:
    n = next(_counter)
    document = LibraryDocument(title=title or f"Guide {n}", visibility=visibility, **fields)
    document.file.save(filename, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    library_document_audiences_set(document=document, audiences=audiences)
    return document
