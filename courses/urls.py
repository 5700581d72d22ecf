from django.urls import path

from courses import views

urlpatterns = [
    path("", views.dashboard, name="courses_dashboard"),
    path("courses/<int:course_id>/enrol/", views.enrol, name="courses_enrol"),
    path("courses/<int:course_id>/resume/", views.resume, name="courses_resume"),
    path("items/<int:item_id>/complete/", views.item_complete, name="courses_item_complete"),
]
