"""Create the catalogue page at /courses/ under the home page, let trainers author courses
beneath it, let trainers, programme managers and administrators enrol learners, and let
programme managers and administrators assign trainers. Uses historical models only."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
ENROLLING_ROLES = ["Trainer", "Programme Manager", "Administrator"]
ASSIGNING_ROLES = ["Programme Manager", "Administrator"]


def create_catalogue(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    HomePage = apps.get_model("cms.HomePage")
    CourseIndexPage = apps.get_model("courses.CourseIndexPage")

    home = HomePage.objects.order_by("path").first()
    catalogue = CourseIndexPage.objects.first()
    if home is not None and catalogue is None:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="courses", model="courseindexpage"
        )
        last_child = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).order_by(
            "-path"
        ).first()
        step = int(last_child.path[-4:], 36) + 1 if last_child else 1
        suffix = ""
        digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        while step:
            step, remainder = divmod(step, 36)
            suffix = digits[remainder] + suffix
        catalogue = CourseIndexPage.objects.create(
            title="Courses",
            draft_title="Courses",
            slug="courses",
            content_type=content_type,
            path=home.path + suffix.rjust(4, "0"),
            depth=home.depth + 1,
            numchild=0,
            url_path=home.url_path + "courses/",
            locale_id=home.locale_id,
            intro="<p>Self-paced courses for Saint Lucia's counter-trafficking responders.</p>",
            show_in_menus=True,
        )
        Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)

    trainer = Group.objects.filter(name="Trainer").first()
    if trainer is not None and catalogue is not None:
        for codename in TRAINER_PAGE_PERMISSIONS:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(
                group=trainer, page_id=catalogue.pk, permission=permission
            )
    enrol = Permission.objects.get(content_type__app_label="courses", codename="enrol_learners")
    for group in Group.objects.filter(name__in=ENROLLING_ROLES):
        group.permissions.add(enrol)
    assign = Permission.objects.get(content_type__app_label="courses", codename="assign_trainers")
    for group in Group.objects.filter(name__in=ASSIGNING_ROLES):
        group.permissions.add(assign)


def remove_catalogue(apps, schema_editor):
    apps.get_model("courses.CourseIndexPage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_catalogue_and_progress"),
        ("cms", "0002_replace_default_page_with_homepage"),
        ("accounts", "0003_roles"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create_catalogue, remove_catalogue)]
