from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("accounts.view_reports")


@hooks.register("register_admin_menu_item")
def reports_menu_item():
    return ReportsMenuItem(
        "Programme reports", reverse("reports_dashboard"), icon_name="table", order=220
    )
