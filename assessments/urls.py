from django.urls import path

from assessments import views

urlpatterns = [
    path("quizzes/<id:quiz_id>/start/", views.attempt_start, name="assessments_start"),
    path("attempts/<id:attempt_id>/", views.attempt, name="assessments_attempt"),
    path(
        "attempts/<id:attempt_id>/review/",
        views.attempt_review,
        name="assessments_attempt_review",
    ),
]
