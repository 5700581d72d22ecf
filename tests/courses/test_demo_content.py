"""The demo content's notation (courses/demo_content/README.md): lesson files read into the
blocks an editor would make, Markdown becomes Wagtail's stored rich text, a mistake is reported
with its file and line, and stored ids are kept where the content is unchanged."""

import uuid

import pytest

from courses import demo
from courses.demo_markdown import DemoContentError, rich_text

LESSON = """\
---
title: The three parts
minutes: 14
summary: >-
  Act, means
  and purpose.
---

## A crime about using people

Human trafficking is a **serious** crime in
which people are *controlled*.

- recruits
- moves

::: key_point
Think of **act, means**.
:::

::: key_point Remember
Children need no means.
:::

::: case_study A fictional scenario: Tanya
Tanya is 16.

:: questions
- Does it matter that Tanya
  says she agreed?
- What next?

:: discussion
She is a child.

Report it.
:::

::: knowledge_check
Which part is the
'means'?

- [x] The false promise.
  > Right. Lying is
  > deception.
- [ ] The journey to the place
  of work.
  > Not quite.
- [ ] The unpaid work.

:: explanation
All three parts.
:::

::: video How a referral works
url: https://www.youtube.com/watch?v=abc123
duration: 4 min
The **transcript**.
:::
"""


def _write(tmp_path, text: str, name: str = "the-three-parts.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_lesson_file_reads_as_the_lesson_and_its_blocks(tmp_path):
    lesson = demo.lesson_read(_write(tmp_path, LESSON))
    assert {k: lesson[k] for k in ("slug", "title", "minutes", "summary")} == {
        "slug": "the-three-parts",
        "title": "The three parts",
        "minutes": 14,
        "summary": "Act, means and purpose.",
    }
    assert lesson["body"] == [
        (
            "text",
            "<h2>A crime about using people</h2><p>Human trafficking is a <b>serious</b> crime "
            "in which people are <i>controlled</i>.</p><ul><li>recruits</li><li>moves</li></ul>",
        ),
        ("key_point", {"heading": "Key point", "text": "<p>Think of <b>act, means</b>.</p>"}),
        ("key_point", {"heading": "Remember", "text": "<p>Children need no means.</p>"}),
        (
            "case_study",
            {
                "title": "A fictional scenario: Tanya",
                "scenario": "<p>Tanya is 16.</p>",
                "questions": ["Does it matter that Tanya says she agreed?", "What next?"],
                "discussion": "<p>She is a child.</p><p>Report it.</p>",
            },
        ),
        (
            "knowledge_check",
            {
                "question": "Which part is the 'means'?",
                "options": [
                    {"text": "The false promise.", "is_correct": True,
                     "feedback": "Right. Lying is deception."},
                    {"text": "The journey to the place of work.", "is_correct": False,
                     "feedback": "Not quite."},
                    {"text": "The unpaid work.", "is_correct": False, "feedback": ""},
                ],
                "explanation": "<p>All three parts.</p>",
            },
        ),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=abc123",
                "title": "How a referral works",
                "duration": "4 min",
                "transcript": "<p>The <b>transcript</b>.</p>",
            },
        ),
    ]  # fmt: skip


def test_markdown_becomes_the_rich_text_wagtail_stores():
    lines = [
        "### Lists",
        "",
        "1. first",
        "2. *second*",
        "",
        "See [the Act](https://example.org/act).",
    ]
    assert rich_text(lines, tags=frozenset({"h3", "p", "ol", "li", "i", "a"})) == (
        "<h3>Lists</h3><ol><li>first</li><li><i>second</i></li></ol>"
        '<p>See <a href="https://example.org/act">the Act</a>.</p>'
    )
    assert rich_text(["<b>raw</b> HTML is text"]) == "<p>&lt;b&gt;raw&lt;/b&gt; HTML is text</p>"


MISTAKES = [
    ("::: key_point\nNever closed.\n", r"line 1: this key_point is never closed"),
    ("::: tip\nNo such block.\n:::\n", r"line 1: no lesson block is called 'tip'"),
    ("Text\n\n:::\n", r"line 3: this `:::` closes no section"),
    (":::: key_point\nText.\n:::\n", r"line 3: expected :::: to close the key_point"),
    ("::: case_study T\nA.\n\n:: discusion\nB.\n:::\n", r"line 1: a case_study has no part"),
    ("::: key_point\n## A heading\n:::\n", r"line 1: this text may not use <h2>"),
    ("# A title\n", r"line 1: this text may not use <h1>"),
    ("::: knowledge_check\nQ?\n\n- [x] A\n- [x] B\n:::\n", r"block 1, options: Mark exactly"),
    ("::: knowledge_check\nQ?\n\n- [x] A\n- [ ] B\nStray.\n:::\n", r"only `:: part` lines"),
    ("::: video V\nThe transcript.\n:::\n", r"line 1: a video needs a `url:` line"),
]


@pytest.mark.parametrize(("text", "message"), MISTAKES)
def test_a_mistake_in_a_lesson_file_is_reported_with_its_file_and_line(tmp_path, text, message):
    path = _write(tmp_path, text)
    with pytest.raises(DemoContentError, match=message) as error:
        demo.lesson_read(path)
    assert str(path) in str(error.value)


def _block(kind: str, value) -> dict:
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def _check(options: list[str]) -> dict:
    items = [_block("item", {"text": text}) for text in options]
    return _block("knowledge_check", {"question": "Q?", "options": items})


def test_unchanged_content_keeps_its_stored_ids_and_new_content_gets_new_ones():
    stored = [_block("text", "<p>One.</p>"), _check(["A", "B", "C"])]
    same = [_block("text", "<p>One.</p>"), _check(["A", "B", "C"])]
    assert demo.ids_kept(same, stored) == stored

    option_ids = [o["id"] for o in stored[1]["value"]["options"]]
    edited = [
        _block("text", "<p>New.</p>"),
        _block("text", "<p>One.</p>"),
        _check(["A", "B!", "C"]),
    ]
    kept = demo.ids_kept(edited, stored)
    assert kept[1] == stored[0]  # found again by its content, though it moved
    assert kept[0]["id"] == edited[0]["id"]  # new content, new id
    assert kept[2]["id"] == stored[1]["id"]  # edited in place
    assert [o["id"] for o in kept[2]["value"]["options"]] == option_ids
    assert demo.without_ids(kept) == demo.without_ids(edited)


def test_every_demo_course_reads_and_passes_the_admin_validation():
    courses = demo.demo_courses()
    assert [course["access_level"] for course in courses].count("open") == 1
    for course in courses:
        for module in course["modules"]:
            assert module["lessons"], module["slug"]
            for lesson in module["lessons"]:
                assert lesson["title"] and lesson["summary"] and lesson["minutes"], lesson["slug"]
                assert lesson["body"][0][0] == "text", lesson["slug"]
