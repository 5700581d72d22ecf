"""Wagtail admin screens for accounts: organisations, and the read-only audit log."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from accounts.models import AuditEntry, Organisation


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Lets users with the model's view permission read it; nobody, not even a superuser,
    may add, change or delete through the admin."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    url_prefix = "accounts/organisations"
    url_namespace = "accounts_organisations"
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "short_name", "audience", "is_active"]
    list_filter = ["audience", "is_active"]
    search_fields = ["name", "short_name"]
    form_fields = ["name", "short_name", "audience", "is_active"]
    copy_view_enabled = False


class AuditEntryViewSet(ModelViewSet):
    model = AuditEntry
    url_prefix = "accounts/audit"
    url_namespace = "accounts_audit"
    icon = "history"
    menu_label = _("Audit log")
    list_display = ["created_at", "actor_email", "action", "subject"]
    list_filter = ["action"]
    search_fields = ["actor_email", "action", "subject"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["action"]  # required by ModelViewSet; the edit view is never reachable


class PeopleViewSetGroup(ModelViewSetGroup):
    menu_label = _("People")
    menu_icon = "group"
    menu_order = 250
    items = (OrganisationViewSet, AuditEntryViewSet)
