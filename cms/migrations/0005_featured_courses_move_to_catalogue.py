"""The featured courses now belong to the catalogue: cms stops knowing the old rows and the
heading. Their table and column are left in the database for courses/0004, which copies them to
the catalogue and then drops them; so cms's migrations never wait for an app above it, and
whichever of the two runs first, nothing is lost."""

from django.db import migrations
from django.db.migrations.operations.base import Operation

OLD_FIELD = ("homepage", "courses_heading")
OLD_MODEL = "HomeFeaturedCourse"


class ForgetAndLeaveForCourses(Operation):
    """Forget the old field and model without touching the database (courses/0004 drops
    them after copying); undone, it puts back whichever of them is gone."""

    reversible = True

    def state_forwards(self, app_label, state):
        migrations.RemoveField(*OLD_FIELD).state_forwards(app_label, state)
        migrations.DeleteModel(OLD_MODEL).state_forwards(app_label, state)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        pass

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        connection = schema_editor.connection
        HomePage = to_state.apps.get_model(app_label, OLD_FIELD[0])
        Old = to_state.apps.get_model(app_label, OLD_MODEL)
        if Old._meta.db_table not in connection.introspection.table_names():
            schema_editor.create_model(Old)
        field = HomePage._meta.get_field(OLD_FIELD[1])
        with connection.cursor() as cursor:
            description = connection.introspection.get_table_description(
                cursor, HomePage._meta.db_table
            )
        if field.column not in {column.name for column in description}:
            schema_editor.add_field(HomePage, field)

    def describe(self):
        return "Forget the home page's featured courses, left in the database for courses/0004"


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0004_documents_move_to_library_and_roles'),
    ]

    operations = [
        ForgetAndLeaveForCourses(),
    ]
