from celery import shared_task

from assessments import services


@shared_task(name="assessments.close_expired_attempts", acks_late=True, expires=600)
def close_expired_attempts_task() -> int:
    """Grade attempts whose time ran out and whose learner never came back (periodic)."""
    return services.attempts_close_all_expired()
