"""URL converters. `id` is the project's converter for database ids: at most 18 digits, so a
number beyond a 64-bit integer never reaches the database (SQLite raises OverflowError and
PostgreSQL "out of range" for it); such an address is simply not found."""

from django.urls import register_converter

MAX_ID_DIGITS = 18  # every 18-digit number fits in a signed 64-bit integer


class IdConverter:
    regex = rf"[0-9]{{1,{MAX_ID_DIGITS}}}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))


register_converter(IdConverter, "id")
