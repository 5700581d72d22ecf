"""Admin menu items shown only to some: those with one permission, or those a predicate names;
shared by the apps' wagtail_hooks and viewsets."""

from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class PredicateMenuItem(MenuItem):
    """An admin menu item shown to those for whom `shown_to(user)` holds; subclasses set it."""

    @staticmethod
    def shown_to(user) -> bool:
        raise NotImplementedError

    def is_shown(self, request):
        return self.shown_to(request.user)
