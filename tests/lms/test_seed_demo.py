"""seed_demo creates one working account per role and a home page, and a second run changes
nothing."""

import copy
import uuid

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, PageLogEntry, Revision, Site

from accounts.models import Audience, Organisation, Profile, User
from assessments import demo as assessments_demo
from assessments.models import Question, QuizPage, QuizQuestion
from certificates.models import Certificate, CertificateTemplate
from cms.models import (
    AwarenessPage,
    HomePage,
    LibraryDocument,
    LibraryDocumentAudience,
    NewsArticlePage,
    ReportingPage,
    SiteSettings,
    Visibility,
)
from courses import demo as courses_demo
from courses.models import (
    AccessLevel,
    CourseAudience,
    CoursePage,
    CourseTrainer,
    Enrolment,
    ItemProgress,
    LessonPage,
    ModulePage,
)
from courses.selectors import course_trainers

# Each test starts from one seeding on the empty database (tests/conftest.py), rolled back
# after each test: what they check is what a second or later run does to it.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_seeded")]

ROLES = ["learner", "graduate", "trainer", "manager", "admin"]


def snapshot() -> dict:
    """Every row seed_demo may touch, as plain values."""
    return {
        "users": list(User.objects.order_by("email").values()),
        "emails": list(EmailAddress.objects.order_by("email").values()),
        "pages": list(Page.objects.order_by("path").values()),
        "home": list(HomePage.objects.values("pk", "headline", "intro", "body")),
        "library": list(LibraryDocument.objects.order_by("pk").values()),
        "library_audiences": list(LibraryDocumentAudience.objects.order_by("pk").values()),
        "site_settings": list(SiteSettings.objects.values()),
        "lessons": list(LessonPage.objects.order_by("pk").values("pk", "title", "body")),
        "modules": list(ModulePage.objects.order_by("pk").values("pk", "title", "further_reading")),
        "quizzes": list(QuizPage.objects.order_by("pk").values()),
        "course_audiences": list(CourseAudience.objects.order_by("pk").values()),
        "course_trainers": list(CourseTrainer.objects.order_by("pk").values()),
        "questions": list(
            Question.objects.order_by("pk").values(
                "pk", "title", "reference", "lesson_id", "body", "explanation"
            )
        ),
        "quiz_questions": list(QuizQuestion.objects.order_by("pk").values()),
        "enrolments": list(Enrolment.objects.order_by("pk").values()),
        "progress": list(ItemProgress.objects.order_by("pk").values()),
        "certificates": list(Certificate.objects.order_by("pk").values("pk", "code")),
        "templates": list(CertificateTemplate.objects.order_by("pk").values()),
        "revisions": Revision.objects.count(),
        "page_log": PageLogEntry.objects.count(),
        "sites": list(Site.objects.values()),
        "authenticators": list(
            Authenticator.objects.order_by("pk").values("pk", "user_id", "type")
        ),
        "profiles": list(Profile.objects.order_by("pk").values()),
        "organisations": list(Organisation.objects.order_by("pk").values()),
        "roles": sorted(
            (g.name, p)
            for g in Group.objects.all()
            for p in g.permissions.values_list("codename", flat=True)
        ),
    }


def test_seed_demo_is_idempotent(capsys):
    first = snapshot()
    capsys.readouterr()
    call_command("seed_demo")
    assert snapshot() == first
    out = capsys.readouterr().out
    for role in ROLES:
        assert f"{role}@example.com" in out
    assert "demo-pass-2026" in out
    assert "JBSWY3DPEHPK3PXP" in out
    for count in (
        "course pages changed",
        "demo questions given their ID number",
        "demo questions changed",
        "demo quizzes changed",
    ):
        assert f"  {count}: 0\n" in out
    _check_demo_ids_are_random()


def _block_ids(value) -> list[str]:
    """The ids of the blocks and list items in a stored StreamField value."""
    if isinstance(value, list):
        return [i for item in value for i in _block_ids(item)]
    if isinstance(value, dict):
        own = [value["id"]] if set(value) == {"type", "value", "id"} else []
        return own + [i for item in value.values() for i in _block_ids(item)]
    return []


# The namespaces the demo loaders once derived ids from (uuid5), published in this repository.
PUBLISHED_NAMESPACES = {
    "courses": uuid.UUID("5b0c8a56-3f0e-4c55-9d4e-2a8f0f6d1c11"),
    "assessments": uuid.UUID("0f9d7c1e-2b4a-4f7e-9a51-6c3d2e8b7a90"),
}


