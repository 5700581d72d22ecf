"""Form fields for what a browser sends as ids: anything but 1 to 18 digits is an invalid
choice, never a database error (an id past 64 bits overflows SQLite and PostgreSQL)."""

from django import forms

from core.converters import MAX_ID_DIGITS


def is_id(value) -> bool:
    text = str(value).strip()
    return text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS


class IdChoiceMixin:
    """For a ModelChoiceField (Django's or django-filter's): a value that is not an id is an
    invalid choice before any query is made."""

    def to_python(self, value):
        if value not in self.empty_values and self.to_field_name is None and not is_id(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class IdModelChoiceField(IdChoiceMixin, forms.ModelChoiceField):
    pass


class IdModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        if self.to_field_name is None:
            for item in value or []:
                if not is_id(item):
                    raise forms.ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": item},
                    )
        return super()._check_values(value)
