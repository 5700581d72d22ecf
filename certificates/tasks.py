"""Certificate tasks: ids in, a service call, retries. See certificates/services.py for why
nothing is lost or doubled when a worker or the broker fails."""

from datetime import timedelta

from celery import shared_task

from certificates import services


@shared_task(
    name="certificates.render",
    acks_late=True,
    reject_on_worker_lost=True,  # a worker killed mid-render: the message goes back to the queue
    autoretry_for=(Exception,),
    max_retries=5,
    retry_backoff=10,
    retry_backoff_max=600,
    retry_jitter=True,
    soft_time_limit=60,  # a runaway render is stopped (one page renders in well under a second)
    time_limit=90,
)
def certificate_render_task(certificate_id: int) -> bool:
    return services.certificate_render(certificate_id=certificate_id)


@shared_task(name="certificates.issue_missing", acks_late=True, expires=600, time_limit=600)
def issue_missing_certificates_task(older_than_seconds: int = 120) -> dict:
    """Periodic (every two minutes): issue certificates a completion left without one and
    queue the renders no task finished. Certificates issued in the last two minutes are left
    to their own first task; a bulk re-render asks with 0."""
    result = services.certificates_issue_missing(older_than=timedelta(seconds=older_than_seconds))
    return {"issued": result.issued, "queued": result.queued, "notified": result.notified}
