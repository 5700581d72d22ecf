from wagtail import hooks
from wagtail.snippets.models import register_snippet

from assessments.viewsets import QuestionBankGroup, QuizResultsViewSet

register_snippet(QuestionBankGroup)


@hooks.register("register_admin_viewset")
def register_quiz_results_viewset():
    return QuizResultsViewSet()
