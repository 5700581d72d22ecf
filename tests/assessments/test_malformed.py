"""Generated malformed submissions (hypothesis) to an attempt: each is refused with a 400 and a
clear message, or saved when it happens to be well-formed; never a server error, and nothing is
graded."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.models import QuizAttempt
from courses import services as course_services
from tests.factories.accounts import UserFactory
from tests.factories.assessments import question_create, quiz_add
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db

KEYS = st.one_of(
    st.sampled_from(["q1", "q2", "q3", "q3.1", "q3.2", "q4", "q0", "q99", "q1.1", "q", "qq"]),
    st.text(min_size=1, max_size=12).map(lambda t: "q" + t),
)
VALUES = st.one_of(
    st.text(max_size=400),
    st.lists(st.text(max_size=50), min_size=1, max_size=5),
    st.sampled_from(["true", "false", "", "\x00", "<script>", "9" * 50]),
)


@pytest.fixture
def attempt_url(client):
    course = course_create(modules=1, lessons=0)
    module = course.get_children().get().specific
    quiz = quiz_add(
        module,
        questions=[question_create(k) for k in ("single", "multiple", "scenario", "short_answer")],
    )
    learner = UserFactory()
    course_services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    response = client.post(reverse("assessments_start", args=[quiz.pk]))
    return response["Location"]


def _has_nul(value) -> bool:
    if isinstance(value, dict):
        return any(_has_nul(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_has_nul(v) for v in value)
    return "\x00" in str(value)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.dictionaries(KEYS, VALUES, max_size=6), submit=st.booleans())
def test_malformed_submissions_get_a_clear_400_never_a_500(client, attempt_url, data, submit):
    form = {}
    for key, value in data.items():
        if "\x00" in key:
            continue
        form[key] = value
    if submit:
        form["submit"] = "1"
    response = client.post(attempt_url, form)
    assert response.status_code in {302, 400, 409}, response.status_code
    if response.status_code == 400:
        html = response.content.decode()
        if _has_nul(form):
            # A NUL is refused at the edge (lms.middleware.BadInputMiddleware) for every form.
            assert "could not be understood" in html
        else:
            assert "That was not accepted" in html
            assert "Question" in html or "not questions of this attempt" in html
    attempt = QuizAttempt.objects.get()
    if response.status_code == 400:
        assert attempt.is_in_progress and attempt.percent is None
    if attempt.state == "graded":
        QuizAttempt.objects.filter(pk=attempt.pk).update(state="in_progress", percent=None)
