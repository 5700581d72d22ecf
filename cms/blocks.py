"""StreamField blocks of the public site: links and calls to action, signs to notice, myths and
facts, the hotline and social links, and the awareness pages' stream. The blocks shared with the
lessons (text, image, video, document, key point) come from core.blocks."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import (
    CalloutBlock,
    CaptionedImageBlock,
    DocumentBlock,
    TextBlock,
    VideoBlock,
)
from core.sanitise import safe_href


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
