from django.urls import path

from assessments import views

urlpatterns = [
    path("quizzes/<int:quiz_id>/start/", views.attempt_start, name="assessments_start"),
    path("attempts/<int:attempt_id>/", views.attempt, name="assessments_attempt"),
    path(
        "attempts/<int:attempt_id>/review/",
        views.attempt_review,
        name="assessments_attempt_review",
    ),
]
