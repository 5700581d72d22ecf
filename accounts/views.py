import json

from allauth.account import views as allauth_views
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.i18n import set_language

from accounts.exports import user_data_export
from accounts.forms import ProfileForm
from accounts.selectors import user_profile
from accounts.services import profile_language_set, profile_update


@never_cache
@login_required
def profile_edit(request):
    profile = user_profile(request.user)
    initial = {"first_name": request.user.first_name, "last_name": request.user.last_name}
    if profile:
        initial.update(
            audience=profile.audience,
            organisation=profile.organisation,
            position=profile.position,
            sex=profile.sex,
        )
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        profile = profile_update(user=request.user, **form.profile_data())
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts_profile")
    return render(request, "accounts/profile_edit.html", {"form": form, "profile": profile})


@never_cache
@login_required
@require_GET
def data_export(request):
    body = json.dumps(user_data_export(request.user), indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"ct-academy-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class LoginView(allauth_views.LoginView):
    """allauth's login, answering 429 Too Many Requests (not 200) once allauth's failed-login
    limit for the account or the client is reached, so that clients and monitoring see it."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error(NON_FIELD_ERRORS, code="too_many_login_attempts"):
            response.status_code = 429
        return response


login = LoginView.as_view()


def language_set(request):
    """The footer's language switch: Django's `set_language` (the cookie, then back to the
    page), and for a signed-in person the choice is remembered for the e-mails sent to them
    later."""
    response = set_language(request)
    if request.method == "POST":
        profile_language_set(user=request.user, language=request.POST.get("language", ""))
    return response
