"""Migration certificates/0003 moves signature images into the private "Certificate signatures"
collection, every other image of the root into "Course and site media", and the roles' image
rights off the root, keeping every image usable by those who used it; reversed, it puts back
what it moved."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = ("certificates", "0002_roles_and_default_template")
AFTER = ("certificates", "0003_signature_images_in_a_private_collection")


def migrate(target=None):
    """Every app at its latest migration, `certificates` at `target` if given."""
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    targets = [node for node in leaves if node[0] != "certificates" or target is None]
    if target:
        targets.append(target)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.fixture(autouse=True)
def _back_to_the_latest_migrations():
    yield
    migrate()


def image(apps, title: str, collection):
    """An image row (the migration moves rows, never files: no file is needed)."""
    Image = apps.get_model("wagtailimages", "Image")
    name = f"original_images/{title.lower()}.png"
    return Image.objects.create(
        title=title, file=name, width=640, height=480, collection=collection
    )


def rights(apps, group: str, collection: str) -> set[str]:
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    return set(
        GroupCollectionPermission.objects.filter(
            group__name=group,
            collection__name=collection,
            permission__content_type__app_label="wagtailimages",
        ).values_list("permission__codename", flat=True)
    )


def test_signatures_move_to_their_collection_and_every_other_image_stays_usable():
    apps = migrate(BEFORE)
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.get(depth=1)
    videos = Collection.objects.create(
        name="Training stills", path=root.path + "0001", depth=2, numchild=0
    )
    Collection.objects.filter(pk=root.pk).update(numchild=1)
    lesson_picture = image(apps, "Harbour", root)
    still = image(apps, "Still", videos)
    signature = image(apps, "Signature", root)
    template = apps.get_model("certificates", "CertificateTemplate").objects.get(is_default=True)
    template.signatory_2_signature_id = signature.pk
    template.save()
    assert "choose_image" in rights(apps, "Trainer", "Root")

    apps = migrate(AFTER)
    Image = apps.get_model("wagtailimages", "Image")
    Collection = apps.get_model("wagtailcore", "Collection")
    names = {i.title: i.collection.name for i in Image.objects.select_related("collection")}
    assert names == {
        "Harbour": "Course and site media",
        "Still": "Training stills",
        "Signature": "Certificate signatures",
    }
    assert [c.name for c in Collection.objects.filter(depth=2).order_by("path")] == [
        "Training stills",
        "Course and site media",
        "Certificate signatures",
    ]
    assert Collection.objects.get(depth=1).numchild == 3
    assert rights(apps, "Trainer", "Root") == set()
    for collection in ("Course and site media", "Training stills"):
        assert rights(apps, "Trainer", collection) == {"add_image", "change_image", "choose_image"}
    assert rights(apps, "Trainer", "Certificate signatures") == set()
    assert rights(apps, "Programme Manager", "Certificate signatures") == {
        "add_image",
        "change_image",
        "choose_image",
    }
    assert "delete_image" in rights(apps, "Administrator", "Certificate signatures")
    # Documents keep their rights on the root.
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    assert GroupCollectionPermission.objects.filter(
        group__name="Trainer", collection__depth=1, permission__codename="choose_document"
    ).exists()

    apps = migrate(BEFORE)
    Image = apps.get_model("wagtailimages", "Image")
    names = {i.title: i.collection.name for i in Image.objects.select_related("collection")}
    assert names == {"Harbour": "Root", "Still": "Training stills", "Signature": "Root"}
    assert "choose_image" in rights(apps, "Trainer", "Root")
    assert (
        not apps.get_model("wagtailcore", "Collection")
        .objects.filter(name__in=["Course and site media", "Certificate signatures"])
        .exists()
    )
    assert lesson_picture.pk and still.pk  # the same rows throughout
