"""Building blocks for admin listings that every app may use."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.views.generic import IndexView


class GuardedIndexView(IndexView):
    """A Wagtail listing that checks who may see it with `allowed(user)` itself: the listed
    model's own permission policy (editing pages, say) is not the question. The pager counts
    rows in the listing's own words ("50 quizzes")."""

    model = None
    permission_policy = None
    any_permission_required = None
    paginate_by = 50

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