def _published_ids() -> set[str]:
    """Every id anyone could compute with the old scheme (uuid5 of the lesson's slug and the
    block's place, of the question's key and the option's place)."""

    def uuid5(app: str, *parts) -> str:
        return str(uuid.uuid5(PUBLISHED_NAMESPACES[app], ":".join(str(p) for p in parts)))

    ids, places = set(), range(10)
    for name, course in zip(courses_demo.DEMO_COURSES, courses_demo.demo_courses(), strict=True):
        for module in course["modules"]:
            ids.update(uuid5("courses", module["slug"], "reading", n) for n in places)
            for lesson in module["lessons"]:
                for index in range(len(lesson["body"])):
                    ids.add(uuid5("courses", lesson["slug"], index))
                    ids.update(
                        uuid5("courses", lesson["slug"], index, k, n) for k in "oq" for n in places
                    )
        quizzes = assessments_demo.demo_quizzes(name, course)
        keys = [f"{name}-final-{n}" for n in range(1, len(quizzes["final"]) + 1)]
        for slug, items in quizzes["modules"].items():
            keys += [f"{name}-{slug}-{n}" for n in range(1, len(items) + 1)]
        for key in keys + [f"{key}.{part}" for key in keys for part in places]:
            ids.add(uuid5("assessments", key))
            ids.update(
                uuid5("assessments", key, kind, n)
                for kind in ("option", "accepted", "part")
                for n in places
            )
    return ids


def _check_demo_ids_are_random():
    """No id of the seeded content can be computed from this repository: all are random
    (version 4) and none is what the old uuid5 scheme gave."""
    ids = [i for page in LessonPage.objects.all() for i in _block_ids(page.body.get_prep_value())]
    ids += [
        i for page in ModulePage.objects.all() for i in _block_ids(page.further_reading.raw_data)
    ]
    options = [
        i for question in Question.objects.all() for i in _block_ids(question.body.get_prep_value())
    ]
    assert len(ids) > 300 and len(options) > 1000
    assert {uuid.UUID(i).version for i in ids + options} == {4}
    assert len(set(ids + options)) == len(ids + options)
    assert not set(ids + options) & _published_ids()


def test_seed_demo_puts_back_changed_demo_content_and_keeps_its_ids():
    question = Question.objects.get(reference="public-final-1")
    stored = question.body.get_prep_value()
    changed = copy.deepcopy(stored)
    changed[0]["value"]["options"][1]["value"]["text"] = "Edited by someone."
    question.body = changed
    question.save()
    lesson = LessonPage.objects.get(slug="three-parts-of-trafficking")
    body = lesson.body.get_prep_value()
    lesson.body = body[:-1]  # the knowledge check is gone
    lesson.save_revision().publish()

    assert courses_demo.seed()["course pages changed"] == 1
    assert assessments_demo.seed()["demo questions changed"] == 1
    question.refresh_from_db()
    assert question.body.get_prep_value() == stored  # the text is back, every id as it was
    lesson.refresh_from_db()
    restored = lesson.body.get_prep_value()
    assert restored[:-1] == body[:-1]
    assert restored[-1]["type"] == "knowledge_check" and restored[-1]["id"] != body[-1]["id"]
    assert courses_demo.without_ids(restored) == courses_demo.without_ids(body)
    assert courses_demo.seed()["course pages changed"] == 0
    assert assessments_demo.seed()["demo questions changed"] == 0


def _check_demo_staff_have_totp_and_the_learner_does_not(client):
    with_totp = set(
        Authenticator.objects.filter(type=Authenticator.Type.TOTP).values_list(
            "user__email", flat=True
        )
    )
    assert with_totp == {"trainer@example.com", "manager@example.com", "admin@example.com"}
    assert User.objects.get(email="manager@example.com").groups.get().name == "Programme Manager"


def _check_demo_accounts_log_in_with_the_demo_password(client):
    for role in ROLES:
        assert client.login(email=f"{role}@example.com", password="demo-pass-2026"), role
        client.logout()
    assert User.objects.get(email="admin@example.com").is_superuser
    assert not User.objects.get(email="learner@example.com").is_staff
    assert EmailAddress.objects.filter(verified=True, primary=True).count() == len(ROLES)


