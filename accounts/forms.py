from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Audience, Organisation, Sex
from accounts.selectors import organisations_active
from core.forms import IdModelChoiceField


class ProfileFieldsMixin(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    audience = forms.ChoiceField(
        label=_("I work in"),
        choices=Audience.choices,
        help_text=_(
            "Law enforcement, border, prosecution and Task Force members are confirmed by a "
            "programme manager before their courses open."
        ),
    )
    organisation = IdModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("— not listed —"),
    )
    position = forms.CharField(label=_("Position or rank"), max_length=120, required=False)
    sex = forms.ChoiceField(
        label=_("Sex"),
        choices=Sex.choices,
        initial=Sex.PREFER_NOT_TO_SAY,
        help_text=_("Used only to report, in totals, how many women and men were trained."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations_active()

    def profile_data(self) -> dict:
        data = self.cleaned_data
        return {
            key: data[key]
            for key in ("first_name", "last_name", "audience", "organisation", "position", "sex")
        }


class SignupForm(ProfileFieldsMixin):
    """allauth's ACCOUNT_SIGNUP_FORM_CLASS: extra fields asked at sign-up."""

    def signup(self, request, user):
        from accounts.services import profile_complete_signup

        profile_complete_signup(user=user, **self.profile_data())


class ProfileForm(ProfileFieldsMixin):
    pass


class LearnersImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: email, name, organisation, audience, sex, position. UTF-8, at most 2 MB."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".csv"):
            raise forms.ValidationError(_("Choose a .csv file (save the spreadsheet as CSV)."))
        from accounts.imports import MAX_FILE_BYTES

        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        return upload
