"""Nothing is lost when the broker or a worker is down (QUALITY 6 and 7).

- Always: with an unreachable broker, learners complete courses through the real views; every
  request answers at once, every completion and certificate row is saved; the sweep
  (`manage.py issue_missing_certificates`) then issues every PDF exactly once.
- Celery tier: a real worker and Redis behind a proxy that the test cuts; completions while it
  is cut, then the proxy is restored, the sweep queues, the worker renders: one PDF each. And a
  worker killed with SIGKILL in the middle of a render: the sweep finishes it, once.
"""

import os
import signal
import threading
import time
import uuid
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from kombu import pools as kombu_pools

from certificates.models import Certificate, CertificatePdf, CertificateTemplate
from courses.models import Enrolment
from courses.services import enrolment_create, item_complete
from lms.celery import app as celery_app
from tests.factories.accounts import UserFactory
from tests.factories.courses import course_create, lessons_of
from tests.helpers import TcpProxy, celery_worker_start, celery_worker_stop


def _use_broker(url: str, queue: str | None = None):
    """Point this process's Celery app at a broker (not eager); return a function that puts
    everything back."""
    conf = celery_app.conf
    saved = (conf.task_always_eager, conf.broker_url, conf.task_default_queue)

    def reset_pools():
        # Close and forget every pooled broker connection (kombu keeps them in global pools,
        # which Celery uses even for eager tasks), as a forked process would.
        kombu_pools.reset()
        celery_app._after_fork()

    reset_pools()
    conf.task_always_eager = False
    conf.broker_url = url
    if queue:
        conf.task_default_queue = queue

    def restore():
        reset_pools()
        conf.task_always_eager, conf.broker_url, conf.task_default_queue = saved

    return restore


def _complete_through_the_views(learners, course) -> list[tuple[int, float]]:
    """Each learner marks the course's last lesson complete through the real view (the other
    lessons done beforehand); returns each response's status and duration."""
    *first, last = lessons_of(course)
    results = []
    for learner in learners:
        enrolment_create(user=learner, course=course)
        for lesson in first:
            item_complete(user=learner, item=lesson)
        client = Client()
        client.force_login(learner)
        started = time.monotonic()
        response = client.post(reverse("courses_item_complete", args=[last.pk]))
        results.append((response.status_code, time.monotonic() - started))
    return results


