import re

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.selectors import organisations_active
from core.forms import IdModelChoiceField, IdModelMultipleChoiceField

MAX_ADDRESSES = 500


class StaffEnrolmentForm(forms.Form):
    """Enrol people by e-mail address, or every member of an organisation."""

    emails = forms.CharField(
        label=_("E-mail addresses"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Addresses of people who have an account: one per line, or separated by commas."
        ),
    )
    organisation = IdModelChoiceField(
        label=_("Or everyone in"),
        queryset=None,
        required=False,
        empty_label=_("— none (optional) —"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations_active()

    def clean_emails(self) -> list[str]:
        addresses = [a.lower() for a in re.split(r"[\s,;]+", self.cleaned_data["emails"]) if a]
        if len(addresses) > MAX_ADDRESSES:
            raise forms.ValidationError(
                _("At most %(max)d addresses at a time.") % {"max": MAX_ADDRESSES}
            )
        invalid = [a for a in addresses if "@" not in a]
        if invalid:
            raise forms.ValidationError(
                _("Not e-mail addresses: %(list)s") % {"list": ", ".join(invalid[:10])}
            )
        return list(dict.fromkeys(addresses))

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("emails") and not cleaned.get("organisation"):
            raise forms.ValidationError(_("Enter e-mail addresses or choose an organisation."))
        return cleaned


class CourseTrainersForm(forms.Form):
    trainers = IdModelMultipleChoiceField(
        label=_("Trainers of this course"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("They see this course's learners and may enrol people in it."),
    )

    def __init__(self, *args, **kwargs):
        from courses.selectors import trainers_available

        super().__init__(*args, **kwargs)
        self.fields["trainers"].queryset = trainers_available()
