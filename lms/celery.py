"""The Celery application. Tasks live in each app's tasks.py and are autodiscovered; periodic
tasks are declared here, in one place."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

app = Celery("lms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Periodic tasks (celery beat), all in one place.
app.conf.beat_schedule = {
    # Wagtail's scheduled publishing ("go live at" / "expire at") happens only when this runs.
    "publish-scheduled-pages": {"task": "lms.publish_scheduled", "schedule": 60.0},
    # Certificates a dead broker or worker left unissued or unrendered (certificates/services).
    "issue-missing-certificates": {"task": "certificates.issue_missing", "schedule": 120.0},
    # Quiz attempts whose time ran out and whose learner never came back.
    "close-expired-attempts": {"task": "assessments.close_expired_attempts", "schedule": 300.0},
}


@app.task(name="lms.ping", ignore_result=False)
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


@app.task(name="lms.publish_scheduled", acks_late=True, expires=55)
def publish_scheduled() -> None:
    """Publish pages whose scheduled time has come and unpublish expired ones (Wagtail's
    publish_scheduled command). Publishing a lesson refreshes learners' progress."""
    from django.core.management import call_command

    call_command("publish_scheduled")
