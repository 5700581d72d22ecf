"""The featured courses move from the home page (cms.HomeFeaturedCourse) to the catalogue
(courses.FeaturedCourse), so that `cms` never names a course. cms/0005 only forgets the old
rows and heading; this migration copies them from the tables and drops those, whichever of the
two ran first."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


OLD_TABLE = "cms_homefeaturedcourse"
OLD_COLUMN = ("cms_homepage", "courses_heading")


def copy_featured_courses(apps, schema_editor):
    """Copy the home page's featured courses and heading, read straight from the tables that
    cms/0005 leaves behind (it may have run before this, and cms's models no longer know them),
    then drop those tables. A database created after the move never had them."""
    connection = schema_editor.connection
    tables = set(connection.introspection.table_names())
    if OLD_TABLE not in tables:
        return
    quote = schema_editor.quote_name
    HomePage = apps.get_model("cms", "HomePage")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")
    CoursePage = apps.get_model("courses", "CoursePage")
    FeaturedCourse = apps.get_model("courses", "FeaturedCourse")
    course_ids = set(CoursePage.objects.values_list("pk", flat=True))
    old_headings = _old_headings(connection, quote)
    headings = old_headings or {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT home_id, course_id, sort_order FROM {quote(OLD_TABLE)} ORDER BY sort_order"
        )
        rows = cursor.fetchall()
    for catalogue in CourseIndexPage.objects.all():
        home = HomePage.objects.filter(path=catalogue.path[:-4]).first()  # its parent
        if home is None:
            continue
        if home.pk in headings:
            catalogue.featured_heading = headings[home.pk]
            catalogue.save(update_fields=["featured_heading"])
        for home_id, course_id, sort_order in rows:
            if home_id == home.pk and course_id in course_ids:
                FeaturedCourse.objects.create(
                    catalogue=catalogue, course_id=course_id, sort_order=sort_order
                )
        _latest_revision_update(apps, catalogue, FeaturedCourse)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {quote(OLD_TABLE)}")
        table, column = OLD_COLUMN
        if old_headings is not None:
            cursor.execute(f"ALTER TABLE {quote(table)} DROP COLUMN {quote(column)}")


def _old_headings(connection, quote):
    """{home page id: heading} from the old column, or None if it is gone."""
    table, column = OLD_COLUMN
    with connection.cursor() as cursor:
        columns = {c.name for c in connection.introspection.get_table_description(cursor, table)}
        if column not in columns:
            return None
        cursor.execute(f"SELECT page_ptr_id, {quote(column)} FROM {quote(table)}")
        return dict(cursor.fetchall())


def _latest_revision_update(apps, catalogue, FeaturedCourse):
    """The admin edits a page from its latest revision: without the copied heading and rows
    there, the next publish would put back the default heading and no featured courses."""
    if not catalogue.latest_revision_id:
        return
    Revision = apps.get_model("wagtailcore", "Revision")
    revision = Revision.objects.filter(pk=catalogue.latest_revision_id).first()
    if revision is None:
        return
    content = dict(revision.content)
    content["featured_heading"] = catalogue.featured_heading
    content["featured_courses"] = [
        {"pk": row.pk, "catalogue": catalogue.pk, "course": row.course_id, "sort_order": row.sort_order}
        for row in FeaturedCourse.objects.filter(catalogue=catalogue).order_by("sort_order")
    ]
    revision.content = content
    revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0003_knowledge_check_text_fields'),
        ('cms', '0004_documents_move_to_library_and_roles'),
    ]

    operations = [
        migrations.AddField(
            model_name='courseindexpage',
            name='featured_heading',
            field=models.CharField(default='Courses for responders', help_text='The heading of the featured courses on the home page.', max_length=120),
        ),
        migrations.CreateModel(
            name='FeaturedCourse',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('catalogue', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='featured_courses', to='courses.courseindexpage')),
                ('course', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='courses.coursepage')),
            ],
            options={
                'verbose_name': 'featured course',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.RunPython(copy_featured_courses, migrations.RunPython.noop),
    ]
