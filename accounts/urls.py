from django.urls import path

from accounts import views

urlpatterns = [
    path("login/", views.login, name="account_login"),
    path("profile/", views.profile_edit, name="accounts_profile"),
    path("profile/data.json", views.data_export, name="accounts_data_export"),
]
