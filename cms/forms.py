"""Forms of the public site: the library's filters, and the admin's document form with the
audiences a document is meant for."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from accounts.models import Audience
from cms.models import Topic, Visibility
from cms.services import library_document_audiences_set


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    audience = forms.ChoiceField(
        label=_("Audience"),
        required=False,
        choices=[("", _("All audiences")), *Audience.choices],
    )
    topic = forms.ChoiceField(
        label=_("Topic"), required=False, choices=[("", _("All topics")), *Topic.choices]
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years")), *((y, y) for y in years)]

    def filters(self) -> dict:
        """The filters that are valid: a wrong one is reported and left out, the rest apply."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class LibraryDocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE) with the audiences."""

    audiences = forms.MultipleChoiceField(
        label=_("Audiences"),
        required=False,
        choices=Audience.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Who the document is for. A document for practitioners only can be read by "
            "approved members of these audiences."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("audiences", self.instance.audience_values)
        if "visibility" in self.fields:
            # The admin's quick upload (several files at once) sends only the file, its title
            # and collection; such a document starts public and unlisted, to be described next.
            self.fields["visibility"].required = False

    def clean(self):
        cleaned = super().clean()
        if "visibility" in self.fields and not cleaned.get("visibility"):
            cleaned["visibility"] = Visibility.PUBLIC
        if (
            "audiences" in self.fields
            and cleaned.get("visibility") == Visibility.PRACTITIONERS
            and not cleaned.get("audiences")
        ):
            self.add_error(
                "audiences", _("Choose the audiences that may read a document for practitioners.")
            )
        return cleaned

    def _save_m2m(self):
        super()._save_m2m()
        if "audiences" in self.fields:
            library_document_audiences_set(
                document=self.instance, audiences=self.cleaned_data.get("audiences") or []
            )
