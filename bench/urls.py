from django.http import HttpResponse
from django.urls import path

from lms.urls import urlpatterns as project_urlpatterns


def trivial(request):
    """The floor: a Django view that does nothing, through the same middleware."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/trivial/", trivial), *project_urlpatterns]
