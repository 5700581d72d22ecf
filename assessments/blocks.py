"""The body of a question in the bank: exactly one block, of one of the question types.

Options are ListBlock items with stable random ids (UUIDs), which identify an option in the bank:
item statistics and regrading follow an option by its id. An attempt shows options under
identifiers of its own (Question.snapshot), in its own order: only an option kept in place
stays where the author put it.

The editor never greets an author with an error: a new choice question starts with the two
options it needs, a scenario with one question about its case, and "choose a type of question"
is said only when the form is saved without one (the body has no `min_num`, which Wagtail's
editor would report before anything is typed). Every add button says what it adds
(`ADD_LABEL` on the list or stream, shown by `static/js/admin-add-labels.js`)."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
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

    class Meta:
        icon = "radio-empty"
        label = _("Option")


#: Attributes of a ListBlock's or StreamBlock's container (`form_attrs`) read by the editor's
#: script: what its add buttons add, and how many items it holds at most (when full, its add
#: buttons are hidden instead of offering an item that saving would refuse).
ADD_LABEL = "data-add-label"
ADD_MAX = "data-add-max"


def _adds(label, most: int | None = None) -> dict:
    return {ADD_LABEL: label, **({ADD_MAX: str(most)} if most else {})}


def _blank_options(count: int) -> list[dict]:
    return [
        {"text": "", "is_correct": False, "is_pinned": False, "feedback": ""} for _ in range(count)
    ]


def _options_error(message) -> blocks.StructBlockValidationError:
    return blocks.StructBlockValidationError(block_errors={"options": ValidationError(message)})


class SingleChoiceBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(
        OptionBlock(),
        min_num=2,
        max_num=8,
        default=_blank_options(2),
        form_attrs=_adds(_("Add an option"), most=8),
    )

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
    options = blocks.ListBlock(
        OptionBlock(),
        min_num=2,
        max_num=10,
        default=_blank_options(2),
        form_attrs=_adds(_("Add an option"), most=10),
    )

    def clean(self, value):
        value = super().clean(value)
        if not any(option["is_correct"] for option in value["options"]):
            raise _options_error(_("Mark at least one correct option."))
        return value

    class Meta:
        icon = "tick-inverse"
        label = _("Multiple choice")


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
        form_attrs=_adds(_("Add an accepted answer")),
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
    parts = ScenarioPartBlock(
        min_num=1,
        max_num=6,
        default=[("single", {"text": "", "options": _blank_options(2)})],
        label=_("Questions about the case"),
        form_attrs=_adds(_("Add a question about the case"), most=6),
    )

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
        max_num = 1
        form_attrs = _adds(_("Add a question"), most=1)

    def clean(self, value):
        if self.required and not len(value):
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(_('Choose a type of question: press "Add a question".'))]
                )
            )
        return super().clean(value)


#: Each question type's label, by its block name (Question.kind): for listings and filters.
QUESTION_TYPES = {name: block.label for name, block in QuestionBodyBlock.base_blocks.items()}
