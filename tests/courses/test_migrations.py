"""Migration courses/0004 moves the home page's featured courses (cms.HomeFeaturedCourse) and
their heading to the catalogue, whether cms/0005 (which only forgets them) ran before it or
after, and then drops the old table and column."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from courses.models import CourseIndexPage
from tests.factories.courses import course_create

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [
    ("cms", "0004_documents_move_to_library_and_roles"),
    ("courses", "0003_knowledge_check_text_fields"),
]


def migrate(before: bool, first=None):
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    if first:
        executor.migrate([first])
        executor.loader.build_graph()
    if before:
        targets = [
            n
            for n in leaves
            if n[0] not in {"cms", "courses", "assessments", "certificates", "reports"}
        ] + BEFORE
    else:
        targets = leaves
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.fixture(autouse=True)
def _back_to_the_latest_migrations():
    yield
    migrate(before=False)


@pytest.mark.parametrize(
    "migrated_first",
    [
        ("cms", "0005_featured_courses_move_to_catalogue"),
        ("courses", "0004_featured_courses_on_catalogue"),
    ],
    ids=["cms-first", "courses-first"],
)
def test_featured_courses_and_their_heading_move_to_the_catalogue(migrated_first):
    first, second = course_create(modules=1, lessons=1), course_create(modules=1, lessons=1)
    CourseIndexPage.objects.get().save_revision()  # a draft in the admin: edited from it
    apps = migrate(before=True)
    HomePage = apps.get_model("cms", "HomePage")
    OldFeatured = apps.get_model("cms", "HomeFeaturedCourse")
    home = HomePage.objects.get()
    HomePage.objects.filter(pk=home.pk).update(courses_heading="Training for officers")
    OldFeatured.objects.create(home=home, course_id=second.pk, sort_order=0)
    OldFeatured.objects.create(home=home, course_id=first.pk, sort_order=1)

    migrate(before=False, first=migrated_first)
    catalogue = CourseIndexPage.objects.get()
    assert catalogue.featured_heading == "Training for officers"
    assert list(catalogue.featured_courses.values_list("course_id", flat=True)) == [
        second.pk,
        first.pk,
    ]
    # The admin's edit form starts from the latest revision: it has them too.
    draft = catalogue.get_latest_revision_as_object()
    assert draft.featured_heading == "Training for officers"
    assert [f.course_id for f in draft.featured_courses.all()] == [second.pk, first.pk]
    # The old table and column are gone.
    assert "cms_homefeaturedcourse" not in connection.introspection.table_names()
    with connection.cursor() as cursor:
        columns = connection.introspection.get_table_description(cursor, "cms_homepage")
    assert "courses_heading" not in {column.name for column in columns}
