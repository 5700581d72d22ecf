"""Celery tier: a real worker process, started here, takes messages from the real Redis broker.

Runs when REDIS_URL points at a reachable Redis (CI always does)."""

import os
import time
import uuid

import pytest
from django.conf import settings
from django_tasks import task

from lms.celery import app as celery_app
from lms.celery import ping
from lms.task_backends import CeleryTaskBackend
from tests.helpers import celery_worker_start, celery_worker_stop

pytestmark = pytest.mark.celery_worker


@task()
def write_marker(path: str, text: str) -> None:
    """A django-tasks task, the kind Wagtail enqueues, used to prove it runs on the worker."""
    with open(path, "w") as handle:
        handle.write(f"{text} from pid {os.getpid()}")


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    """A Celery worker subprocess on a queue of its own, so that no other worker takes our
    messages and our worker takes no one else's."""
    broker = settings.TEST_BROKER_URL
    queue = f"test-{uuid.uuid4().hex[:12]}"
    process = celery_worker_start(
        queue=queue, log_path=tmp_path_factory.mktemp("celery") / "worker.log"
    )
    conf = celery_app.conf
    saved = (conf.task_always_eager, conf.task_default_queue, conf.broker_url, conf.result_backend)
    conf.task_always_eager = False
    conf.task_default_queue = queue
    conf.broker_url = broker
    conf.result_backend = broker
    try:
        yield process
    finally:
        (conf.task_always_eager, conf.task_default_queue, conf.broker_url, conf.result_backend) = (
            saved
        )
        celery_worker_stop(process)


def test_task_round_trip_through_redis(worker):
    result = ping.delay("hello")
    answer = result.get(timeout=30)
    assert answer["payload"] == "hello"
    assert answer["pid"] == worker.pid  # solo pool: the worker process itself ran it
    assert answer["pid"] != os.getpid()


def test_wagtail_style_django_task_runs_on_the_worker(worker, tmp_path):
    marker = tmp_path / "ran.txt"
    backend = CeleryTaskBackend("default", {})
    backend.enqueue(write_marker, [str(marker), "ran"], {})
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert marker.exists(), "the worker never ran the task"
    assert marker.read_text() == f"ran from pid {worker.pid}"
