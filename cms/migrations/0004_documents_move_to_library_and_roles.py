"""Documents become library documents (cms.LibraryDocument, WAGTAILDOCS_DOCUMENT_MODEL).

Rows of Wagtail's own document table are copied with their ids, so that lessons' links to them
keep working, and with their upload dates; their files move from MEDIA_ROOT to the private
documents storage, and their tags follow. They stay public (as they were) but are not listed in
the library until an editor describes them: most are lesson handouts. After this migration, run
`manage.py update_index` and `manage.py rebuild_references_index` (docs/deploy.md) so that the
admin's search and "used in" find them. Document permissions stay on wagtaildocs.Document (Wagtail checks them there whatever
the model). Administrators, who keep the public site, may now also upload, edit and delete
documents and images, and edit the site's pages and settings."""

from django.contrib.auth.management import create_permissions
from django.core.files.storage import storages
from django.core.management.color import no_style
from django.db import migrations

ADMINISTRATOR_MEDIA_PERMISSIONS = [
    ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"), ("wagtaildocs", "delete_document"),
    ("wagtailimages", "add_image"), ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"), ("wagtailimages", "delete_image"),
]  # fmt: skip
SITE_EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def copy_documents(apps, schema_editor):
    OldDocument = apps.get_model("wagtaildocs", "Document")
    LibraryDocument = apps.get_model("cms", "LibraryDocument")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    public, private = storages["default"], storages["documents"]
    olds = list(OldDocument.objects.order_by("pk"))
    if not olds:
        return
    names = {}  # old id -> the file's name in the private storage (a free name is chosen)
    for old in olds:
        names[old.pk] = old.file.name
        if old.file.name and public.exists(old.file.name):
            with public.open(old.file.name, "rb") as source:
                names[old.pk] = private.save(old.file.name, source)
    LibraryDocument.objects.bulk_create(
        LibraryDocument(
            pk=old.pk,
            title=old.title,
            file=names[old.pk],
            uploaded_by_user_id=old.uploaded_by_user_id,
            collection_id=old.collection_id,
            file_size=old.file_size,
            file_hash=old.file_hash,
            is_listed=False,
        )
        for old in olds
    )
    for old in olds:  # created_at is auto_now_add: it can only be set afterwards
        LibraryDocument.objects.filter(pk=old.pk).update(created_at=old.created_at)
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [LibraryDocument]):
            cursor.execute(statement)
    old_type = ContentType.objects.filter(app_label="wagtaildocs", model="document").first()
    new_type, _ = ContentType.objects.get_or_create(app_label="cms", model="librarydocument")
    if old_type:
        TaggedItem.objects.filter(content_type=old_type).update(content_type=new_type)
    for old in olds:
        if old.file.name and public.exists(old.file.name):
            public.delete(old.file.name)
    OldDocument.objects.all().delete()


def add_french_locale(apps, schema_editor):
    """French is the second language (settings.LANGUAGES): editors can translate pages into it
    at once."""
    apps.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="fr")


def grant_permissions(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    HomePage = apps.get_model("cms", "HomePage")
    root_collection = Collection.objects.filter(depth=1).first()
    administrator = Group.objects.filter(name="Administrator").first()
    if administrator is None:
        return
    for app_label, codename in ADMINISTRATOR_MEDIA_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        administrator.permissions.add(permission)
        if root_collection is not None:
            GroupCollectionPermission.objects.get_or_create(
                group=administrator, collection=root_collection, permission=permission
            )
    administrator.permissions.add(
        Permission.objects.get(content_type__app_label="cms", codename="change_sitesettings")
    )
    home = HomePage.objects.first()
    if home is not None:
        for codename in SITE_EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=administrator,
                page_id=home.pk,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_public_site_library_settings"),
        ("accounts", "0003_roles"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.RunPython(copy_documents, migrations.RunPython.noop),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
        migrations.RunPython(add_french_locale, migrations.RunPython.noop),
    ]
