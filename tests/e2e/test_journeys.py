"""Browser tier: the four journeys of issue 16, each walked in Debian's Chromium at 1280 and at
360 px wide. A learner takes a course from enrolment to its certificate; a new police officer
signs up, waits for approval and finds the course open; a trainer writes a question and puts
it in a new quiz in the Wagtail admin; a programme manager reads the reports and downloads
them. After every step axe finds no serious or critical violation, a phone never scrolls
sideways, and a screenshot is saved for people to look at (tests/e2e/walk.py).

Each journey keeps every locator of its pages in one class, by role and accessible name, so
that it is quick to adapt when the pages change; its steps are small named functions."""

import csv
import io
import re

import pytest
from django.core import mail
from django.urls import reverse
from openpyxl import load_workbook

from accounts import roles
from accounts.models import Audience, MembershipStatus, Profile
from accounts.services import membership_decide
from assessments.models import QuizPage
from courses.models import AccessLevel, Enrolment
from tests.e2e.walk import walks_finish
from tests.factories.accounts import OrganisationFactory, UserFactory
from tests.factories.journeys import (
    RIGHT_ANSWER,
    journey_course,
    journey_walked,
    programme_manager,
    staff_member,
    trainer,
)
from tests.helpers import PASSWORD, totp_code_to_type

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = (1280, 360)


def named(text: str) -> re.Pattern:
    """An accessible name that starts with `text`, whatever follows (a colon, an asterisk)."""
    return re.compile(rf"^{re.escape(text)}", re.I)


# --- Shared by every journey: the header and the account pages (part 6 rewords them) -------


class AccountPages:
    def __init__(self, page):
        self.page = page

    def header_link(self, name: str):
        return self.page.get_by_role("banner").get_by_role("link", name=name, exact=True)

    def email(self):
        return self.page.get_by_label(re.compile(r"^e-?mail( address)?:?\*?$", re.I))

    def password(self):
        return self.page.get_by_label(re.compile(r"^password:?\*?$", re.I))

    def password_again(self):
        return self.page.get_by_label(re.compile(r"^password( \(again\)| again)", re.I))

    def log_in(self):
        return self.page.get_by_role("main").get_by_role(
            "button", name=re.compile(r"^(log in|sign in)$", re.I)
        )

    def totp_code(self):
        return self.page.get_by_label(re.compile(r"code", re.I))

    def totp_confirm(self):
        return self.page.get_by_role("main").get_by_role(
            "button", name=re.compile(r"^(log in|sign in|verify|confirm|continue)$", re.I)
        )

    def field(self, label: str):
        return self.page.get_by_label(named(label))

    def sign_up(self):
        return self.page.get_by_role("main").get_by_role(
            "button", name=re.compile(r"^sign up$", re.I)
        )

    def confirm_email(self):
        return self.page.get_by_role("main").get_by_role("button", name=named("Confirm"))


def log_in(walk, email: str, *, second_factor: bool = False) -> None:
    """Log in through the form (and the second factor for staff); the page reached after it
    is a step of its own."""
    account = AccountPages(walk.page)
    walk.goto(reverse("account_login"))
    walk.step("log in")
    account.email().fill(email)
    account.password().fill(PASSWORD)
    account.log_in().click()
    if second_factor:
        walk.page.wait_for_url("**/2fa/authenticate/**")
        walk.step("second factor")
        account.totp_code().fill(totp_code_to_type())
        account.totp_confirm().click()
    walk.page.wait_for_url(lambda url: "/accounts/" not in url)
    walk.step("after logging in")


# --- Journey 1: a learner takes a course to its certificate -------------------------------


