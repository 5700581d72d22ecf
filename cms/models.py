"""The public site: home page, awareness campaign pages, news, the reporting page, the
good-practice library (a page listing Wagtail documents described by audience, topic, publisher
and year) and the site settings editors change without a developer.

Page tree: HomePage (/) > CourseIndexPage (courses), AwarenessPage, NewsIndexPage >
NewsArticlePage, ReportingPage, LibraryPage (/resources/). Pages hold editorial content only;
what they list comes from `cms.selectors`."""

from django.core.files.storage import storages
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from accounts.models import Audience, AudienceLinksMixin
from cms.blocks import (
    PHONE_NUMBER_VALIDATOR,
    AwarenessBodyBlock,
    HotlineBlock,
    LinkBlock,
    SocialLinkBlock,
    tel_href,
)
from cms.home import home_sections
from core import page_cache
from core.pages import PersonalisedPageMixin, SitePageMixin, route_by_url_path

INTRO_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HomePage(SitePageMixin, Page):
    """What trafficking is, how to report it, featured courses and the latest news."""

    headline = models.CharField(max_length=200, blank=True)
    intro = RichTextField(blank=True, features=INTRO_FEATURES)
    body = StreamField(
        AwarenessBodyBlock(),
        blank=True,
        help_text=_("What trafficking is, in a few short blocks."),
    )
    news_heading = models.CharField(max_length=120, default=_("Latest news"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("headline"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("news_heading"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # Open: each page type that belongs under the home page says so in its parent_page_types
    # (the catalogue, from `courses`, too), so that this app never names an app above it.
    subpage_types = None
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """A translated home page serves the translated pages below it; a path it does not have
        (a page not translated yet, the catalogue) is served from the original home page, so a
        reader who chose another language never meets a page that exists only in English as
        "not found"."""
        try:
            return route_by_url_path(self, request, path_components) or super().route(
                request, path_components
            )
        except Http404:
            original = self.get_translation_or_none(Locale.get_default())
            if original is None or original.pk == self.pk:
                raise
            return original.specific.route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from cms import selectors

        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = home_sections(home=self)
        context["latest_news"] = selectors.news_latest(limit=3)
        context["news_index"] = selectors.news_index()
        context["awareness_pages"] = selectors.awareness_pages()
        return context


class AwarenessPage(SitePageMixin, Page):
    """A public awareness campaign page: signs of trafficking, myths and facts, how to help."""

    summary = models.TextField(
        max_length=300, help_text=_("One or two sentences, shown in lists and search results.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(AwarenessBodyBlock())

    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("image"),
                      FieldPanel("body")]  # fmt: skip
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("awareness page")

    def get_meta_description(self) -> str:
        return self.search_description or self.summary


class NewsIndexPage(SitePageMixin, Page):
    intro = RichTextField(blank=True, features=INTRO_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from cms import selectors

        context = super().get_context(request, *args, **kwargs)
        context["articles"] = selectors.news_page(request.GET.get("page"))
        return context


class NewsArticlePage(SitePageMixin, Page):
    date = models.DateField(_("date published"), default=timezone.localdate)
    summary = models.TextField(max_length=300)
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(AwarenessBodyBlock())

    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    content_panels = [*Page.content_panels, FieldPanel("date"), FieldPanel("summary"),
                      FieldPanel("image"), FieldPanel("body")]  # fmt: skip
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news article")
        ordering = ["-date"]

    def get_meta_description(self) -> str:
        return self.search_description or self.summary


class ReportingPage(SitePageMixin, Page):
    """How to report trafficking safely and anonymously. The numbers come from the site
    settings, so a changed hotline is changed once."""

    intro = RichTextField(blank=True, features=INTRO_FEATURES)
    body = StreamField(AwarenessBodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("reporting and contact page")


class LibraryPage(PersonalisedPageMixin, SitePageMixin, Page):
    """The good-practice library: lists the library documents the reader may see, with filters
    and search. There is one, at /resources/."""

    intro = RichTextField(blank=True, features=INTRO_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("library page")

    def get_context(self, request, *args, **kwargs):
        from cms import selectors
        from cms.forms import LibraryFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = LibraryFilterForm(request.GET or None, years=selectors.library_years())
        filters = form.filters() if form.is_bound else {}
        context["filter_form"] = form
        context["documents"] = selectors.library_page(
            user=request.user, filters=filters, page_number=request.GET.get("page")
        )
        context["is_filtered"] = any(filters.values())
        return context


# The library ----------------------------------------------------------------------------------


def library_storage():
    """Documents live outside MEDIA_ROOT (or as private objects in the bucket) and have no
    public URL: every download goes through Wagtail's serve view, which checks who may read it
    (`cms.wagtail_hooks`)."""
    return storages["documents"]


class Topic(models.TextChoices):
    DEFINITIONS_AND_LAW = "law", _("Definitions and the law")
    IDENTIFICATION = "identification", _("Indicators and victim identification")
    INVESTIGATION = "investigation", _("Investigation and prosecution")
    PROTECTION = "protection", _("Victim protection and assistance")
    COORDINATION = "coordination", _("Coordination, referral and national response")
    MEDIA = "media", _("Media and awareness")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone may read it")
    PRACTITIONERS = (
        "practitioners",
        _("Practitioners: signed-in, approved members of the audiences"),
    )


class LibraryDocument(AudienceLinksMixin, AbstractDocument):
    """A Wagtail document with what the library shows and filters on."""

    file = models.FileField(
        upload_to="documents",
        storage=library_storage,
        verbose_name=_("file"),
    )
    summary = models.TextField(blank=True, max_length=1000)
    publisher = models.CharField(max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    topic = models.CharField(max_length=30, choices=Topic.choices, blank=True)
    visibility = models.CharField(
        max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    is_listed = models.BooleanField(
        _("show in the library"),
        default=True,
        help_text=_("Untick for files that only lessons link to."),
    )
    stand_in_note = models.CharField(
        max_length=300,
        blank=True,
        help_text=_(
            "Shown on the entry, e.g. when the file is a summary standing in for the "
            "publisher's own document."
        ),
    )

    admin_form_fields = (
        "title", "file", "collection", "summary", "publisher", "year", "topic", "visibility",
        "is_listed", "stand_in_note", "tags",
    )  # fmt: skip
    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("summary"),
        index.SearchField("publisher"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        indexes = [models.Index(fields=["is_listed", "visibility"])]

    @property
    def is_public(self) -> bool:
        return self.visibility == Visibility.PUBLIC


class LibraryDocumentAudience(models.Model):
    """One audience a library document is meant for (and, when it is for practitioners only,
    one audience allowed to read it)."""

    document = models.ForeignKey(
        LibraryDocument, on_delete=models.CASCADE, related_name="audience_links"
    )
    audience = models.CharField(max_length=30, choices=Audience.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["document", "audience"], name="cms_doc_audience_once")
        ]
        indexes = [models.Index(fields=["audience", "document"])]

    def __str__(self) -> str:
        return f"{self.document_id}: {self.audience}"


# Site settings --------------------------------------------------------------------------------


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Hotlines, footer and social links and the logo: shown on every public page."""

    hotline_number = models.CharField(
        max_length=24,
        default="847",
        validators=[PHONE_NUMBER_VALIDATOR],
        help_text=_("The trafficking hotline, shown on every page (digits, spaces, dashes)."),
    )
    hotline_text = models.CharField(
        max_length=200,
        default=_("Free, 24 hours a day. You may stay anonymous."),
    )
    other_numbers = StreamField(
        [("number", HotlineBlock())], blank=True, help_text=_("Other numbers to call.")
    )
    contact_email = models.EmailField(
        blank=True, help_text=_("For questions about the courses; never for reporting a case.")
    )
    footer_links = StreamField([("link", LinkBlock())], blank=True)
    social_links = StreamField([("link", SocialLinkBlock())], blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header, at most 48 pixels high."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("hotline_number"), FieldPanel("hotline_text"),
             FieldPanel("other_numbers")],
            heading=_("Telephone numbers"),
        ),
        FieldPanel("contact_email"),
        FieldPanel("footer_links"),
        FieldPanel("social_links"),
        FieldPanel("logo"),
    ]  # fmt: skip

    class Meta:
        verbose_name = _("site settings")

    # Every page shows them: kept in the pages' cache (core/page_cache.py, replaced when they are
    # saved or deleted: cms/receivers.py) rather than read on every request.
    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        read = super().for_site
        return page_cache.remembered(f"cms:site-settings:{site.pk}", lambda: read(site))

    @property
    def hotline_tel(self) -> str:
        return tel_href(self.hotline_number)
