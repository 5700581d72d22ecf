from celery import shared_task

from accounts.invitations import invitations_send


@shared_task(acks_late=True, autoretry_for=(OSError,), max_retries=5, retry_backoff=True)
def send_invitations_task(user_ids: list[int]) -> int:
    return invitations_send(user_ids=user_ids)