class LearnerPages:
    PASSED = re.compile(r"You passed|Congratulations")
    COURSE_COMPLETED = "You completed this course"
    CERTIFICATE_PREPARING = "being prepared"

    def __init__(self, page):
        self.page = page
        self.account = AccountPages(page)

    def main(self):
        return self.page.get_by_role("main")

    def my_learning(self):
        return self.account.header_link("My learning")

    def catalogue(self):
        return self.account.header_link("Courses")

    def course_card(self, title: str):
        # A course among the catalogue's entries (a pending notice may name it too).
        return self.main().locator(".course-list").get_by_role("link", name=title, exact=True)

    def enrol(self):
        return self.main().get_by_role("button", name="Enrol in this course")

    def start_course(self):
        return self.main().get_by_role("link", name="Start the course")

    def start_quiz(self):
        return self.main().get_by_role("button", name=re.compile(r"^(start|try again)$", re.I))

    def right_answer(self):
        return self.main().get_by_role("radio", name=RIGHT_ANSWER, exact=True)

    def submit_quiz(self):
        return self.main().get_by_role("button", name="Submit for marking")

    def back_to_quiz(self):
        return self.main().get_by_role("link", name="Back to the quiz")

    def next_item(self, title: str):
        return self.page.get_by_role("navigation", name="Previous and next").get_by_role(
            "link", name=re.compile(re.escape(title))
        )

    def mark_complete(self):
        return self.main().get_by_role("button", name=named("Mark as complete"))

    def breadcrumb_course(self, title: str):
        return self.page.get_by_role("navigation", name="Breadcrumb").get_by_role(
            "link", name=title, exact=True
        )

    def certificate_link(self):
        return self.main().get_by_role("link", name=re.compile("certificate", re.I))

    def certificate_download(self):
        return self.main().get_by_role("link", name=named("Download PDF"))


def open_my_learning(walk, pages) -> None:
    if walk.path != reverse("courses_dashboard"):
        pages.my_learning().click()
        walk.page.wait_for_url("**/learn/")
        walk.step("My learning")


def open_course_from_catalogue(walk, pages, course) -> None:
    pages.catalogue().click()
    walk.page.wait_for_url("**/courses/")
    walk.step("catalogue")
    pages.course_card(course.title).click()
    walk.page.wait_for_url(f"**{course.url}")
    walk.step("course page")


def enrol(walk, pages) -> None:
    pages.enrol().click()
    walk.page.wait_for_load_state()
    assert pages.start_course().count() == 1, "enrolling offers to start the course"
    walk.step("enrolled")


def take_quiz(walk, pages, name: str, *, answer: bool = True) -> None:
    """From a quiz's page: start an attempt, answer, submit, read the result."""
    pages.start_quiz().click()
    walk.page.wait_for_url("**/attempts/*/")
    walk.step(f"{name}: the questions")
    if answer:
        pages.right_answer().check()
    pages.submit_quiz().click()
    walk.page.wait_for_url("**/review/")
    walk.step(f"{name}: the result")


def go_on_to(walk, pages, item, name: str) -> None:
    """From a quiz's result, back to the quiz and on to the next item of the course."""
    pages.back_to_quiz().click()
    walk.page.wait_for_load_state()
    pages.next_item(item.title).click()
    walk.page.wait_for_url(f"**{item.url}")
    walk.step(name)


def read_lesson(walk, pages, journey) -> None:
    go_on_to(walk, pages, journey.lesson, "lesson")
    pages.mark_complete().click()
    walk.page.wait_for_url(f"**{journey.module_quiz.url}")
    walk.step("module quiz")


def see_the_final_celebrated(walk, pages) -> None:
    assert pages.PASSED.search(walk.main_text())
    walk.expect(
        "the result of a passed final says the course is complete",
        bool(
            re.search(
                r"course (is )?complete|completed (the|this) course|you have completed",
                walk.main_text(),
            )
        ),
    )
    walk.expect(
        "the result of a passed final links to the certificate",
        pages.certificate_link().count() > 0,
    )


def see_the_course_complete(walk, pages, journey) -> None:
    pages.back_to_quiz().click()
    walk.page.wait_for_load_state()
    pages.breadcrumb_course(journey.course.title).click()
    walk.page.wait_for_url(f"**{journey.course.url}")
    walk.step("course page: completed")
    assert pages.COURSE_COMPLETED in walk.main_text()
    walk.expect(
        "the course page of a completed course links to the certificate",
        pages.certificate_link().count() > 0,
    )


