"""StreamField blocks shared by the public site and the courses: text, image, video with a
transcript, downloadable document, key-point callout. Apps above `cms` import them from here.

Every block renders through its own template in templates/blocks/. Nothing here loads a third
party's script until the reader asks for it (videos open inside a closed <details>), so a lesson
stays light on a slow connection."""

from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from cms.sanitise import URL_SCHEMES

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


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to another address, with the words to show."""

    label = blocks.CharBlock(max_length=80)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.CharBlock(
        required=False,
        max_length=300,
        label=_("Or an address"),
        help_text=_(
            "https://…, mailto:…, tel:… or a path of this site such as /certificates/"
            "verify/, used when no page is chosen."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        url = (value.get("url") or "").strip()
        if not value.get("page") and not url:
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        if url and safe_href(url) != url:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Use an https://, mailto: or tel: address, or a path starting with /.")
                    )
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        template = "blocks/link.html"


def safe_href(url: str) -> str:
    """The address itself if it is a path of this site or an http(s), mailto or tel address;
    "#" for anything else (javascript:, data:...) that reached the database without a block's
    validation, through an import say."""
    url = (url or "").strip()
    if url.startswith("/") and not url.startswith("//"):
        return url
    return url if urlparse(url).scheme in URL_SCHEMES else "#"  # urlparse lower-cases it


def link_href(value) -> str:
    """The address a LinkBlock value points to."""
    page = value.get("page")
    if page:
        return page.url or "#"
    return safe_href(value.get("url"))


class SignBlock(blocks.StructBlock):
    sign = blocks.CharBlock(max_length=160, label=_("Sign"))
    explanation = blocks.TextBlock(required=False, max_length=500)


class SignsBlock(blocks.StructBlock):
    """ "Signs to notice": a short list of indicators, each with a line of explanation."""

    heading = blocks.CharBlock(max_length=120, default=_("Signs to notice"))
    intro = blocks.TextBlock(required=False, max_length=500)
    signs = blocks.ListBlock(SignBlock(), min_num=1)
    note = blocks.TextBlock(
        required=False,
        max_length=300,
        default=_(
            "A sign is a reason to ask more, not proof. Report what you notice; do not "
            "investigate yourself."
        ),
    )

    class Meta:
        icon = "list-ul"
        label = _("Signs to notice")
        template = "blocks/signs.html"
        preview_value = {
            "heading": "Signs to notice",
            "signs": [
                {"sign": "Someone else holds their passport", "explanation": ""},
                {"sign": "They owe a debt they can never pay off", "explanation": ""},
            ],
        }


class MythFactBlock(blocks.StructBlock):
    myth = blocks.CharBlock(max_length=200)
    fact = blocks.TextBlock(max_length=800)


class MythsAndFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default=_("Myths and facts"))
    items = blocks.ListBlock(MythFactBlock(), min_num=1)

    class Meta:
        icon = "help"
        label = _("Myths and facts")
        template = "blocks/myths_facts.html"
        preview_value = {
            "heading": "Myths and facts",
            "items": [
                {
                    "myth": "Trafficking always means crossing a border.",
                    "fact": "People are trafficked inside their own country too.",
                }
            ],
        }


class CallToActionBlock(blocks.StructBlock):
    """A boxed appeal with one button: report, take a course, read more."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    link = LinkBlock()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["href"] = link_href(value["link"])
        return context

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"
        preview_value = {
            "heading": "Suspect trafficking?",
            "text": "Call 847: free, 24 hours, and you may stay anonymous.",
            "link": {"label": "Call 847", "url": "tel:847"},
        }


class AwarenessBodyBlock(blocks.StreamBlock):
    """What an awareness campaign page (and the home page's explainer) is made of."""

    text = TextBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()
    signs = SignsBlock()
    myths_and_facts = MythsAndFactsBlock()
    call_to_action = CallToActionBlock()
    key_point = CalloutBlock()
    document = DocumentBlock()


PHONE_NUMBER_PATTERN = r"^\+?[0-9][0-9 \-]{1,20}$"
PHONE_NUMBER_MESSAGE = _("Digits, spaces and dashes only, e.g. 847 or +1 758 …")
PHONE_NUMBER_VALIDATOR = RegexValidator(PHONE_NUMBER_PATTERN, PHONE_NUMBER_MESSAGE)


def tel_href(number: str) -> str:
    """The tel: address of a telephone number as shown ("+1 758-555 0100" -> tel:+17585550100)."""
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


class HotlineBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=120)
    number = blocks.RegexBlock(
        regex=PHONE_NUMBER_PATTERN,
        max_length=24,
        error_messages={"invalid": PHONE_NUMBER_MESSAGE},
    )
    note = blocks.CharBlock(required=False, max_length=160, help_text=_("e.g. free, 24 hours"))

    class Meta:
        icon = "mobile-alt"
        label = _("Telephone number")


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(
        choices=[
            ("facebook", "Facebook"),
            ("instagram", "Instagram"),
            ("x", "X"),
            ("youtube", "YouTube"),
            ("linkedin", "LinkedIn"),
            ("whatsapp", "WhatsApp"),
            ("other", _("Other")),
        ]
    )
    label = blocks.CharBlock(max_length=60, help_text=_("What a screen reader says"))
    url = blocks.URLBlock()

    class Meta:
        icon = "site"
        label = _("Social link")
