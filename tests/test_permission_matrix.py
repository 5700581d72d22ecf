"""Every URL of the project, requested as anonymous, learner, trainer, programme manager and
administrator, answers the expected status. Staff log in through the real password + TOTP flow.
Then every URL again for staff sessions that have not passed TOTP: sent to set it up or to log
in with it on staff-only paths, and elsewhere answered exactly as the learner is.

A new URL in the project's own URLconfs fails `test_every_own_url_is_in_the_matrix` until it is
added here with its expectations."""

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts import roles
from accounts.demo import totp_enrol_with_secret
from accounts.models import Audience
from accounts.services import audit_record
from assessments.services import attempt_start
from certificates.models import Certificate
from certificates.services import certificate_render
from cms.models import Visibility
from courses.models import AccessLevel
from courses.services import enrolment_create
from reports.models import ReportRun
from reports.services import report_run_execute
from tests.factories.accounts import OrganisationFactory, UserFactory
from tests.factories.assessments import question_create, quiz_add
from tests.factories.certificates import completed_enrolment
from tests.factories.cms import document_create, home, library_page, reporting_page, site
from tests.factories.courses import course_create, lessons_of
from tests.helpers import PASSWORD, TEST_TOTP_SECRET, login_with_mfa

pytestmark = pytest.mark.django_db

OK = "200"
LOGIN = "login"  # 302 to the allauth login page
AWAY = "302"  # redirect elsewhere (e.g. already logged in)
DENIED = "denied"  # 403, or Wagtail's redirect to the dashboard with "no permission"
# A learner (no admin access at all) asking for an admin page is sent to the login page.
MFA_SETUP = "mfa"  # to set up TOTP: only for staff without it (password-only sessions below)

ROLES = ["anonymous", "learner", "trainer", "manager", "administrator"]

