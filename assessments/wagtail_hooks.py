import django_filters
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from assessments.models import Question, QuestionCategory


class QuestionFilterSet(WagtailFilterSet):
    tag = django_filters.CharFilter(field_name="tags__name", label="Tag", distinct=True)

    class Meta:
        model = Question
        fields = ["category", "is_active"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = "Questions"
    list_display = ["title", "category", "kind", "updated_at"]
    filterset_class = QuestionFilterSet
    search_fields = ["title"]


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = "Categories"
    list_display = ["name", "description"]


class QuestionBankGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, QuestionCategoryViewSet)
    menu_icon = "help"
    menu_label = "Question bank"
    menu_name = "question-bank"
    menu_order = 220


register_snippet(QuestionBankGroup)
