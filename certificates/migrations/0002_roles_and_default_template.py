"""Administrators manage certificate templates and revoke, reissue and re-render certificates;
programme managers see and download certificates. Every database gets a default template so
that a completion never waits for an administrator."""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Administrator": [
        "add_certificatetemplate",
        "change_certificatetemplate",
        "delete_certificatetemplate",
        "view_certificatetemplate",
        "view_certificate",
        "revoke_certificate",
        "rerender_certificate",
    ],
    "Programme Manager": ["view_certificate", "view_certificatetemplate"],
}


def forward(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group_name, codenames in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for codename in codenames:
            group.permissions.add(
                Permission.objects.get(content_type__app_label="certificates", codename=codename)
            )
    CertificateTemplate = apps.get_model("certificates", "CertificateTemplate")
    if not CertificateTemplate.objects.exists():
        CertificateTemplate.objects.create(
            name="Standard",
            is_default=True,
            issuing_authority=getattr(
                settings,
                "CERTIFICATE_AUTHORITY",
                "CT Academy · Counter-Trafficking Training Programme, Saint Lucia",
            ),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_certificates_templates_pdfs"),
        ("accounts", "0003_roles"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