# path: expected status for each role, in ROLES order.
MATRIX = {
    "/": (OK, OK, OK, OK, OK),
    "/healthz": (OK, OK, OK, OK, OK),
    "/accounts/login/": (OK, AWAY, AWAY, AWAY, AWAY),
    "/accounts/signup/": (OK, AWAY, AWAY, AWAY, AWAY),
    "/accounts/password/reset/": (OK, OK, OK, OK, OK),
    "/accounts/password/change/": (LOGIN, OK, OK, OK, OK),
    "/accounts/email/": (LOGIN, OK, OK, OK, OK),
    "/accounts/profile/": (LOGIN, OK, OK, OK, OK),
    "/accounts/profile/data.json": (LOGIN, OK, OK, OK, OK),
    "/accounts/2fa/": (LOGIN, OK, OK, OK, OK),
    "/accounts/sessions/": (LOGIN, OK, OK, OK, OK),
    "/admin/login/": (LOGIN, LOGIN, LOGIN, LOGIN, LOGIN),
    "/admin/": (LOGIN, LOGIN, OK, OK, OK),
    "/admin/accounts/approvals/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/accounts/import/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/accounts/erase/{learner_id}/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/admin/accounts/organisations/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/accounts/organisations/new/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/admin/accounts/approvals/{profile_id}/": (LOGIN, LOGIN, "405", "405", "405"),  # POST only
    "/admin/accounts/organisations/results/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/accounts/organisations/edit/{organisation_id}/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/admin/accounts/organisations/delete/{organisation_id}/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/admin/accounts/organisations/history/{organisation_id}/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/admin/accounts/organisations/history-results/{organisation_id}/": (
        LOGIN,
        LOGIN,
        DENIED,
        DENIED,
        OK,
    ),
    "/admin/accounts/organisations/usage/{organisation_id}/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    # The audit log is read-only for everyone: administrators read it, nobody writes it here.
    "/admin/accounts/audit/results/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/admin/accounts/audit/inspect/{audit_id}/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/admin/accounts/audit/new/": (LOGIN, LOGIN, DENIED, DENIED, DENIED),
    "/admin/accounts/audit/edit/{audit_id}/": (LOGIN, LOGIN, DENIED, DENIED, DENIED),
    "/admin/accounts/audit/delete/{audit_id}/": (LOGIN, LOGIN, DENIED, DENIED, DENIED),
    "/admin/accounts/audit/history/{audit_id}/": (LOGIN, LOGIN, DENIED, DENIED, DENIED),
    "/admin/accounts/audit/history-results/{audit_id}/": (LOGIN, LOGIN, DENIED, DENIED, DENIED),
    "/admin/accounts/audit/usage/{audit_id}/": (LOGIN, LOGIN, DENIED, DENIED, DENIED),
    "/admin/accounts/audit/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/admin/users/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    # Programme managers keep the certificate signatures (their own collection, certificates/0003).
    "/admin/images/": (LOGIN, LOGIN, OK, OK, OK),
    "/courses/": (OK, OK, OK, OK, OK),
    "{course_url}": (OK, OK, OK, OK, OK),
    "{lesson_url}": (LOGIN, AWAY, AWAY, OK, OK),
    "/learn/": (LOGIN, OK, OK, OK, OK),
    "/learn/courses/{course_id}/enrol/": ("405", "405", "405", "405", "405"),
    "/learn/courses/{course_id}/resume/": (LOGIN, AWAY, AWAY, AWAY, AWAY),
    "/learn/items/{item_id}/complete/": ("405", "405", "405", "405", "405"),
    # A lesson's knowledge check: POST only (tests/courses/test_knowledge_checks.py).
    "/learn/check/{item_id}/{check_block_id}/": ("405", "405", "405", "405", "405"),
    "/admin/courses/learners/": (LOGIN, LOGIN, OK, OK, OK),
    "/admin/courses/{course_id}/learners/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/courses/{course_id}/learners/results/": (LOGIN, LOGIN, DENIED, OK, OK),
    # Administrators keep the whole site, courses included (page permissions on the home page).
    "/admin/pages/{course_id}/edit/": (LOGIN, LOGIN, OK, DENIED, OK),
    "/learn/quizzes/{quiz_id}/start/": ("405", "405", "405", "405", "405"),
    "/learn/attempts/{attempt_id}/": (LOGIN, "404", "404", "404", "404"),
    "/learn/attempts/{attempt_id}/review/": (LOGIN, "404", "404", "404", "404"),
    "/admin/snippets/assessments/question/": (LOGIN, LOGIN, OK, DENIED, DENIED),
    "/admin/assessments/quizzes/": (LOGIN, LOGIN, OK, OK, OK),
    "/admin/assessments/quizzes/results/": (LOGIN, LOGIN, OK, OK, OK),
    "/admin/assessments/quizzes/{quiz_id}/results/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/assessments/quizzes/{quiz_id}/attempts/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/assessments/quizzes/{quiz_id}/attempts/results/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/assessments/quizzes/{quiz_id}/gain/": (LOGIN, LOGIN, DENIED, "404", "404"),
    "/admin/assessments/quizzes/{quiz_id}/gain/results/": (LOGIN, LOGIN, DENIED, "404", "404"),
    "/admin/assessments/quizzes/{quiz_id}/regrade/": (LOGIN, LOGIN, "405", "405", "405"),
    # Previews as a learner sees them: of a question for those who edit the bank, of a quiz
    # for those who may edit its page (ours, and Wagtail's editor previews).
    "/admin/assessments/questions/{question_id}/preview/": (LOGIN, LOGIN, OK, DENIED, DENIED),
    "/admin/assessments/quizzes/{quiz_id}/preview/": (LOGIN, LOGIN, OK, DENIED, OK),
    "/admin/snippets/assessments/question/preview/": (LOGIN, LOGIN, OK, DENIED, DENIED),
    "/admin/snippets/assessments/question/preview/{question_id}/": (
        LOGIN,
        LOGIN,
        OK,
        DENIED,
        DENIED,
    ),
    "/admin/pages/{quiz_id}/edit/preview/?mode=questions": (LOGIN, LOGIN, OK, DENIED, OK),
    "/admin/documents/": (LOGIN, LOGIN, OK, DENIED, OK),
    "/admin/settings/cms/sitesettings/{site_id}/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/admin/pages/{home_id}/edit/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/robots.txt": (OK, OK, OK, OK, OK),
    "/sitemap.xml": (OK, OK, OK, OK, OK),
    "/i18n/setlang/": (AWAY, AWAY, AWAY, AWAY, AWAY),
    # No language prefixes: the same address in every language, no second door to a path.
    "/fr/reports/": ("404", "404", "404", "404", "404"),
    "/resources/": (OK, OK, OK, OK, OK),
    "/report/": (OK, OK, OK, OK, OK),
    # Public documents for everyone; one for law-enforcement practitioners: the learner here is
    # of another audience; trainers and administrators manage documents; programme managers
    # do not.
    "{public_document_url}": (OK, OK, OK, OK, OK),
    "{restricted_document_url}": (LOGIN, DENIED, OK, DENIED, OK),
    "/certificates/verify/": (OK, OK, OK, OK, OK),
    "/certificates/verify/{code}/": (OK, OK, OK, OK, OK),
    # Someone else's certificate: only staff who may see every course download it.
    "/certificates/{code}/pdf/": (LOGIN, "404", "404", OK, OK),
    "/admin/certificates/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/certificates/results/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/certificates/{certificate_id}/": (LOGIN, LOGIN, DENIED, OK, OK),
    # The certificates' bulk actions (their confirmation pages): administrators only.
    "/admin/bulk/certificates/certificate/rerender/?id={certificate_id}": (
        LOGIN,
        LOGIN,
        DENIED,
        DENIED,
        OK,
    ),
    "/admin/bulk/certificates/certificate/revoke/?id=all": (LOGIN, LOGIN, DENIED, DENIED, OK),
    "/admin/snippets/certificates/certificatetemplate/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/snippets/certificates/certificatetemplate/add/": (LOGIN, LOGIN, DENIED, DENIED, OK),
    # The signature image chooser: those who may choose in the signatures collection.
    "/admin/certificates/signature-images/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/certificates/signature-images/results/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/admin/certificates/signature-images/create/": (LOGIN, LOGIN, DENIED, OK, OK),
    "/reports/": (LOGIN, DENIED, DENIED, OK, OK),
    "/reports/learners/": (LOGIN, DENIED, DENIED, OK, OK),
    "/reports/export/learners.csv": (LOGIN, DENIED, DENIED, OK, OK),
    "/reports/completion-report/": (LOGIN, DENIED, DENIED, AWAY, AWAY),  # GET: to the dashboard
    "/reports/completion-report/{report_id}/": (LOGIN, DENIED, DENIED, OK, OK),
    "/reports/completion-report/{report_id}/pdf/": (LOGIN, DENIED, DENIED, OK, OK),
}

