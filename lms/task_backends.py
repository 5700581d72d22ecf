"""A django-tasks backend that hands tasks to the Celery workers.

Wagtail 8 enqueues its own background jobs (reference-index updates, deleting replaced files)
through Django's tasks framework. In production they run on the same Celery workers as the rest
of the platform, so there is one kind of worker to deploy and watch.

If the broker cannot be reached, the task runs in the calling process instead (what Wagtail's
default ImmediateBackend always does): an editor's save must not fail because Redis is down.
"""

import logging

from django.utils import timezone
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import Task, TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id, normalize_json
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)


class CeleryTaskBackend(BaseTaskBackend):
    supports_defer = False
    supports_get_result = False
    supports_priority = False
    supports_async_task = False

    def enqueue(self, task: Task, args, kwargs) -> TaskResult:
        from lms.celery import run_django_task

        self.validate_task(task)
        args, kwargs = normalize_json(list(args)), normalize_json(dict(kwargs))
        task_path = task.module_path
        result = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=timezone.now(),
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        try:
            run_django_task.apply_async(args=[task_path, args, kwargs], task_id=result.id)
        except OperationalError:
            logger.warning("Broker unreachable: running %s in-process", task_path, exc_info=True)
            task.call(*args, **kwargs)
            object.__setattr__(result, "status", TaskResultStatus.SUCCESSFUL)
            object.__setattr__(result, "finished_at", timezone.now())
        return result
