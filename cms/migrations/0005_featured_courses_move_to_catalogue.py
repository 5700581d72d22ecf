"""The featured courses now belong to the catalogue (courses/0004 copies them first)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0004_documents_move_to_library_and_roles'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='homepage',
            name='courses_heading',
        ),
        migrations.DeleteModel(
            name='HomeFeaturedCourse',
        ),
    ]