# Named URLs of the project's own URLconfs that the matrix must cover, by their path prefix.
OWN_PREFIXES = (
    "accounts_",
    "assessments_",
    "certificates_",
    "reports_",
    "courses_",
    "healthz",
    "robots_txt",
    "sitemap",
    "set_language",
    "wagtailadmin_login_redirect",
)


def classify(response) -> str:
    if response.status_code == 200:
        return OK
    if response.status_code == 403:
        return DENIED
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/accounts/login/"):
            return LOGIN
        # Wagtail refuses inside the admin by sending to its dashboard; elsewhere a 302 to
        # /admin/ is an administrator sent to their start page (the login page, signed in).
        if location == "/admin/" and response.request["PATH_INFO"].startswith("/admin/"):
            return DENIED
        if location.startswith("/accounts/2fa/totp/activate/"):
            return MFA_SETUP
        return AWAY
    return str(response.status_code)


@pytest.fixture
def people(client, django_user_model):
    users = {
        "learner": UserFactory(role=roles.LEARNER),
        "trainer": UserFactory(role=roles.TRAINER),
        "manager": UserFactory(role=roles.PROGRAMME_MANAGER),
        "administrator": UserFactory(role=roles.ADMINISTRATOR),
        # Only in the password-only sessions below: Django grants a superuser every permission
        # before it asks any backend.
        "superuser": UserFactory(is_superuser=True),
    }
    return users


def client_for(role: str, people) -> "Client":  # noqa: F821
    from django.test import Client

    client = Client()
    if role == "learner":
        client.force_login(people["learner"])
    elif role != "anonymous":
        login_with_mfa(client, people[role])
    return client