def see_the_certificate(walk, pages) -> None:
    pages.my_learning().click()
    walk.page.wait_for_url("**/learn/")
    walk.step("My learning: the certificate")
    ready = pages.certificate_download().count() > 0
    assert ready or pages.CERTIFICATE_PREPARING in walk.main_text().lower(), walk.main_text()


def learner_journey(walk, learner, journey) -> None:
    pages = LearnerPages(walk.page)
    log_in(walk, learner.email)
    walk.expect(
        "a learner lands on My learning after logging in",
        walk.path == reverse("courses_dashboard"),
    )
    open_my_learning(walk, pages)
    open_course_from_catalogue(walk, pages, journey.course)
    enrol(walk, pages)
    pages.start_course().click()
    walk.page.wait_for_url(f"**{journey.pre_test.url}")
    walk.step("pre-test")
    take_quiz(walk, pages, "pre-test", answer=False)
    read_lesson(walk, pages, journey)
    take_quiz(walk, pages, "module quiz")
    go_on_to(walk, pages, journey.final, "final assessment")
    take_quiz(walk, pages, "final assessment")
    see_the_final_celebrated(walk, pages)
    see_the_course_complete(walk, pages, journey)
    see_the_certificate(walk, pages)
    conflicts = [path for status, path in walk.refused if status == 409]
    walk.expect(f"a quiz's autosave stops once it is submitted (409: {conflicts})", not conflicts)


def test_learner_takes_a_course_to_its_certificate(walk):
    journey = journey_course()
    walks = []
    for width in WIDTHS:
        learner = UserFactory(first_name="Marcia", last_name="Joseph")
        walks.append(walk("learner", width))
        learner_journey(walks[-1], learner, journey)
        assert Enrolment.objects.get(user=learner, course=journey.course).completed_at
    walks_finish(walks)


# --- Journey 2: a new police officer waits for approval -----------------------------------


OFFICER_COURSE = "Police response to trafficking"


class OfficerPages:
    def __init__(self, page):
        self.page = page
        self.account = AccountPages(page)
        self.learner = LearnerPages(page)

    def sign_up_link(self):
        return self.account.header_link("Sign up")


def officer_signs_up(walk, email: str) -> None:
    pages = OfficerPages(walk.page)
    walk.goto("/")
    walk.step("home page")
    pages.sign_up_link().click()
    walk.page.wait_for_url("**/accounts/signup/")
    walk.step("sign up")
    account = pages.account
    account.email().fill(email)
    account.field("First name").fill("Jean")
    account.field("Last name").fill("Baptiste")
    account.field("I work in").select_option(label="Law enforcement")
    account.field("Organisation").select_option(label="Royal Saint Lucia Police Force")
    account.field("Position").fill("Constable")
    account.password().fill(PASSWORD)
    account.password_again().fill(PASSWORD)
    account.sign_up().click()
    walk.page.wait_for_url(lambda url: "/accounts/signup/" not in url)
    walk.step("asked to confirm the e-mail address")


def confirmation_link(email: str) -> str:
    """The path of the address-confirmation link in the e-mail sent to `email`."""
    bodies = [message.body for message in mail.outbox if email in message.to]
    assert bodies, f"no e-mail to {email}"
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", bodies[-1]).group(1)


def officer_confirms_the_address(walk, email: str) -> None:
    walk.goto(confirmation_link(email))
    walk.step("confirm the e-mail address")
    OfficerPages(walk.page).account.confirm_email().click()
    walk.page.wait_for_load_state()


