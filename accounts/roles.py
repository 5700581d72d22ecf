"""Roles are Django groups with permissions, created by migration accounts/0003_roles.

Learner: takes courses. Trainer: authors courses and quizzes in the Wagtail admin, sees results
of the courses assigned to them. Programme Manager: sees every result and report, approves
audience membership and imports learners, edits no content. Administrator: manages users,
organisations and certificates. Every role but Learner must use a second factor (TOTP)."""

LEARNER = "Learner"
TRAINER = "Trainer"
PROGRAMME_MANAGER = "Programme Manager"
ADMINISTRATOR = "Administrator"

ALL_ROLES = (LEARNER, TRAINER, PROGRAMME_MANAGER, ADMINISTRATOR)
ROLES_REQUIRING_MFA = frozenset({TRAINER, PROGRAMME_MANAGER, ADMINISTRATOR})

# What each role may do. Migration 0003 applied this table as it was then; accounts.services.
# roles_ensure() (run by seed_demo) brings groups up to date with it.
ROLE_PERMISSIONS = {
    "Learner": [],
    "Trainer": [
        ("wagtailadmin", "access_admin"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    "Programme Manager": [
        ("wagtailadmin", "access_admin"),
        ("accounts", "approve_membership"),
        ("accounts", "import_learners"),
        ("accounts", "view_reports"),
        ("accounts", "view_profile"),
        ("accounts", "view_organisation"),
    ],
    "Administrator": [
        ("wagtailadmin", "access_admin"),
        ("accounts", "add_user"),
        ("accounts", "change_user"),
        ("accounts", "view_user"),
        ("accounts", "add_organisation"),
        ("accounts", "change_organisation"),
        ("accounts", "delete_organisation"),
        ("accounts", "view_organisation"),
        ("accounts", "view_profile"),
        ("accounts", "change_profile"),
        ("accounts", "approve_membership"),
        ("accounts", "import_learners"),
        ("accounts", "erase_learner"),
        ("accounts", "view_reports"),
        ("accounts", "view_auditentry"),
        ("auth", "view_group"),
    ],
}