def matrix_values(people) -> dict:
    """The objects the matrix's addresses point at, created fresh; their ids and URLs."""
    target = UserFactory(email="subject@example.org")
    # An invitation-only course nobody here is enrolled in or assigned to.
    course = course_create(access_level=AccessLevel.INVITATION, modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    # Somebody else's quiz attempt: nobody here may see it.
    question = question_create()
    quiz = quiz_add(course.get_children().get().specific, questions=[question])
    someone = UserFactory()
    enrolment_create(user=someone, course=course, actor=people["administrator"])
    attempt = attempt_start(user=someone, quiz=quiz).attempt
    # Someone else's certificate, rendered.
    certificate = Certificate.objects.get(enrolment=completed_enrolment(user=someone))
    certificate_render(certificate_id=certificate.pk)
    # A finished completion report.
    report = ReportRun.objects.create(filters={})
    report_run_execute(run_id=report.pk)
    # The public site's pages and documents.
    reporting_page()
    library_page()
    public_document = document_create()
    restricted_document = document_create(
        audiences=(Audience.LAW_ENFORCEMENT,), visibility=Visibility.PRACTITIONERS
    )
    organisation = OrganisationFactory(name="Matrix agency")
    audit = audit_record(actor=people["administrator"], action="matrix.probe", subject="probe")
    return {
        "organisation_id": organisation.pk,
        "audit_id": audit.pk,
        "profile_id": UserFactory(audience=Audience.LAW_ENFORCEMENT).profile.pk,
        "quiz_id": quiz.pk,
        "question_id": question.pk,
        "attempt_id": attempt.pk,
        "learner_id": target.pk,
        "course_id": course.pk,
        "item_id": lesson.pk,
        "check_block_id": "0b0c3f9e-6a43-4c9b-9c55-0d6f5a3e2b71",
        "course_url": course.url,
        "lesson_url": lesson.url,
        "code": certificate.display_code,
        "certificate_id": certificate.pk,
        "report_id": report.pk,
        "site_id": site().pk,
        "home_id": home().pk,
        "public_document_url": public_document.url,
        "restricted_document_url": restricted_document.url,
    }


@pytest.fixture
def values(people):
    return matrix_values(people)


def test_permission_matrix(people, values):
    failures = []
    for index, role in enumerate(ROLES):
        client = client_for(role, people)
        for template, expected in MATRIX.items():
            path = template.format(**values)
            got = classify(client.get(path))
            if got != expected[index]:
                failures.append(f"{role:<13} {path:<42} expected {expected[index]:<6} got {got}")
    assert not failures, "\n" + "\n".join(failures)


def password_only_expected(template: str, has_totp: bool) -> str:
    """A staff session that has not passed TOTP: sent to set it up or to log in again with it
    on staff-only paths; everywhere else it is a learner and sees what the learner sees."""
    if template.startswith(tuple(settings.MFA_REQUIRED_PATH_PREFIXES)):
        return LOGIN if has_totp else MFA_SETUP
    return MATRIX[template][ROLES.index("learner")]


def password_only_login(client, user, has_totp: bool) -> None:
    """With an authenticator the password alone logs nobody in, so such a session is one
    that never passed the TOTP step (force_login: a session from before the authenticator, or
    of a learner since given a staff role). Without one, the real password login."""
    if has_totp:
        client.force_login(user)
        return
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302 and "_auth_user_id" in client.session


@pytest.mark.parametrize("has_totp", [True, False], ids=["totp-skipped", "no-totp-yet"])
def test_password_only_staff_sessions_hold_no_staff_power(people, values, has_totp):
    """Every URL, for every staff role, in a session without the second factor: no certificate
    of anyone else, no document beyond the person's own audience, no course they do not learn
    in, no admin or report."""
    from django.test import Client

    failures = []
    for role in ("trainer", "manager", "administrator", "superuser"):
        user = people[role]
        if has_totp:
            totp_enrol_with_secret(user=user, secret=TEST_TOTP_SECRET)
        client = Client()
        for template in MATRIX:
            if "_auth_user_id" not in client.session:  # sent to log in again: a new session
                password_only_login(client, user, has_totp)
            path = template.format(**values)
            got = classify(client.get(path))
            expected = password_only_expected(template, has_totp)
            if got != expected:
                failures.append(f"{role:<13} {path:<42} expected {expected:<6} got {got}")
    assert not failures, "\n" + "\n".join(failures)


def _named_patterns(resolver, prefix="", namespace=""):
    """(name, route) of every named URL; names inside a namespace (a Wagtail viewset's) come
    as "namespace:name"."""
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _named_patterns(pattern, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name, prefix + str(pattern.pattern)


def route_regex(route: str):
    """A URL route as a regular expression: each converter matches one path segment."""
    import re

    route = "/" + route.replace("^", "").replace("$", "")
    parts = re.split(r"<[^>]+>", route)
    return re.compile("[^/]+".join(re.escape(part) for part in parts))


def uncovered_routes(named_routes, templates) -> list[str]:
    """Named routes that no MATRIX path (its placeholders standing for any one segment)
    requests."""
    import re

    paths = [re.sub(r"{\w+}", "X", t) for t in templates if not t.startswith("{")]
    return [
        f"{name}: {route}"
        for name, route in named_routes
        if not any(route_regex(route).fullmatch(path) for path in paths)
    ]


def test_every_own_url_is_in_the_matrix():
    own = [(n, r) for n, r in _named_patterns(get_resolver()) if n.startswith(OWN_PREFIXES)]
    missing = uncovered_routes(own, MATRIX)
    assert not missing, "add these to MATRIX: " + ", ".join(missing)


def test_the_coverage_check_finds_a_missing_route():
    routes = [("a", "admin/accounts/approvals/<id:profile_id>/"), ("b", "learn/")]
    assert uncovered_routes(routes, ["/", "/learn/", "/admin/accounts/approvals/"]) == [
        "a: admin/accounts/approvals/<id:profile_id>/"
    ]
    assert uncovered_routes(routes, ["/learn/", "/admin/accounts/approvals/{id}/"]) == []