def see_the_approval_pending(walk, pages) -> None:
    waiting = re.compile(r"waiting|awaiting|pending", re.I)
    walk.expect(
        "a new officer lands on My learning after logging in",
        walk.path == reverse("courses_dashboard"),
    )
    open_my_learning(walk, pages.learner)
    walk.expect("My learning shows the pending approval", bool(waiting.search(walk.main_text())))
    pages.learner.catalogue().click()
    walk.page.wait_for_url("**/courses/")
    walk.step("catalogue: approval pending")
    walk.expect("the catalogue shows the pending approval", bool(waiting.search(walk.main_text())))
    assert pages.learner.course_card(OFFICER_COURSE).count() == 0


def see_the_course_open(walk, pages) -> None:
    walk.page.reload()
    walk.step("catalogue: approved")
    pages.learner.course_card(OFFICER_COURSE).click()
    walk.page.wait_for_load_state()
    walk.step("course page: open")
    enrol(walk, pages.learner)


def officer_journey(walk, email: str, administrator) -> None:
    pages = OfficerPages(walk.page)
    officer_signs_up(walk, email)
    officer_confirms_the_address(walk, email)
    log_in(walk, email)
    see_the_approval_pending(walk, pages)
    # An administrator approves the membership (in the admin's approval queue: not walked).
    profile = Profile.objects.get(user__email=email)
    assert profile.membership_status == MembershipStatus.PENDING
    assert membership_decide(profile_id=profile.pk, approve=True, actor=administrator).changed
    see_the_course_open(walk, pages)


def test_new_officer_waits_for_approval_then_finds_the_course_open(walk):
    OrganisationFactory(name="Royal Saint Lucia Police Force", audience=Audience.LAW_ENFORCEMENT)
    journey_course(
        title=OFFICER_COURSE,
        access_level=AccessLevel.AUDIENCE,
        audiences=(Audience.LAW_ENFORCEMENT,),
    )
    administrator = staff_member(roles.ADMINISTRATOR)
    walks = []
    for width in WIDTHS:
        walks.append(walk("officer", width))
        officer_journey(walks[-1], f"officer{width}@rslpf.example.org", administrator)
    walks_finish(walks)


# --- Journey 3: a trainer writes a question and puts it in a new quiz ---------------------


class AdminPages:
    """Wagtail's admin, as the trainer and the manager use it (part 7 relabels some of it)."""

    def __init__(self, page):
        self.page = page
        self.account = AccountPages(page)

    def main(self):
        return self.page.get_by_role("main")

    def header_admin_link(self):
        return self.page.get_by_role("banner").get_by_role("link", name=re.compile("admin", re.I))

    def sidebar_toggle(self):
        return self.page.get_by_role("button", name="Toggle sidebar")

    def menu_button(self, name: str):
        return self.page.get_by_role("navigation", name="Main menu").get_by_role(
            "button", name=name, exact=True
        )

    def menu_link(self, name: str):
        return self.page.get_by_role("navigation", name="Main menu").get_by_role(
            "link", name=name, exact=True
        )

    def add_question(self):
        return self.main().get_by_role("link", name="Add question")

    def title(self):
        return self.main().get_by_role("textbox", name=named("Title"))

    def choose_category(self):
        return self.main().get_by_role("button", name=re.compile(r"^choose .*category", re.I))

    def dialog(self):
        return self.page.get_by_role("dialog")

    def dialog_search(self):
        return self.dialog().get_by_role("textbox", name=named("Search"))

    def dialog_choice(self, text: str):
        return self.dialog().get_by_role("link", name=re.compile(re.escape(text))).first

    def body(self):
        return self.page.locator("[data-contentpath=body]")

    def insert_block(self):
        return self.body().get_by_role("button", name="Add a question").first

    def block_type(self, name: str):
        return self.page.get_by_role("option", name=name, exact=True)

    def question_text(self):
        return self.body().get_by_role("textbox", name=named("Question"))

    def option_texts(self):
        return self.body().locator("[data-contentpath=options] [data-contentpath=text] input")

    def option_correct(self, n: int):
        return self.body().get_by_role("checkbox", name=named("Correct")).nth(n)

    def save(self):
        return self.page.get_by_role("button", name="Save", exact=True)

    def add_child_page(self):
        return self.main().get_by_role("link", name="Add child page")

    def page_type(self, name: str):
        return self.main().get_by_role("link", name=name, exact=True)

    def add_fixed_question(self):
        return self.main().get_by_role("button", name="Add Question", exact=True)

    def choose_question(self):
        return self.main().get_by_role("button", name="Choose question").last

    def hold_the_first_autosave(self) -> list:
        """Hold the first background save of a new page's form (Wagtail's autosave, a POST
        that asks for JSON) until the caller lets it go: the slow link on which a trainer
        presses Publish before the autosave has answered. The held request is in the list."""
        held = []

        def hold(route):
            request = route.request
            autosave = request.method == "POST" and "json" in (request.headers.get("accept") or "")
            if autosave and not held:
                held.append(route)
            else:
                route.continue_()

        self.page.route("**/admin/pages/add/**", hold)
        return held

    def more_actions(self):
        return self.page.get_by_role("button", name="More actions")

    def publish(self):
        return self.page.get_by_role("button", name="Publish", exact=True)

    def listing_link(self, title: str):
        return self.main().get_by_role("link", name=title, exact=True)

    def toggle_preview(self):
        return self.page.get_by_role("button", name="Toggle preview")

    def preview(self):
        return self.page.frame_locator("iframe").first

    def preview_heading(self, title: str):
        return self.preview().get_by_role("heading", name=title)

    def preview_question(self, text: str):
        return self.preview().get_by_text(text)


