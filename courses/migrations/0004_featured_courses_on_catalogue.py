"""The featured courses move from the home page (cms.HomeFeaturedCourse) to the catalogue
(courses.FeaturedCourse), so that `cms` never names a course. The rows and the heading are
copied before cms/0005 drops the old ones: `run_before` keeps that order, and lives here so that
cms's migrations never depend on an app above it."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def copy_featured_courses(apps, schema_editor):
    try:
        OldFeatured = apps.get_model("cms", "HomeFeaturedCourse")
    except LookupError:  # cms/0005 already ran (a fresh database has nothing to copy)
        return
    HomePage = apps.get_model("cms", "HomePage")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")
    CoursePage = apps.get_model("courses", "CoursePage")
    FeaturedCourse = apps.get_model("courses", "FeaturedCourse")
    course_ids = set(CoursePage.objects.values_list("pk", flat=True))
    for catalogue in CourseIndexPage.objects.all():
        home = HomePage.objects.filter(path=catalogue.path[: -4]).first()  # its parent
        if home is None:
            continue
        catalogue.featured_heading = home.courses_heading
        catalogue.save(update_fields=["featured_heading"])
        rows = OldFeatured.objects.filter(home=home, course_id__in=course_ids).order_by("sort_order")
        for row in rows:
            FeaturedCourse.objects.create(
                catalogue=catalogue, course_id=row.course_id, sort_order=row.sort_order
            )
        _latest_revision_update(apps, catalogue, FeaturedCourse)


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
    run_before = [
        ('cms', '0005_featured_courses_move_to_catalogue'),
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