def test_seed_demo_honours_demo_password(client):
    with override_settings(DEMO_PASSWORD="another-demo-pass"):
        call_command("seed_demo")
    assert client.login(email="learner@example.com", password="another-demo-pass")


def test_seed_demo_repairs_a_changed_demo_account():
    User.objects.filter(email="learner@example.com").update(is_active=False, first_name="X")
    call_command("seed_demo")
    learner = User.objects.get(email="learner@example.com")
    assert learner.is_active and learner.first_name == "Marcia"


def _check_seed_demo_publishes_the_home_page_at_the_site_root(client):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert "847" in client.get("/").content.decode()


@override_settings(ALLOW_DEMO_DATA=False)
def test_seed_demo_refuses_when_demo_data_is_not_allowed():
    User.objects.filter(email="learner@example.com").update(first_name="Changed")
    before = snapshot()
    with pytest.raises(CommandError, match="refuses"):
        call_command("seed_demo")
    assert snapshot() == before  # nothing repaired, nothing written


def _check_seed_demo_loads_one_course_per_audience_and_a_public_course(client):
    courses = list(CoursePage.objects.live().order_by("path"))
    assert len(courses) == 5
    audiences = sorted(a for course in courses for a in course.audience_values)
    assert audiences == sorted(
        [Audience.LAW_ENFORCEMENT, Audience.BORDER, Audience.PROSECUTION, Audience.TASK_FORCE,
         Audience.MEDIA]
    )  # fmt: skip
    assert [c.access_level for c in courses].count(AccessLevel.OPEN) == 1
    for course in courses:
        modules = ModulePage.objects.child_of(course).live()
        assert 4 <= modules.count() <= 6, course.title
        for module in modules:
            assert module.further_reading, module.title
            assert LessonPage.objects.child_of(module).live().count() >= 2, module.title
        assert [t.email for t in course_trainers(course=course)] == ["trainer@example.com"]
    # The demo learner has started the public course, and /learn/ shows it.
    assert client.login(email="learner@example.com", password="demo-pass-2026")
    assert (
        "25% complete" in client.get("/learn/").content.decode()
        or Enrolment.objects.get(user__email="learner@example.com").progress_percent > 0
    )


def _check_the_demo_graduate_holds_a_certificate_with_a_real_score(client):
    certificate = Certificate.objects.get(enrolment__user__email="graduate@example.com")
    assert certificate.holder_name == "Thérèse Alcindor-Émile"
    assert 50 < certificate.score_percent < 100
    template = certificate.template
    assert template.logo and template.signatory_1_signature and template.signatory_2_signature
    # Signatures in their private collection, the emblem with the course and site media.
    assert (
        {template.signatory_1_signature.collection.name}
        == {template.signatory_2_signature.collection.name}
        == {"Certificate signatures"}
    )
    assert template.logo.collection.name == "Course and site media"
    assert client.login(email="graduate@example.com", password="demo-pass-2026")
    assert certificate.display_code in client.get("/learn/").content.decode()


def _check_seed_demo_gives_each_course_a_pre_test_module_quizzes_and_a_final(client):
    for course in CoursePage.objects.live():
        quizzes = QuizPage.objects.live().descendant_of(course)
        modules = ModulePage.objects.child_of(course).count()
        assert quizzes.filter(kind="pre_test", is_required=True).count() == 1, course.title
        assert quizzes.filter(kind="module_quiz").count() == modules, course.title
        final = quizzes.get(kind="final")
        assert final.quiz_questions.count() == 10
        for quiz in quizzes.filter(kind="module_quiz"):
            assert 5 <= quiz.quiz_questions.count() <= 10, quiz.title
        pre_test = quizzes.get(kind="pre_test")
        pre_ids = {link.question_id for link in pre_test.quiz_questions.all()}
        assert len(pre_ids) == 6
        assert pre_ids <= {link.question_id for link in final.quiz_questions.all()}
        first_module = ModulePage.objects.child_of(course).order_by("path").first()
        assert first_module.get_children().first().pk == pre_test.pk  # taken first


