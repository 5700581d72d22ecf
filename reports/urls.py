from django.urls import path

from reports import views

urlpatterns = [
    path("", views.dashboard, name="reports_dashboard"),
    path("learners/", views.learners, name="reports_learners"),
    path("export/<str:table>.<str:file_format>", views.export, name="reports_export"),
    path("completion-report/", views.report_start, name="reports_run_start"),
    path("completion-report/<id:run_id>/", views.report_status, name="reports_run"),
    path("completion-report/<id:run_id>/pdf/", views.report_download, name="reports_run_pdf"),
]
