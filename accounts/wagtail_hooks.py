from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import register_permission_policy

from accounts import admin_views
from accounts.models import AuditEntry
from accounts.viewsets import PeopleViewSetGroup, ReadOnlyPermissionPolicy
from core.admin_menu import PermissionMenuItem

register_permission_policy(AuditEntry, ReadOnlyPermissionPolicy(AuditEntry))


@hooks.register("register_admin_viewset")
def register_people_viewsets():
    return PeopleViewSetGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "accounts/approvals/",
            admin_views.ApprovalQueueView.as_view(),
            name="accounts_admin_approvals",
        ),
        path(
            "accounts/approvals/<id:profile_id>/",
            admin_views.membership_decision,
            name="accounts_admin_decide",
        ),
        path(
            "accounts/import/",
            admin_views.LearnersImportView.as_view(),
            name="accounts_admin_import",
        ),
        path(
            "accounts/erase/<id:user_id>/",
            admin_views.EraseLearnerView.as_view(),
            name="accounts_admin_erase",
        ),
    ]


@hooks.register("register_admin_menu_item")
def approvals_menu_item():
    return PermissionMenuItem(
        "Audience approvals",
        reverse("accounts_admin_approvals"),
        icon_name="tick-inverse",
        order=240,
        permission="accounts.approve_membership",
    )


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return PermissionMenuItem(
        "Import learners",
        reverse("accounts_admin_import"),
        icon_name="upload",
        order=245,
        permission="accounts.import_learners",
    )


@hooks.register("register_user_listing_buttons")
def erase_button(user, request_user):
    if request_user.has_perm("accounts.erase_learner") and not user.is_superuser:
        yield ListingButton(
            "Erase personal data",
            reverse("accounts_admin_erase", args=[user.pk]),
            icon_name="bin",
            priority=90,
        )