def _check_the_public_site_has_its_demo_content(client):
    assert AwarenessPage.objects.live().count() == 2
    assert NewsArticlePage.objects.live().count() == 3
    reporting = ReportingPage.objects.live().get()
    assert "847" in client.get(reporting.url).content.decode()
    home = client.get("/").content.decode()
    assert "Signs of human trafficking" in home and "Latest news" in home
    assert home.count('class="card"') >= 5  # 2 awareness pages and 3 featured courses
    documents = LibraryDocument.objects.filter(is_listed=True)
    assert documents.count() >= 6
    for document in documents:
        assert document.publisher and document.summary and document.topic, document.title
        assert document.stand_in_note.startswith("Demo stand-in"), document.title
        assert document.file.size < 20_000, document.title  # a small generated PDF
        assert document.file.open("rb").read(5) == b"%PDF-"
    assert documents.filter(visibility=Visibility.PRACTITIONERS).exists()
    library = client.get("/resources/").content.decode()
    assert "Demo stand-in" in library and "OSCE/ODIHR" in library


def _check_demo_questions_have_their_id_number_words_and_lesson(client):
    questions = list(Question.objects.select_related("category"))
    assert len(questions) >= 200
    assert len({(q.category_id, q.reference) for q in questions}) == len(questions)
    for question in questions:
        assert question.reference.split("-")[0] in courses_demo.DEMO_COURSES, question.reference
        assert not question.title.startswith(question.reference), question.title
        assert question.title[:1].isupper(), question.title  # the question's own words
        assert question.lesson_id is not None, question.reference
    # Each question's lesson is live and in the course of every quiz that asks it.
    for quiz in QuizPage.objects.live():
        course = CoursePage.objects.ancestor_of(quiz).get()
        lessons = set(LessonPage.objects.live().descendant_of(course).values_list("pk", flat=True))
        for link in quiz.quiz_questions.select_related("question"):
            assert link.question.lesson_id in lessons, (quiz.title, link.question.title)


def test_the_demo_has_what_a_newcomer_needs(client):
    """The first seeding (the module's), every check of what `make run` promises."""
    _check_demo_staff_have_totp_and_the_learner_does_not(client)
    client.logout()
    _check_demo_accounts_log_in_with_the_demo_password(client)
    client.logout()
    _check_seed_demo_publishes_the_home_page_at_the_site_root(client)
    client.logout()
    _check_seed_demo_loads_one_course_per_audience_and_a_public_course(client)
    client.logout()
    _check_the_demo_graduate_holds_a_certificate_with_a_real_score(client)
    client.logout()
    _check_seed_demo_gives_each_course_a_pre_test_module_quizzes_and_a_final(client)
    client.logout()
    _check_the_public_site_has_its_demo_content(client)
    client.logout()
    _check_demo_questions_have_their_id_number_words_and_lesson(client)


def test_a_database_seeded_with_the_old_question_titles_is_migrated_by_the_reseed():
    """Before questions had an ID number, the demo knew them by a title "<key>: <text>" and
    set no lesson. A reseed gives each its ID number once and then its own words and its
    lesson, keeping the same rows (the quizzes, and attempts already taken, still point at
    them); the reseed after that changes nothing."""
    wanted = snapshot()
    for question in Question.objects.all():
        old_title = f"{question.reference}: {question.title}"[:200]
        Question.objects.filter(pk=question.pk).update(title=old_title, reference="", lesson=None)
    links = list(QuizQuestion.objects.order_by("pk").values())

    summary = assessments_demo.seed()
    count = Question.objects.count()
    assert summary["demo questions given their ID number"] == count
    assert summary["demo questions changed"] == count and summary["demo quizzes changed"] == 0
    assert list(QuizQuestion.objects.order_by("pk").values()) == links
    assert snapshot()["questions"] == wanted["questions"]
    summary = assessments_demo.seed()
    assert summary["demo questions given their ID number"] == 0
    assert summary["demo questions changed"] == 0


def test_a_corrected_question_text_updates_the_same_question(monkeypatch):
    question = Question.objects.get(reference="public-final-2")
    original = assessments_demo.quiz_read

    def corrected(path, **kwargs):
        questions = original(path, **kwargs)
        if path.name == "final.md" and path.parent.name == "public":
            questions[1] = {**questions[1], "text": "Trafficking can happen inside one island."}
        return questions

    monkeypatch.setattr(assessments_demo, "quiz_read", corrected)
    assert assessments_demo.seed()["demo questions changed"] == 1
    corrected_question = Question.objects.get(reference="public-final-2")
    assert corrected_question.pk == question.pk
    assert corrected_question.title == "Trafficking can happen inside one island."
