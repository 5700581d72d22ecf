"""Every demo question names the lesson that teaches it (`lesson: <lesson slug>`,
assessments/demo_content/README.md); a slug the course does not have stops the demo with the file,
the line and the slug. A demo question's title in the bank is its own words."""

import pytest

from assessments import demo
from courses.demo import DEMO_COURSES, demo_courses
from courses.demo_markdown import DemoContentError

QUESTION = (
    "::: true_false\nlesson: {slug}\nTrafficking needs a border.\n\n- [ ] True\n- [x] False\n:::\n"
)


def test_every_demo_question_names_a_lesson_of_its_course():
    """Reading the demo's files checks each `lesson:` against its course's lessons: a mistake
    there fails this test with the file, the line and the slug."""
    for name, course in zip(DEMO_COURSES, demo_courses(), strict=True):
        lessons = {lesson["slug"] for module in course["modules"] for lesson in module["lessons"]}
        quizzes = demo.demo_quizzes(name, course)
        questions = quizzes["final"] + [q for qs in quizzes["modules"].values() for q in qs]
        assert len(questions) >= 30, name
        assert {q["lesson"] for q in questions} <= lessons, name
        # The final assessment covers the course, not one lesson.
        assert len({q["lesson"] for q in quizzes["final"]}) >= 5, name
        for module in course["modules"]:
            own = {lesson["slug"] for lesson in module["lessons"]}
            for question in quizzes["modules"].get(module["slug"], []):
                assert question["lesson"] in own, (name, module["slug"], question["text"])


def test_a_lesson_the_course_does_not_have_is_reported_with_its_file_and_line(tmp_path):
    path = tmp_path / "signs.md"
    path.write_text("# Quiz\n\n" + QUESTION.format(slug="three-parts-of-traficking"))
    with pytest.raises(DemoContentError) as error:
        demo.quiz_read(path, lessons={"three-parts-of-trafficking", "common-signs"})
    message = str(error.value)
    assert f"{path}, line 3" in message
    assert "no lesson of this course is called 'three-parts-of-traficking'" in message
    assert "Did you mean 'three-parts-of-trafficking'?" in message
    path.write_text(QUESTION.format(slug="common-signs"))
    assert demo.quiz_read(path, lessons={"common-signs"})[0]["lesson"] == "common-signs"


def test_a_title_is_the_questions_own_words_shortened_at_a_word_boundary():
    assert demo.question_title("Which  of these\nis a sign?") == "Which of these is a sign?"
    long_text = "A recruiter promises a woman a job in a shop " * 10
    title = demo.question_title(long_text)
    assert len(title) <= 200 and title.endswith("…")
    assert long_text.startswith(title.removesuffix("…"))
    assert long_text[len(title) - 1] == " "  # cut between two words
    assert demo.question_title("x" * 250) == "x" * 199 + "…"