def _in_thread(function, timeout: float):
    """Run function in a thread; fail if it does not return within `timeout` (a hang)."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except BaseException as error:  # noqa: BLE001 - reported below
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"still waiting after {timeout} s: requests hang"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_dead_broker_loses_nothing_and_the_sweep_issues_each_pdf_once():
    course = course_create(modules=1, lessons=2)
    learners = [UserFactory() for _ in range(5)]
    restore = _use_broker("redis://127.0.0.1:1/0")  # nothing listens on port 1
    try:
        results = _in_thread(lambda: _complete_through_the_views(learners, course), timeout=60)
    finally:
        restore()
    assert [status for status, _ in results] == [302] * 5  # every learner's click succeeded
    assert Enrolment.objects.filter(course=course, completed_at__isnull=False).count() == 5
    assert Certificate.objects.count() == 5
    assert not Certificate.objects.filter(rendered_generation__gt=0).exists()
    assert mail.outbox == []

    call_command("issue_missing_certificates")
    call_command("issue_missing_certificates")  # a second run finds nothing to do
    assert Certificate.objects.filter(rendered_generation=1).count() == 5
    assert CertificatePdf.objects.count() == 5
    assert len({c.pdf.name for c in Certificate.objects.all()}) == 5
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in learners)


def _wait_until(predicate, timeout: float, what: str, log_path=None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    log = log_path.read_text()[-3000:] if log_path else ""
    pytest.fail(f"timed out waiting for {what}\n{log}")


@pytest.fixture
def broker_proxy(redis_url):
    parsed = urlparse(redis_url)
    proxy = TcpProxy(parsed.hostname, parsed.port or 6379).start()
    proxy.url = parsed._replace(netloc=f"127.0.0.1:{proxy.port}").geturl()
    yield proxy
    proxy.cut()


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_broker_outage_then_recovery_issues_each_certificate_once(broker_proxy, tmp_path):
    queue = f"test-{uuid.uuid4().hex[:12]}"
    log_path = tmp_path / "worker.log"
    worker = celery_worker_start(queue=queue, log_path=log_path, database=True)
    restore = _use_broker(broker_proxy.url, queue)
    try:
        course = course_create(modules=1, lessons=2)
        learners = [UserFactory() for _ in range(6)]
        broker_proxy.cut()
        results = _in_thread(lambda: _complete_through_the_views(learners, course), timeout=90)
        assert [status for status, _ in results] == [302] * 6
        assert Certificate.objects.count() == 6
        assert not Certificate.objects.filter(rendered_generation__gt=0).exists()

        broker_proxy.restore()
        call_command("issue_missing_certificates", "--queue")
        _wait_until(
            lambda: Certificate.objects.filter(rendered_generation=1).count() == 6,
            timeout=120,
            what="the worker to render six certificates",
            log_path=log_path,
        )
        call_command("issue_missing_certificates", "--queue")  # nothing left: queues none
        time.sleep(1)
        assert Certificate.objects.count() == 6
        assert CertificatePdf.objects.count() == 6
        assert Certificate.objects.filter(notified_at__isnull=False).count() == 6
        for certificate in Certificate.objects.all():
            assert certificate.pdf.open("rb").read(5) == b"%PDF-"
    finally:
        restore()
        celery_worker_stop(worker)


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_killed_mid_render_leaves_one_certificate_after_the_sweep(redis_url, tmp_path):
    # A long wording makes the render take seconds, so that the kill lands inside it.
    template = CertificateTemplate.objects.get(is_default=True)
    template.body = "\n".join(["{learner_name} completed {course}."] * 6000)
    template.save()
    queue = f"test-{uuid.uuid4().hex[:12]}"
    log_path = tmp_path / "worker.log"
    worker = celery_worker_start(queue=queue, log_path=log_path, database=True)
    restore = _use_broker(redis_url, queue)
    try:
        course = course_create(modules=1, lessons=1)
        learner = UserFactory()
        enrolment_create(user=learner, course=course)
        item_complete(user=learner, item=lessons_of(course)[0])  # queues the render
        _wait_until(
            lambda: (
                "certificates.render" in log_path.read_text() and "received" in log_path.read_text()
            ),
            timeout=60,
            what="the worker to take the render",
            log_path=log_path,
        )
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
        worker.log.close()
        certificate = Certificate.objects.get()
        assert certificate.rendered_generation == 0, "the render finished before the kill"
        template.body = CertificateTemplate._meta.get_field("body").default  # a quick render now
        template.save()

        worker = celery_worker_start(queue=queue, log_path=tmp_path / "worker2.log", database=True)
        call_command("issue_missing_certificates", "--queue")
        _wait_until(
            lambda: Certificate.objects.filter(rendered_generation=1).exists(),
            timeout=180,
            what="the new worker to render the certificate",
            log_path=tmp_path / "worker2.log",
        )
        assert Certificate.objects.count() == 1
        assert CertificatePdf.objects.count() == 1
        assert len(os.listdir(settings.PRIVATE_MEDIA_ROOT / "certificates" / certificate.code)) == 1
    finally:
        restore()
        celery_worker_stop(worker)


@pytest.fixture
def silent_broker():
    """A broker address that accepts connections and never answers (a hung Redis)."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held = []

    def accept():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"
    listener.close()
    for connection in held:
        connection.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_hung_broker_delays_but_never_blocks_or_fails_a_completion(silent_broker):
    course = course_create(modules=1, lessons=2)
    learners = [UserFactory() for _ in range(3)]
    restore = _use_broker(silent_broker)
    try:
        results = _in_thread(lambda: _complete_through_the_views(learners, course), timeout=90)
    finally:
        restore()
    assert [status for status, _ in results] == [302] * 3
    assert Certificate.objects.filter(rendered_generation=0).count() == 3
    # Bounded, not a speed target: without publish timeouts each request would wait for ever
    # (about 2 s each here: one connection timeout, then the sweep's turn).
    assert all(seconds < 20 for _, seconds in results), results
