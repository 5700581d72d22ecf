from django import template

from certificates.codes import code_format
from reports import wording

register = template.Library()


@register.filter
def verification_code(code: str | None) -> str:
    """A stored certificate code as printed: XXXX-XXXX-XXXX-XXXX."""
    return code_format(code) if code else ""


@register.filter
def percent(value, digits: int = 1) -> str:
    """40%, 33.3% (never 40.0%), a dash for no value: reports.wording.percent."""
    return wording.percent(value, int(digits))


@register.filter
def points(value) -> str:
    """1 point, 12.5 points, a dash for no value."""
    return wording.points(value)


@register.filter
def days(value) -> str:
    """Same day, Under a day, 1 day, 7.5 days, a dash for no value."""
    return wording.days(value)


@register.filter
def number(value, digits: int = 1) -> str:
    """12, 12.5 (never 12.0), a dash for no value."""
    return wording.number(value, int(digits))
