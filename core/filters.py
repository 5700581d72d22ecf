"""django-filter filters for admin listings: ids checked before any query (core.forms)."""

import django_filters
from django_filters.fields import ModelChoiceField

from core.forms import IdChoiceMixin


class IdModelChoiceFilterField(IdChoiceMixin, ModelChoiceField):
    pass


class IdModelChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = IdModelChoiceFilterField
