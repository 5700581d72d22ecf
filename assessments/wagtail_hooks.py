"""The question bank and quiz results in the admin, the previews' buttons (a question's row
in the bank, a quiz page's row and header menu) and the editor's labelled add buttons."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from assessments.models import Question, QuizPage
from assessments.viewsets import QuestionBankGroup, QuizResultsViewSet

register_snippet(QuestionBankGroup)

#: Previews open beside the editor, so that the bank or the page stays where it was.
NEW_TAB = {"target": "_blank", "rel": "noopener"}


@hooks.register("register_admin_viewset")
def register_quiz_results_viewset():
    return QuizResultsViewSet()


@hooks.register("register_snippet_listing_buttons")
def question_preview_button(snippet, user, next_url=None):
    if isinstance(snippet, Question) and user.has_perm("assessments.change_question"):
        yield Button(
            _("Preview as a learner"),
            reverse("assessments_admin:question_preview", args=[snippet.pk]),
            icon_name="view",
            attrs=NEW_TAB,
            priority=15,
        )


def _quiz_preview_button(page, user, priority: int):
    if issubclass(page.specific_class, QuizPage) and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Preview questions as a learner"),
            reverse("assessments_admin:quiz_preview", args=[page.pk]),
            icon_name="view",
            attrs=NEW_TAB,
            priority=priority,
        )


@hooks.register("register_page_listing_more_buttons")
def quiz_preview_listing_button(page, user, next_url=None):
    yield from _quiz_preview_button(page, user, priority=5)


@hooks.register("register_page_header_buttons")
def quiz_preview_header_button(page, user, view_name, next_url=None):
    yield from _quiz_preview_button(page, user, priority=12)


@hooks.register("insert_editor_js")
def add_button_labels_js():
    """Add buttons that say what they add ("Add an option", "Add a question"): see
    assessments/blocks.py, ADD_LABEL."""
    return format_html(
        '<script src="{}" defer></script><link rel="stylesheet" href="{}">',
        static("js/admin-add-labels.js"),
        static("css/admin-add-labels.css"),
    )
