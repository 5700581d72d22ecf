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
