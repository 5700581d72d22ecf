"""The Celery application. Tasks live in each app's tasks.py and are autodiscovered; periodic
tasks are declared here, in one place."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

app = Celery("lms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Periodic tasks (celery beat) are added here as the apps that need them arrive.
app.conf.beat_schedule = {}


@app.task(name="lms.ping")
def ping(payload: str = "pong") -> dict:
    """A round-trip probe: proves a worker took a message from the broker and answered."""
    return {"payload": payload, "pid": os.getpid()}


@app.task(
    name="lms.run_django_task",
    acks_late=True,
    autoretry_for=(Exception,),
    max_retries=3,
    retry_backoff=True,
)
def run_django_task(task_path: str, args: list, kwargs: dict) -> None:
    """Run a django-tasks Task (such as Wagtail's reference-index update) on a Celery worker.

    Enqueued by lms.task_backends.CeleryTaskBackend.
    """
    from django.utils.module_loading import import_string

    task = import_string(task_path)
    task.call(*args, **kwargs)
