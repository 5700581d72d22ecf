from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from certificates.codes import CodeError, code_check


class VerifyCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("Sixteen characters in four groups, as printed under the QR code."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        try:
            return code_check(self.cleaned_data["code"])
        except CodeError as error:
            raise forms.ValidationError(str(error)) from error


class VerifyUploadForm(forms.Form):
    pdf = forms.FileField(
        label=_("Certificate PDF"),
        help_text=_("The PDF file as it was downloaded from CT Academy."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )

    def clean_pdf(self):
        upload = self.cleaned_data["pdf"]
        limit = settings.CERTIFICATE_UPLOAD_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                gettext("This file is %(size)s KB; a certificate PDF is under %(limit)s MB.")
                % {"size": f"{upload.size // 1024:,}", "limit": limit // (1024 * 1024)}
            )
        head = upload.read(5)
        upload.seek(0)
        if head != b"%PDF-":
            raise forms.ValidationError(gettext("This is not a PDF file."))
        return upload


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )


class ReissueForm(forms.Form):
    holder_name = forms.CharField(
        label=_("Name to print"),
        max_length=200,
        help_text=_("Correct the learner's name in their profile too."),
    )
    reason = forms.CharField(
        label=_("Reason"), max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )
