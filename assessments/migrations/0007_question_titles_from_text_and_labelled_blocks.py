"""Question titles read as words: the title is optional (left empty, the question's first words
are used: Question.clean), the question types have the labels people use, the editor's add
buttons say what they add, and a new choice question starts with its two options.

Titles the first demo loader wrote as "<key>: <question text>" (e.g.
"law_enforcement-first-response-and-referral-1: A victim tells you...") become the question's
words; the key moves to the ID number (`reference`) when that is empty and still free in the
category, so nothing that identified the question is lost."""

import re

import wagtail.fields
from django.db import migrations, models

KEYED_TITLE = re.compile(r"^(?P<key>[a-z0-9_]+(?:-[a-z0-9_]+)*-\d+): (?P<text>.+)$", re.S)
LIMIT = 80  # assessments.models.TITLE_WORDS_LENGTH when this was written


def _words(text: str) -> str:
    words = " ".join(text.split())
    if len(words) <= LIMIT:
        return words
    cut = words[: LIMIT + 1].rsplit(" ", 1)[0] if " " in words[:LIMIT] else words[:LIMIT]
    return cut.rstrip(" ,;:.-\u2013\u2014") + "\u2026"


def titles_as_words(apps, schema_editor):
    Question = apps.get_model("assessments", "Question")
    for question in Question.objects.filter(title__regex=r"^[a-z0-9_]+(-[a-z0-9_]+)*-[0-9]+: "):
        match = KEYED_TITLE.match(question.title)
        if match is None:
            continue
        fields = {"title": _words(match["text"])}
        taken = Question.objects.filter(
            category_id=question.category_id, reference=match["key"]
        ).exists()
        if not question.reference and not taken and len(match["key"]) <= 100:
            fields["reference"] = match["key"]
        Question.objects.filter(pk=question.pk).update(**fields)


class Migration(migrations.Migration):

    dependencies = [
        ('assessments', '0006_question_lesson_reference_pretest_required'),
    ]

    operations = [
        migrations.RunPython(titles_as_words, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='question',
            name='body',
            field=wagtail.fields.StreamField([('single', 7), ('multiple', 10), ('true_false', 14), ('short_answer', 17), ('scenario', 21)], block_lookup={0: ('wagtail.blocks.TextBlock', (), {'label': 'Question'}), 1: ('wagtail.blocks.CharBlock', (), {'max_length': 400}), 2: ('wagtail.blocks.BooleanBlock', (), {'label': 'Correct', 'required': False}), 3: ('wagtail.blocks.BooleanBlock', (), {'default': False, 'help_text': "Shown where it is written when the quiz shuffles options, e.g. 'All of the above' or 'None of these'.", 'label': 'Keep in place', 'required': False}), 4: ('wagtail.blocks.CharBlock', (), {'help_text': 'Shown after the attempt, if allowed.', 'max_length': 400, 'required': False}), 5: ('wagtail.blocks.StructBlock', [[('text', 1), ('is_correct', 2), ('is_pinned', 3), ('feedback', 4)]], {}), 6: ('wagtail.blocks.ListBlock', (5,), {'default': [{'feedback': '', 'is_correct': False, 'is_pinned': False, 'text': ''}, {'feedback': '', 'is_correct': False, 'is_pinned': False, 'text': ''}], 'form_attrs': {'data-add-label': 'Add an option', 'data-add-max': '8'}, 'max_num': 8, 'min_num': 2}), 7: ('wagtail.blocks.StructBlock', [[('text', 0), ('options', 6)]], {}), 8: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('partial', 'Partial credit'), ('all_or_nothing', 'All or nothing')]}), 9: ('wagtail.blocks.ListBlock', (5,), {'default': [{'feedback': '', 'is_correct': False, 'is_pinned': False, 'text': ''}, {'feedback': '', 'is_correct': False, 'is_pinned': False, 'text': ''}], 'form_attrs': {'data-add-label': 'Add an option', 'data-add-max': '10'}, 'max_num': 10, 'min_num': 2}), 10: ('wagtail.blocks.StructBlock', [[('text', 0), ('scoring', 8), ('options', 9)]], {}), 11: ('wagtail.blocks.TextBlock', (), {'label': 'Statement'}), 12: ('wagtail.blocks.BooleanBlock', (), {'label': 'The statement is true', 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'max_length': 400, 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('text', 11), ('answer', 12), ('feedback_true', 13), ('feedback_false', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'max_length': 200}), 16: ('wagtail.blocks.ListBlock', (15,), {'form_attrs': {'data-add-label': 'Add an accepted answer'}, 'help_text': 'Matched ignoring case and spaces.', 'label': 'Accepted answers', 'min_num': 1}), 17: ('wagtail.blocks.StructBlock', [[('text', 0), ('accepted', 16)]], {}), 18: ('wagtail.blocks.TextBlock', (), {'help_text': 'The scenario the questions are about.', 'label': 'Case'}), 19: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 200}), 20: ('wagtail.blocks.StreamBlock', [[('single', 7), ('multiple', 10), ('true_false', 14), ('short_answer', 17)]], {'default': [('single', {'options': [{'feedback': '', 'is_correct': False, 'is_pinned': False, 'text': ''}, {'feedback': '', 'is_correct': False, 'is_pinned': False, 'text': ''}], 'text': ''})], 'form_attrs': {'data-add-label': 'Add a question about the case', 'data-add-max': '6'}, 'label': 'Questions about the case', 'max_num': 6, 'min_num': 1}), 21: ('wagtail.blocks.StructBlock', [[('case', 18), ('text', 19), ('parts', 20)]], {})}),
        ),
        migrations.AlterField(
            model_name='question',
            name='title',
            field=models.CharField(blank=True, help_text='A short label for the question bank, not shown to learners. Leave it empty to use the first words of the question.', max_length=200),
        ),
    ]