def open_admin_menu(walk, pages, *names: str) -> None:
    """Follow the admin's main menu (opening the sidebar first on a phone)."""
    if pages.sidebar_toggle().get_attribute("aria-expanded") != "true":
        pages.sidebar_toggle().click()
    *submenus, item = names
    for name in submenus:
        pages.menu_button(name).click()
    pages.menu_link(item).click()
    walk.page.wait_for_load_state()


def open_the_admin(walk, pages) -> None:
    walk.expect("a trainer lands in the admin after logging in", walk.path.startswith("/admin/"))
    if not walk.path.startswith("/admin/"):
        walk.expect("the header links to the admin", pages.header_admin_link().count() > 0)
        walk.goto("/admin/")
        walk.step("admin dashboard")


def write_a_question(walk, pages, text: str, category: str) -> None:
    open_admin_menu(walk, pages, "Question bank", "Questions")
    walk.step("question bank")
    pages.add_question().click()
    walk.page.wait_for_url("**/question/add/")
    walk.step("new question")
    if pages.title().count():
        pages.title().fill(text[:60])
    pages.choose_category().click()
    pages.dialog_choice(category).wait_for()
    walk.step("new question: category chooser")
    pages.dialog_choice(category).click()
    pages.insert_block().click()
    pages.block_type("Single choice").click()
    pages.question_text().fill(text)
    pages.option_texts().nth(0).fill(RIGHT_ANSWER)
    pages.option_correct(0).check()
    # A new choice question starts with its two options.
    pages.option_texts().nth(1).fill("Fraud")
    walk.step("new question: filled in")
    pages.save().click()
    walk.page.wait_for_url("**/question/")
    walk.step("question bank: question saved")


