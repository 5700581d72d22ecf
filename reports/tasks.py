from celery import shared_task

from reports import services


@shared_task(name="reports.completion_report", acks_late=True, soft_time_limit=300, time_limit=360)
def completion_report_task(run_id: int) -> bool:
    return services.report_run_execute(run_id=run_id)
