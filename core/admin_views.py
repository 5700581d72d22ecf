"""Building blocks for admin listings that every app may use."""

from django.core.exceptions import PermissionDenied
from django.utils.html import format_html
from wagtail.admin.views.generic import IndexView


class GuardedIndexView(IndexView):
    """A Wagtail listing that checks who may see it with `allowed(user)` itself: the listed
    model's own permission policy (editing pages, say) is not the question. The pager counts
    rows in the listing's own words ("50 quizzes"), and a sentence under the table may say who
    its figures count (`counted`)."""

    model = None
    permission_policy = None
    any_permission_required = None
    paginate_by = 50
    template_name = "core/admin_index.html"
    counted = None  # a sentence under the table that says who its figures count

    def get_context_data(self, *args, **kwargs):
        return {**super().get_context_data(*args, **kwargs), "counted": self.counted}

    @staticmethod
    def allowed(user) -> bool:
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if not self.allowed(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        paginator.verbose_name = self.verbose_name
        paginator.verbose_name_plural = self.verbose_name_plural
        return paginator


def person_cell(user):
    """A person in an admin table: their name, and their e-mail address beneath."""
    return format_html("{}<br><small>{}</small>", user.get_full_name() or user.email, user.email)


def percent_cell(value) -> str:
    """A percentage in an admin table, whole, or a dash when there is none."""
    return "—" if value is None else f"{value:.0f}%"
