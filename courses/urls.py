from django.urls import path

from courses import views

urlpatterns = [
    path("", views.dashboard, name="courses_dashboard"),
    path("courses/<id:course_id>/enrol/", views.enrol, name="courses_enrol"),
    path("courses/<id:course_id>/resume/", views.resume, name="courses_resume"),
    path("items/<id:item_id>/complete/", views.item_complete, name="courses_item_complete"),
    path(
        "check/<id:lesson_id>/<uuid:block_id>/",
        views.knowledge_check,
        name="courses_knowledge_check",
    ),
]
