import pytest
from django.db import connection

from accounts.models import User
from core.db import read_all
from tests.factories.accounts import UserFactory


def _setting() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW cursor_tuple_fraction")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_read_all_reads_every_row_in_order():
    made = [UserFactory().pk for _ in range(7)]
    users = User.objects.filter(pk__in=made).order_by("-pk").values_list("pk", flat=True)
    assert list(read_all(users, chunk_size=3)) == sorted(made, reverse=True)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # outside a transaction
@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL planner setting")
def test_on_postgresql_the_cursor_is_planned_for_all_its_rows_and_the_setting_ends_with_it():
    made = [UserFactory().pk for _ in range(5)]
    users = User.objects.filter(pk__in=made).order_by("pk").values_list("pk", flat=True)
    before = _setting()
    seen = [(pk, _setting(), connection.in_atomic_block) for pk in read_all(users, chunk_size=1)]
    assert [pk for pk, _, _ in seen] == sorted(made)
    assert {(setting, atomic) for _, setting, atomic in seen} == {("1", True)}
    assert _setting() == before and not connection.in_atomic_block
    # A reader that stops early (a download cut short) ends the transaction too.
    rows = read_all(users, chunk_size=1)
    next(rows)
    assert connection.in_atomic_block
    rows.close()
    assert _setting() == before and not connection.in_atomic_block
