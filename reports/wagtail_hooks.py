from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.admin_menu import PermissionMenuItem


@hooks.register("register_admin_menu_item")
def reports_menu_item():
    return PermissionMenuItem(
        _("Programme reports"),
        reverse("reports_dashboard"),
        icon_name="table",
        order=220,
        permission="accounts.view_reports",
    )
