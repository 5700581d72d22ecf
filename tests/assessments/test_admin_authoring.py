"""Authoring the question bank without traps: titles read as words, types have the names people
use, the category chooser searches, a new question's form starts without an error, and every
add button says what it adds."""

import re

import pytest
from wagtail.blocks import ListBlock, StreamBlock, StructBlock
from wagtail.blocks.list_block import ListBlockAdapter
from wagtail.blocks.stream_block import StreamBlockAdapter
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts import roles
from assessments.blocks import ADD_LABEL, ADD_MAX, QuestionBodyBlock
from assessments.models import Question, title_from_text
from tests.courses.test_pages import form_errors, list_block
from tests.courses.test_query_counts import count
from tests.factories.accounts import UserFactory
from tests.factories.assessments import category, question_create
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/assessments/question/add/"
LISTING = "/admin/snippets/assessments/question/"
QUESTION_CHOOSER = "/admin/snippets/choose/assessments/question/"
CATEGORY_CHOOSER = "/admin/snippets/choose/assessments/questioncategory/"
LONG_TEXT = (
    "A victim tells you that the man who controlled her knows where her mother lives abroad, "
    "and that he said he would 'deal with' her family if she spoke to the police."
)


@pytest.fixture
def trainer_client(client):
    login_with_mfa(client, UserFactory(role=roles.TRAINER))
    return client


def single_choice_form(*, title: str = "", text: str = LONG_TEXT, body=None) -> dict:
    options = [
        {"text": "As low", "is_correct": "", "is_pinned": "", "feedback": ""},
        {"text": "As severe", "is_correct": "on", "is_pinned": "", "feedback": ""},
    ]
    if body is None:
        body = [("single", {"text": text, "options": list_block(options)})]
    return nested_form_data(
        {
            "title": title,
            "category": category().pk,
            "lesson": "",
            "tags": "",
            "body": streamfield(body),
            "explanation": "",
            "points": "1",
            "is_active": "on",
            "reference": "",
        }
    )


def modal_html(response) -> str:
    """A chooser's HTML: the modal comes wrapped in JSON, its results alone do not."""
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


