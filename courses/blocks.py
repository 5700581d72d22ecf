"""Blocks that only lessons use: case-study scenarios, ungraded knowledge checks and further
reading. The shared blocks (text, image, video, document, key point) come from core.blocks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import (
    SHORT_TEXT_FEATURES,
    CalloutBlock,
    CaptionedImageBlock,
    DocumentBlock,
    TextBlock,
    VideoBlock,
)


class CaseStudyBlock(blocks.StructBlock):
    """A scenario to think through, with questions and a suggested discussion that the learner
    opens when ready."""

    title = blocks.CharBlock(max_length=200)
    scenario = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES)
    questions = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)
    discussion = blocks.RichTextBlock(
        features=SHORT_TEXT_FEATURES,
        required=False,
        help_text=_("A suggested answer, shown when the learner asks for it."),
    )

    class Meta:
        icon = "group"
        label = _("Case study")
        template = "blocks/case_study.html"


class KnowledgeCheckOptionBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=300, rows=2)
    is_correct = blocks.BooleanBlock(required=False, label=_("Correct answer"))
    feedback = blocks.TextBlock(required=False, max_length=400, rows=2)


class KnowledgeCheckBlock(blocks.StructBlock):
    """An ungraded self-check inside a lesson. Its answer is part of the lesson (the learner opens
    it after choosing); graded questions belong to quizzes, which never send answers early."""

    question = blocks.TextBlock(max_length=400)
    options = blocks.ListBlock(KnowledgeCheckOptionBlock(), min_num=2, max_num=6)
    explanation = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, required=False)

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["is_correct"]) != 1:
            raise blocks.StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark exactly one correct answer."))}
            )
        return value

    class Meta:
        icon = "help"
        label = _("Knowledge check (ungraded)")
        template = "blocks/knowledge_check.html"


class FurtherReadingBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300)
    publisher = blocks.CharBlock(max_length=200)
    year = blocks.IntegerBlock(required=False, min_value=1900, max_value=2100)
    url = blocks.URLBlock(required=False, label=_("Address"))
    note = blocks.CharBlock(required=False, max_length=300)

    class Meta:
        icon = "link"
        label = _("Source")
        template = "blocks/further_reading.html"


class LessonBodyBlock(blocks.StreamBlock):
    text = TextBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    key_point = CalloutBlock()
    case_study = CaseStudyBlock()
    knowledge_check = KnowledgeCheckBlock()