def add_a_quiz(walk, pages, module, quiz_title: str, question_text: str) -> None:
    walk.goto(f"/admin/pages/{module.pk}/")
    walk.step("the module in the page explorer")
    pages.add_child_page().click()
    pages.page_type("Quiz").click()
    walk.page.wait_for_url("**/add/assessments/quizpage/**")
    walk.step("new quiz")
    posts = []  # what the browser sent, said if the quiz is made twice

    def sent(request):
        if request.method == "POST":
            body, accept = request.post_data or "", request.headers.get("accept") or ""
            where = request.url.split("/admin/")[-1]
            posts.append(f"{where} publish={'action-publish' in body} json={'json' in accept}")

    walk.page.on("request", sent)
    held = pages.hold_the_first_autosave()
    pages.title().fill(quiz_title)
    pages.add_fixed_question().click()
    pages.choose_question().click()
    pages.dialog_search().fill(question_text[:20])
    pages.dialog_choice(question_text).wait_for()
    walk.step("new quiz: question chooser")
    pages.dialog_choice(question_text).click()
    pages.dialog().wait_for(state="hidden")
    for _ in range(100):
        if held:
            break
        walk.page.wait_for_timeout(100)
    walk.expect("the new quiz's autosave was sent", bool(held))
    # Publish pressed while the autosave is on its way waits for it (core/wagtail_hooks.py):
    # posting the new-page form again beside it would create the quiz twice.
    pages.more_actions().click()
    pages.publish().click()
    walk.page.wait_for_timeout(500)
    walk.expect(
        "Publish waits for the autosave on its way",
        "/add/" in walk.page.url and not QuizPage.objects.filter(title=quiz_title).exists(),
    )
    for route in held:
        route.continue_()
    walk.page.wait_for_url(f"**/admin/pages/{module.pk}/")
    walk.page.unroute("**/admin/pages/add/**")
    made = QuizPage.objects.filter(title=quiz_title).count()
    walk.expect(f"the quiz was created once (not {made}; sent: {posts})", made == 1)
    walk.step("quiz published")


def preview_the_quiz(walk, pages, quiz_title: str, question_text: str) -> None:
    """The quiz's "Preview questions as a learner" (assessments.previews): its questions as the
    attempt page draws them, nothing recorded."""
    pages.listing_link(quiz_title).click()
    walk.page.wait_for_url("**/edit/")
    page_id = int(re.search(r"/admin/pages/(\d+)/edit/", walk.page.url).group(1))
    walk.page.goto(walk.url(reverse("assessments_admin:quiz_preview", args=[page_id])))
    walk.step("quiz preview")
    walk.expect(
        "the quiz preview shows its questions as a learner sees them",
        walk.page.get_by_text(question_text).count() > 0,
    )


def trainer_journey(walk, person, journey, category: str) -> None:
    pages = AdminPages(walk.page)
    text = f"Which element makes it trafficking? ({walk.width} px)"
    quiz_title = f"Check: the purpose ({walk.width} px)"
    log_in(walk, person.email, second_factor=True)
    open_the_admin(walk, pages)
    write_a_question(walk, pages, text, category)
    module = journey.lesson.get_parent()
    add_a_quiz(walk, pages, module, quiz_title, text)
    preview_the_quiz(walk, pages, quiz_title, text)


def test_trainer_writes_a_question_and_publishes_a_quiz(walk):
    from assessments.models import Question
    from tests.factories.assessments import category

    people = {width: trainer(first_name="Kendall", last_name="Auguste") for width in WIDTHS}
    journey = journey_course(trainers=list(people.values()))
    category("Recognising the signs")
    walks = []
    for width in WIDTHS:
        walks.append(walk("trainer", width))
        trainer_journey(walks[-1], people[width], journey, "Recognising the signs")
        made = list(QuizPage.objects.filter(title=f"Check: the purpose ({width} px)"))
        assert len(made) == 1 and made[0].live, (
            walks[-1].problems,
            [(q.pk, q.slug, q.live, q.first_published_at) for q in made],
        )
        quiz = made[0]
        question = Question.objects.get(pk=quiz.quiz_questions.get().question_id)
        assert question.kind == "single" and len(question.body[0].value["options"]) == 2
    walks_finish(walks)


# --- Journey 4: a programme manager reads the reports and downloads them ------------------


