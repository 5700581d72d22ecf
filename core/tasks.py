"""Tasks of the ground floor: ids in, a call, retries."""

from celery import shared_task

from core import images


@shared_task(
    name="core.body_renditions",
    acks_late=True,
    autoretry_for=(OSError,),  # the storage (a bucket) briefly unreachable
    max_retries=3,
    retry_backoff=30,
    soft_time_limit=300,
    time_limit=360,
)
def body_renditions_task(image_ids: list[int]) -> int:
    return images.body_renditions_prepare(image_ids=image_ids)
