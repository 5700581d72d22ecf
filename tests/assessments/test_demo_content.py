"""The demo quiz files (courses/demo_content/README.md, "Quiz questions"): every question type
reads into the question bank's data, a mistake is reported with its file and line, and the ids
of a question body are random."""

import uuid

import pytest

from assessments import demo
from courses.demo_markdown import DemoContentError

QUIZ = """\
# Final assessment

::: single
pre-test: yes
lesson: three-parts
Which of these best
describes trafficking?

- [x] Control, in order
  to exploit.
  > Right.
- [ ] Smuggling.
  > Not quite.

:: explanation
Act, means and
purpose.
:::

::: multiple
lesson: signs
scoring: all_or_nothing
Which are signs?

- [x] Debt.
- [x] Fear.
- [ ] Night shifts.
:::

::: true_false
lesson: not-smuggling
Trafficking needs a border.

- [ ] True
  > Not so.
- [x] False
  > Right.
:::

::: short_answer
pre-test: yes
lesson: the-847-hotline
Which number do you call?

:: accepted
- 847
- eight four seven

:: explanation
Call 847.
:::

:::: scenario The girl next door
lesson: signs
Joel notices a girl.

::: true_false
Joel should keep it secret.

- [ ] True
- [x] False

:: explanation
Make no promises.
:::

:: explanation
Notice, note, report.
::::
"""


def _write(tmp_path, text: str, name: str = "final.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_quiz_file_reads_as_its_questions(tmp_path):
    assert demo.quiz_read(_write(tmp_path, QUIZ), is_final=True) == [
        {
            "kind": "single",
            "text": "Which of these best describes trafficking?",
            "options": [
                {"text": "Control, in order to exploit.", "is_correct": True, "feedback": "Right."},
                {"text": "Smuggling.", "is_correct": False, "feedback": "Not quite."},
            ],
            "in_pre_test": True,
            "lesson": "three-parts",
            "explanation": "Act, means and purpose.",
        },
        {
            "kind": "multiple",
            "text": "Which are signs?",
            "options": [
                {"text": "Debt.", "is_correct": True, "feedback": ""},
                {"text": "Fear.", "is_correct": True, "feedback": ""},
                {"text": "Night shifts.", "is_correct": False, "feedback": ""},
            ],
            "scoring": "all_or_nothing",
            "lesson": "signs",
            "explanation": "",
        },
        {
            "kind": "true_false",
            "text": "Trafficking needs a border.",
            "answer": False,
            "feedback_true": "Not so.",
            "feedback_false": "Right.",
            "lesson": "not-smuggling",
            "explanation": "",
        },
        {
            "kind": "short_answer",
            "text": "Which number do you call?",
            "accepted": ["847", "eight four seven"],
            "in_pre_test": True,
            "lesson": "the-847-hotline",
            "explanation": "Call 847.",
        },
        {
            "kind": "scenario",
            "case": "Joel notices a girl.",
            "text": "The girl next door",
            "sub_questions": [
                {
                    "kind": "true_false",
                    "text": "Joel should keep it secret.",
                    "answer": False,
                    "feedback_true": "",
                    "feedback_false": "",
                    "explanation": "Make no promises.",
                }
            ],
            "lesson": "signs",
            "explanation": "Notice, note, report.",
        },
    ]


L = "lesson: a-lesson\n"
MISTAKES = [
    ("Some prose.\n", r"line 1: text outside a question"),
    ("::: essay\nWrite.\n:::\n", r"line 1: no question is called 'essay'"),
    (f"::: true_false\n{L}T?\n\n- [x] Yes\n- [ ] No\n:::\n", r"line 1: a true_false has the"),
    (f"::: single\n{L}pre-test: maybe\nQ?\n\n- [x] A\n- [ ] B\n:::\n", r"line 1: `pre-test: yes`"),
    (f"::: multiple\n{L}scoring: most\nQ?\n\n- [x] A\n- [ ] B\n:::\n", r"line 1: a multiple q"),
    (f"::: single\n{L}scoring: partial\nQ?\n\n- [x] A\n- [ ] B\n:::\n", r"line 1: a multiple q"),
    (f"::: single\n{L}Q?\n\n- [ ] A\n- [ ] B\n:::\n", r"line 1: .*Mark exactly one correct option"),
    (f"::: short_answer\n{L}Q?\n\n:: answers\n- A\n:::\n", r"line 1: a short_answer has no part"),
    ("::: single\nQ?\n\n- [x] A\n- [ ] B\n:::\n", r"line 1: a single needs a `lesson:` line"),
    (
        f":::: scenario S\n{L}Case.\n\n::: true_false\n{L}T.\n\n- [x] True\n- [ ] False\n"
        ":::\n::::\n",
        r"line 5: the questions of a scenario share its lesson",
    ),
]


@pytest.mark.parametrize(("text", "message"), MISTAKES)
def test_a_mistake_in_a_quiz_file_is_reported_with_its_file_and_line(tmp_path, text, message):
    path = _write(tmp_path, text)
    with pytest.raises(DemoContentError, match=message) as error:
        demo.quiz_read(path, is_final=True)
    assert str(path) in str(error.value)


def test_the_pre_test_takes_questions_of_the_final_only(tmp_path):
    path = _write(
        tmp_path, "::: true_false\npre-test: yes\nlesson: a\nT.\n\n- [x] True\n- [ ] False\n:::\n"
    )
    with pytest.raises(DemoContentError, match="marks a question of final.md"):
        demo.quiz_read(path, is_final=False)


def test_question_ids_are_random_not_derived_from_the_question():
    data = demo.quiz_read(demo.CONTENT / "public" / "final.md", is_final=True)[0]
    first, second = demo.question_body(data), demo.question_body(data)
    first_ids = [o["id"] for o in first[0]["value"]["options"]] + [first[0]["id"]]
    second_ids = [o["id"] for o in second[0]["value"]["options"]] + [second[0]["id"]]
    assert all(uuid.UUID(i).version == 4 for i in first_ids + second_ids)
    assert not set(first_ids) & set(second_ids)


def test_an_option_ending_with_keep_in_place_is_pinned(tmp_path):
    path = _write(
        tmp_path,
        "::: single\nlesson: signs\nWhich?\n\n- [ ] Debt.\n- [x] Fear.\n"
        "- [ ] Both of\n  these. {keep in place}\n"
        "  > Not quite.\n:::\n",
    )
    (data,) = demo.quiz_read(path)
    assert data["options"][2] == {
        "text": "Both of these.",
        "is_correct": False,
        "feedback": "Not quite.",
        "is_pinned": True,
    }
    options = demo.question_body(data)[0]["value"]["options"]
    assert [o["value"]["is_pinned"] for o in options] == [False, False, True]
    assert options[2]["value"]["text"] == "Both of these."
