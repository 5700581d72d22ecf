from django.urls import path

from certificates import views

urlpatterns = [
    path("verify/", views.verify, name="certificates_verify"),
    path("verify/<str:code>/", views.verify_code, name="certificates_verify_code"),
    path("<str:code>/pdf/", views.download, name="certificates_download"),
]