def cells(html: str) -> str:
    """The text of the listing's table cells (no attribute values)."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_a_title_made_from_text_is_its_first_words_cut_at_a_word():
    title = title_from_text(LONG_TEXT)
    assert title.endswith("…") and len(title) <= 81
    assert LONG_TEXT.startswith(title[:-1])
    assert LONG_TEXT[len(title) - 1] == " "  # the cut falls between two words
    assert title_from_text("  Is consent\n a defence?  ") == "Is consent a defence?"


def test_a_question_saved_without_a_title_is_named_by_its_words(trainer_client):
    response = trainer_client.post(ADD, single_choice_form())
    assert response.status_code == 302, form_errors(response)
    question = Question.objects.get()
    assert question.title == title_from_text(LONG_TEXT)
    assert str(question).startswith("A victim tells you that the man")
    # A title the author gives is kept.
    response = trainer_client.post(ADD, single_choice_form(title="Risk to family", text="Risk?"))
    assert response.status_code == 302, form_errors(response)
    assert Question.objects.filter(title="Risk to family").exists()


def test_a_question_made_in_code_without_a_title_still_reads_as_words():
    question = question_create(title="")
    assert str(question) == "Which element is the purpose?"


def test_the_bank_names_types_as_people_do_and_filters_by_them(trainer_client):
    single = question_create("single", title="About the purpose")
    true_false = question_create("true_false", title="About consent")
    text = cells(trainer_client.get(LISTING).content.decode())
    assert "Single choice" in text and "True or false" in text
    assert "true_false" not in text and " single " not in text
    response = trainer_client.get(LISTING, {"kind": "true_false"})
    assert [q.pk for q in response.context["object_list"]] == [true_false.pk]
    response = trainer_client.get(LISTING, {"kind": "single"})
    assert [q.pk for q in response.context["object_list"]] == [single.pk]
    assert trainer_client.get(LISTING, {"kind": "nonsense"}).status_code == 200


def test_the_bank_listing_costs_the_same_for_1_and_30_questions(trainer_client):
    question_create()
    one = count(trainer_client, LISTING)
    for kind in ["multiple", "true_false", "short_answer", "scenario", "single"] * 6:
        question_create(kind, in_category=category(f"Category {kind}"))
    assert count(trainer_client, LISTING) == one


def test_the_category_chooser_searches_by_the_words_typed(trainer_client):
    for name in ("Recognising the signs", "Signs to notice", "First response and referral"):
        category(name)
    assert 'name="q"' in modal_html(trainer_client.get(CATEGORY_CHOOSER))  # a search box
    html = modal_html(trainer_client.get(CATEGORY_CHOOSER + "results/", {"q": "SIGNS"}))
    assert "Recognising the signs" in html and "Signs to notice" in html
    assert "First response" not in html
    html = modal_html(trainer_client.get(CATEGORY_CHOOSER + "results/", {"q": "signs notice"}))
    assert "Signs to notice" in html and "Recognising the signs" not in html
    # Search syntax is just characters around the words.
    html = modal_html(trainer_client.get(CATEGORY_CHOOSER + "results/", {"q": '"notice* ^('}))
    assert "Signs to notice" in html and "Recognising the signs" not in html


def test_the_question_chooser_shows_words_type_and_category(trainer_client):
    question_create("true_false", in_category=category("Myths and facts"), title="")
    html = cells(modal_html(trainer_client.get(QUESTION_CHOOSER)))
    assert "Consent is a defence once deception was used." in html
    assert "True or false" in html and "Myths and facts" in html


def _sequences(block, path=()):
    """Every list and stream inside a block, with where it is."""
    if isinstance(block, ListBlock | StreamBlock):
        yield path, block
    if isinstance(block, ListBlock):
        yield from _sequences(block.child_block, (*path, "item"))
    elif isinstance(block, StreamBlock | StructBlock):
        for name, child in block.child_blocks.items():
            yield from _sequences(child, (*path, name))


def test_a_new_question_starts_without_an_error():
    """Wagtail's editor reports a list or stream below its minimum as soon as it is drawn: the
    question's body has no minimum (it says what is missing only when saved), and every list or
    stream inside a question type starts with as many items as it needs."""
    body = QuestionBodyBlock()
    assert StreamBlockAdapter().js_args(body)[3]["minNum"] is None
    checked = 0
    for path, sequence in _sequences(body):
        if not path or sequence.meta.min_num is None:
            continue
        assert len(sequence.get_default()) >= sequence.meta.min_num, path
        checked += 1
    # Options of single and multiple choice, accepted short answers, a scenario's parts, and
    # the same three lists inside a scenario's parts.
    assert checked == 7


def test_the_question_is_asked_for_only_when_the_form_is_saved(trainer_client):
    response = trainer_client.get(ADD)
    html = response.content.decode()
    assert response.status_code == 200
    assert "error-message" not in html and "Choose a type of question" not in html
    response = trainer_client.post(ADD, single_choice_form(body=[]))
    assert response.status_code == 200 and not Question.objects.exists()
    assert "Choose a type of question" in response.content.decode()


def test_every_add_button_of_the_editor_says_what_it_adds(trainer_client):
    body = QuestionBodyBlock()
    labels = {}
    for path, sequence in _sequences(body):
        attrs = sequence.meta.form_attrs or {}
        labels[path[-1] if path else "body"] = str(attrs.get(ADD_LABEL))
        if sequence.meta.max_num:
            assert attrs.get(ADD_MAX) == str(sequence.meta.max_num), path
    assert labels == {
        "body": "Add a question",
        "options": "Add an option",
        "accepted": "Add an accepted answer",
        "parts": "Add a question about the case",
    }
    options = body.child_blocks["single"].child_blocks["options"]
    assert ListBlockAdapter().js_args(options)[3]["attrs"][ADD_LABEL] == "Add an option"
    # The editor's page carries them and the script that shows them.
    html = trainer_client.get(ADD).content.decode()
    assert "js/admin-add-labels.js" in html and "css/admin-add-labels.css" in html
    assert "Add an accepted answer" in html
