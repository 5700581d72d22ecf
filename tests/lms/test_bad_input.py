"""lms.middleware.BadInputMiddleware: what no page means is a 400 with words, never a 500."""

import pytest
from django.urls import reverse

from tests.factories.accounts import UserFactory
from tests.helpers import login_with_mfa

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999999"


@pytest.mark.parametrize("encoding", ["multipart", "urlencoded"])
def test_a_nul_in_a_form_is_a_bad_request(client, encoding):
    client.force_login(UserFactory())
    url = reverse("accounts_profile")
    if encoding == "multipart":
        response = client.post(url, {"first_name": "Ana\x00"})
    else:
        response = client.post(
            url, "first_name=Ana%00", content_type="application/x-www-form-urlencoded"
        )
    assert response.status_code == 400
    assert "could not be understood" in response.content.decode()


def test_a_nul_in_the_address_or_query_is_a_bad_request(client):
    assert client.get("/courses/?q=a%00b").status_code == 400
    assert client.get("/certificates/verify/AB%00CD/").status_code == 400


def test_an_id_past_64_bits_is_not_found_or_refused(client):
    assert client.get(f"/learn/courses/{HUGE}/resume/").status_code == 404  # the id converter
    # Wagtail's own views take it as given: the database refuses it, the answer is a 400.
    login_with_mfa(client, UserFactory(is_superuser=True))
    chosen = "/admin/snippets/choose/assessments/question/chosen/"
    assert client.get(f"{chosen}{HUGE}/").status_code in {400, 404}
    assert client.get(f"{chosen}not-a-number/").status_code == 400


def test_a_next_that_is_not_a_path_is_dropped(rf):
    from lms.middleware import BadInputMiddleware

    seen = {}

    def view(request):
        seen["next"] = request.GET.get("next"), request.POST.get("next")
        from django.http import HttpResponse

        return HttpResponse()

    middleware = BadInputMiddleware(view)
    middleware(rf.post("/x/?next=a%26b", {"next": "//evil.example/"}))
    assert seen["next"] == (None, None)
    middleware(rf.post("/x/?next=/%5Cevil.example/", {"next": "/\\evil.example/"}))
    assert seen["next"] == (None, None)
    middleware(rf.post("/x/?next=/learn/", {"next": "/admin/"}))
    assert seen["next"] == ("/learn/", "/admin/")
