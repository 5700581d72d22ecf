"""The body of a question in the bank: exactly one block, of one of the question types.

Options are ListBlock items with stable random ids (UUIDs), which identify an option in the bank:
item statistics and regrading follow an option by its id. An attempt shows options under
identifiers of its own (Question.snapshot), in its own order: only an option kept in place
stays where the author put it."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from assessments import grading


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=400)
    is_correct = blocks.BooleanBlock(required=False, label=_("Correct"))
    is_pinned = blocks.BooleanBlock(
        required=False,
        default=False,
        label=_("Keep in place"),
        help_text=_(
            "Shown where it is written when the quiz shuffles options, "
            "e.g. 'All of the above' or 'None of these'."
        ),
    )
    feedback = blocks.CharBlock(
        required=False, max_length=400, help_text=_("Shown after the attempt, if allowed.")
    )


def _options_error(message) -> blocks.StructBlockValidationError:
    return blocks.StructBlockValidationError(block_errors={"options": ValidationError(message)})


class SingleChoiceBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(OptionBlock(), min_num=2, max_num=8)

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["is_correct"]) != 1:
            raise _options_error(_("Mark exactly one correct option."))
        return value

    class Meta:
        icon = "radio-full"
        label = _("Single choice")


class MultipleResponseBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    scoring = blocks.ChoiceBlock(
        choices=[
            (grading.PARTIAL, _("Partial credit")),
            (grading.ALL_OR_NOTHING, _("All or nothing")),
        ],
        default=grading.PARTIAL,
    )
    options = blocks.ListBlock(OptionBlock(), min_num=2, max_num=10)

    def clean(self, value):
        value = super().clean(value)
        if not any(option["is_correct"] for option in value["options"]):
            raise _options_error(_("Mark at least one correct option."))
        return value

    class Meta:
        icon = "tick-inverse"
        label = _("Multiple response")


class TrueFalseBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Statement"))
    answer = blocks.BooleanBlock(required=False, label=_("The statement is true"))
    feedback_true = blocks.CharBlock(required=False, max_length=400)
    feedback_false = blocks.CharBlock(required=False, max_length=400)

    class Meta:
        icon = "check"
        label = _("True or false")


class ShortAnswerBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    accepted = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        min_num=1,
        label=_("Accepted answers"),
        help_text=_("Matched ignoring case and spaces."),
    )

    class Meta:
        icon = "edit"
        label = _("Short answer")


class ScenarioPartBlock(blocks.StreamBlock):
    single = SingleChoiceBlock()
    multiple = MultipleResponseBlock()
    true_false = TrueFalseBlock()
    short_answer = ShortAnswerBlock()


class ScenarioBlock(blocks.StructBlock):
    case = blocks.TextBlock(label=_("Case"), help_text=_("The scenario the questions are about."))
    text = blocks.CharBlock(max_length=200, label=_("Heading"))
    parts = ScenarioPartBlock(min_num=1, max_num=6, label=_("Questions about the case"))

    class Meta:
        icon = "group"
        label = _("Scenario")


class QuestionBodyBlock(blocks.StreamBlock):
    single = SingleChoiceBlock()
    multiple = MultipleResponseBlock()
    true_false = TrueFalseBlock()
    short_answer = ShortAnswerBlock()
    scenario = ScenarioBlock()

    class Meta:
        min_num = 1
        max_num = 1