class ReportPages:
    def __init__(self, page):
        self.page = page

    def main(self):
        return self.page.get_by_role("main")

    def header_reports_link(self):
        return self.page.get_by_role("banner").get_by_role("link", name=re.compile("report", re.I))

    def learners_table(self):
        return self.main().get_by_role("table")

    def drill_down(self, course_title: str):
        """The number enrolled in a course, in the table by course: a link to the learners."""
        return self.main().get_by_role("row", name=named(course_title)).get_by_role("link").first

    def export(self, table: str, file_format: str):
        return (
            self.main()
            .get_by_role("listitem")
            .filter(has_text=re.compile(rf"^\s*{re.escape(table)}"))
            .get_by_role("link", name=file_format, exact=True)
        )

    def generate_report(self):
        return self.main().get_by_role("button", name=re.compile("generate", re.I))

    def download_report(self):
        return self.main().get_by_role("link", name=re.compile("download", re.I))


def download(walk, link):
    """Click a download link: (the response, the bytes of the file)."""
    href = link.get_attribute("href")
    with (
        walk.page.expect_response(lambda r: href.split("?")[0] in r.url) as response_info,
        walk.page.expect_download() as download_info,
    ):
        link.click()
    path = download_info.value.path()
    return response_info.value, path.read_bytes()


def open_the_reports(walk, pages) -> None:
    walk.expect(
        "a programme manager lands on the reports after logging in",
        walk.path == reverse("reports_dashboard"),
    )
    if walk.path != reverse("reports_dashboard"):
        walk.expect("the header links to the reports", pages.header_reports_link().count() > 0)
        walk.goto(reverse("reports_dashboard"))
        walk.step("reports dashboard")


def drill_down(walk, pages, course_title: str) -> None:
    pages.drill_down(course_title).click()
    walk.page.wait_for_url("**/reports/learners/**")
    walk.step("learners of a course")
    assert pages.learners_table().count() >= 1
    walk.page.go_back()
    walk.page.wait_for_url("**/reports/")


def check_table(rows: list[list], course_title: str) -> None:
    """The first row names the table (or is its header); the course has a row of its own
    under the header."""
    assert re.search(r"by course|^course$", str(rows[0][0]), re.I), rows[0]
    header = next(n for n, row in enumerate(rows) if row[:2] == ["Course", "Enrolled"])
    assert [row[0] for row in rows[header + 1 :] if row] == [course_title], rows[header:]


def download_exports(walk, pages, course_title: str) -> None:
    response, body = download(walk, pages.export("By course", "CSV"))
    assert response.status == 200, response.status
    assert response.headers["content-type"].startswith("text/csv"), response.headers
    check_table(list(csv.reader(io.StringIO(body.decode("utf-8-sig")))), course_title)
    response, body = download(walk, pages.export("By course", "XLSX"))
    assert response.status == 200, response.status
    assert "spreadsheetml" in response.headers["content-type"], response.headers
    sheet = load_workbook(io.BytesIO(body), read_only=True).active
    check_table([[cell for cell in row] for row in sheet.iter_rows(values_only=True)], course_title)


def download_completion_report(walk, pages) -> None:
    pages.generate_report().click()
    walk.page.wait_for_url("**/completion-report/*/")
    pages.download_report().wait_for(timeout=60_000)  # the page refreshes until it is ready
    walk.step("completion report ready")
    response, body = download(walk, pages.download_report())
    assert response.status == 200, response.status
    assert response.headers["content-type"] == "application/pdf", response.headers
    assert body.startswith(b"%PDF-")


def manager_journey(walk, person, course_title: str) -> None:
    pages = ReportPages(walk.page)
    log_in(walk, person.email, second_factor=True)
    open_the_reports(walk, pages)
    drill_down(walk, pages, course_title)
    download_exports(walk, pages, course_title)
    download_completion_report(walk, pages)


def test_programme_manager_reads_and_downloads_the_reports(walk):
    journey = journey_course(title="Identifying victims")
    for n in range(3):
        learner = UserFactory(first_name=f"Learner {n}", last_name="Example")
        journey_walked(user=learner, journey=journey, finish=n < 2)
    people = {width: programme_manager(first_name="Anaïs", last_name="Joseph") for width in WIDTHS}
    walks = []
    for width in WIDTHS:
        walks.append(walk("manager", width))
        manager_journey(walks[-1], people[width], journey.course.title)
    walks_finish(walks)
