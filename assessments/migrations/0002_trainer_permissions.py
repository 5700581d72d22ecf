"""Trainers author the question bank (snippets)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRAINER_PERMISSIONS = [
    "add_question",
    "change_question",
    "delete_question",
    "view_question",
    "add_questioncategory",
    "change_questioncategory",
    "view_questioncategory",
]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    trainer = Group.objects.filter(name="Trainer").first()
    if trainer is None:
        return
    for codename in TRAINER_PERMISSIONS:
        trainer.permissions.add(
            Permission.objects.get(content_type__app_label="assessments", codename=codename)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0001_question_bank_quizzes_attempts"),
        ("accounts", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
