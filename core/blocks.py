"""StreamField blocks shared by the public site and the lessons: text, image with alt text, video
with a transcript, downloadable document, key-point callout. Apps above `core` build their own
stream blocks from these.

Every block renders through its own template in templates/blocks/. Nothing here loads a third
party's script until the reader asks for it (videos open inside a closed <details>), so a lesson
stays light on a slow connection."""

from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]
SHORT_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/text.html"


class CaptionedImageBlock(blocks.StructBlock):
    """An image with alternative text (required unless marked decorative) and a caption."""

    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


def video_embed_url(url: str) -> str | None:
    """The privacy-friendly embed address for a YouTube or Vimeo link, or None for a direct
    video file (played with <video>) or an unknown site (shown as a link)."""
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parsed.path.split("/")[2]
        return f"https://www.youtube-nocookie.com/embed/{video_id}" if video_id else None
    if host == "youtu.be":
        video_id = parsed.path.lstrip("/").split("/")[0]
        return f"https://www.youtube-nocookie.com/embed/{video_id}" if video_id else None
    if host in {"vimeo.com", "player.vimeo.com"}:
        video_id = next((part for part in parsed.path.split("/") if part.isdigit()), "")
        return f"https://player.vimeo.com/video/{video_id}?dnt=1" if video_id else None
    return None


VIDEO_FILE_EXTENSIONS = (".mp4", ".webm")


class VideoBlock(blocks.StructBlock):
    """A video from YouTube, Vimeo or a direct .mp4/.webm address, always with a transcript:
    for readers who are deaf, on a slow connection, or where playing sound is not possible."""

    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_("A YouTube or Vimeo page, or a direct link to an .mp4 or .webm file."),
    )
    title = blocks.CharBlock(max_length=200)
    duration = blocks.CharBlock(required=False, max_length=20, help_text=_("e.g. 4 min 30 s"))
    transcript = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES)

    def clean(self, value):
        value = super().clean(value)
        url = value.get("url") or ""
        if video_embed_url(url) is None and not urlparse(url).path.lower().endswith(
            VIDEO_FILE_EXTENSIONS
        ):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Use a YouTube or Vimeo address, or a link to an .mp4 or .webm file.")
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["embed_url"] = video_embed_url(value.get("url") or "")
        return context

    class Meta:
        icon = "media"
        label = _("Video with transcript")
        template = "blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Leave empty to use the document's title.")
    )
    description = blocks.CharBlock(required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "blocks/document.html"


class CalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default=_("Key point"))
    text = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        label = _("Key point")
        template = "blocks/callout.html"
        preview_value = {
            "heading": "Key point",
            "text": "<p>Consent is irrelevant once any of the means has been used.</p>",
        }
