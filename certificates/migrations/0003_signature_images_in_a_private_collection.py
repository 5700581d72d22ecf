"""Signature images move to a private collection that trainers cannot see.

Wagtail's collection permissions hold for a collection and every collection below it, and the
roles had their image rights on the root collection (accounts/0003, cms/0004), so any image
anywhere was a trainer's to choose for a lesson, a signature too. After this migration the
root holds no role's image rights, and its children are:

- "Course and site media": every image that was in the root collection (lesson pictures,
  logos); trainers add, change and choose images here, administrators also delete;
- "Certificate signatures": the images certificate templates sign with (moved here from
  wherever they were); administrators add, change, choose and delete, programme managers add,
  change and choose; trainers have no right here, so no image chooser of theirs lists them;
- any other collection an administrator had made below the root keeps, for each role, the
  image rights the role had on the root, so every image stays where people can use it.

Rights on documents are untouched (still on the root). Images are moved, never copied: every
page, block and setting keeps pointing at the same image. Groups are found by name (the roles
of accounts/roles.py). Reversed, the rights go back to the root and the images with them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

COURSE_MEDIA = "Course and site media"
SIGNATURES = "Certificate signatures"
ALL_IMAGE_RIGHTS = ["add_image", "change_image", "choose_image", "delete_image"]
SIGNATURE_RIGHTS = {
    "Administrator": ALL_IMAGE_RIGHTS,
    "Programme Manager": ["add_image", "change_image", "choose_image"],
}
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, for Collection paths
STEP = 4


def _step(number: int) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEP, "0")


def _child(Collection, root, name: str):
    """The root's child called `name`, made (as the last child) if there is none."""
    existing = Collection.objects.filter(depth=2, name=name).first()
    if existing is not None:
        return existing
    last = Collection.objects.filter(depth=2).order_by("-path").first()
    number = int(last.path[-STEP:], len(ALPHABET)) + 1 if last else 1
    child = Collection.objects.create(
        name=name, path=root.path + _step(number), depth=2, numchild=0
    )
    Collection.objects.filter(pk=root.pk).update(numchild=models.F("numchild") + 1)
    return child


def _image_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return {
        p.codename: p
        for p in Permission.objects.filter(
            content_type__app_label="wagtailimages", codename__in=ALL_IMAGE_RIGHTS
        )
    }


def forward(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Group = apps.get_model("auth", "Group")
    Image = apps.get_model("wagtailimages", "Image")
    CertificateTemplate = apps.get_model("certificates", "CertificateTemplate")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    permissions = _image_permissions(apps)
    media = _child(Collection, root, COURSE_MEDIA)
    signatures = _child(Collection, root, SIGNATURES)

    # Each role's image rights on the root move to every child of the root but the signatures.
    on_root = GroupCollectionPermission.objects.filter(
        collection=root, permission__in=permissions.values()
    )
    others = Collection.objects.filter(depth=2).exclude(pk=signatures.pk)
    for grant in list(on_root):
        for collection in others:
            GroupCollectionPermission.objects.get_or_create(
                group_id=grant.group_id, collection=collection, permission_id=grant.permission_id
            )
    on_root.delete()
    for name, codenames in SIGNATURE_RIGHTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for codename in codenames:
            group.permissions.add(permissions[codename])
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=signatures, permission=permissions[codename]
            )

    signature_ids = set()
    for n in (1, 2):
        signature_ids |= set(
            CertificateTemplate.objects.exclude(**{f"signatory_{n}_signature": None}).values_list(
                f"signatory_{n}_signature", flat=True
            )
        )
    Image.objects.filter(pk__in=signature_ids).update(collection=signatures)
    Image.objects.filter(collection=root).update(collection=media)


def backward(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Image = apps.get_model("wagtailimages", "Image")
    root = Collection.objects.filter(depth=1).first()
    ours = list(Collection.objects.filter(depth=2, name__in=[COURSE_MEDIA, SIGNATURES]))
    if root is None or not ours:
        return
    permissions = _image_permissions(apps)
    media = [c for c in ours if c.name == COURSE_MEDIA]
    for grant in GroupCollectionPermission.objects.filter(
        collection__in=media, permission__in=permissions.values()
    ):
        GroupCollectionPermission.objects.get_or_create(
            group_id=grant.group_id, collection=root, permission_id=grant.permission_id
        )
    Image.objects.filter(collection__in=ours).update(collection=root)
    GroupCollectionPermission.objects.filter(collection__in=ours).delete()
    if not any(Collection.objects.filter(path__startswith=c.path, depth__gt=2) for c in ours):
        for collection in ours:
            collection.delete()
        Collection.objects.filter(pk=root.pk).update(
            numchild=Collection.objects.filter(depth=2).count()
        )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_roles_and_default_template"),
        ("accounts", "0003_roles"),
        ("cms", "0004_documents_move_to_library_and_roles"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterField(
            model_name="certificatetemplate",
            name="signatory_1_signature",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    'From the private image collection "Certificate signatures", which only '
                    "administrators and programme managers can see."
                ),
                null=True,
                on_delete=models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="signature image",
            ),
        ),
        migrations.AlterField(
            model_name="certificatetemplate",
            name="signatory_2_signature",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    'From the private image collection "Certificate signatures", which only '
                    "administrators and programme managers can see."
                ),
                null=True,
                on_delete=models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="signature image",
            ),
        ),
        migrations.RunPython(forward, backward),
    ]
