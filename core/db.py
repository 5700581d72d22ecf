"""Database helpers that no one domain owns."""

from collections.abc import Iterator

from django.db import connections, router, transaction


def read_all(queryset, *, chunk_size: int = 2000) -> Iterator:
    """`queryset.iterator(chunk_size)` for a caller that will read every row (an export): on
    PostgreSQL, in a transaction that tells the planner so (`cursor_tuple_fraction = 1`).
    A server-side cursor is otherwise planned for its first tenth of rows: for the learners
    export at 150,000 enrolments that plan took 3.4 s longer than the plain query's. The
    transaction only reads; it ends when the rows do, or when the reader stops (a download
    cut short closes the generator)."""
    alias = queryset.db or router.db_for_read(queryset.model)
    if connections[alias].vendor != "postgresql":
        yield from queryset.iterator(chunk_size=chunk_size)
        return
    with transaction.atomic(using=alias):
        with connections[alias].cursor() as cursor:
            cursor.execute("SET LOCAL cursor_tuple_fraction = 1.0")
        yield from queryset.iterator(chunk_size=chunk_size)
