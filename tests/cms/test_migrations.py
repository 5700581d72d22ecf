"""Migration cms/0004 turns documents uploaded before the library existed into library
documents with the same ids (lessons link to them by id), moves their files out of MEDIA_ROOT
and keeps their tags."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = ("cms", "0003_public_site_library_settings")


def migrate(cms_target=None):
    """Every app at its latest migration, `cms` at `cms_target` if given."""
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    targets = [node for node in leaves if node[0] != "cms" or cms_target is None]
    if cms_target:
        targets.append(cms_target)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.fixture(autouse=True)
def _back_to_the_latest_migrations():
    yield
    migrate()


def test_old_documents_become_library_documents_with_their_ids_files_and_tags():
    apps = migrate(BEFORE)
    OldDocument = apps.get_model("wagtaildocs", "Document")
    Collection = apps.get_model("wagtailcore", "Collection")
    Tag = apps.get_model("taggit", "Tag")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ContentType = apps.get_model("contenttypes", "ContentType")
    public = storages["default"]
    name = public.save("documents/referral-sheet.pdf", ContentFile(b"%PDF-1.4 referral"))
    old = OldDocument.objects.create(
        id=41, title="Referral sheet", file=name, collection=Collection.objects.get(depth=1),
        file_size=17,
    )  # fmt: skip
    OldDocument.objects.filter(pk=41).update(created_at="2020-01-02T03:04:05Z")
    old_type, _ = ContentType.objects.get_or_create(app_label="wagtaildocs", model="document")
    TaggedItem.objects.create(
        tag=Tag.objects.create(name="referral", slug="referral"),
        content_type=old_type,
        object_id=old.pk,
    )

    apps = migrate()
    LibraryDocument = apps.get_model("cms", "LibraryDocument")
    document = LibraryDocument.objects.get(pk=41)
    assert document.title == "Referral sheet" and document.visibility == "public"
    assert not document.is_listed  # a lesson handout until an editor describes it
    assert document.created_at.year == 2020
    assert storages["documents"].open(document.file.name).read() == b"%PDF-1.4 referral"
    assert not public.exists(name)
    assert not apps.get_model("wagtaildocs", "Document").objects.exists()
    new_type = ContentType.objects.get(app_label="cms", model="librarydocument")
    assert TaggedItem.objects.filter(content_type=new_type, object_id=41).count() == 1
    # New documents continue after the copied ids (PostgreSQL's sequence was moved on).
    created = LibraryDocument.objects.create(title="Next", file="documents/next.pdf")
    assert created.pk > 41
