"""Starting and making completion reports (a Celery task does the work; the page polls). The
stages and errors are stored in English (gettext_noop) and translated when shown."""

import logging
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_noop

from accounts.models import User
from core.i18n import active_language, language_or_default
from core.permissions import permission_require
from reports import pdf
from reports.filters import ReportFilters
from reports.models import ReportRun, ReportStatus

logger = logging.getLogger(__name__)


def report_run_start(*, user: User, filters: ReportFilters) -> ReportRun:
    """Record the request and hand it to a worker after commit. With the broker down the run
    says so at once, rather than waiting for ever. Needs accounts.view_reports."""
    from reports.tasks import completion_report_task

    permission_require(user, "accounts.view_reports", "You may not produce programme reports.")
    run = ReportRun.objects.create(
        requested_by=user, filters=filters.as_json(), language=active_language()
    )

    def hand_over():
        try:
            completion_report_task.apply_async(args=[run.pk])
        except Exception:
            logger.warning("Could not queue completion report %s", run.pk, exc_info=True)
            ReportRun.objects.filter(pk=run.pk, status=ReportStatus.QUEUED).update(
                status=ReportStatus.FAILED,
                error=gettext_noop(
                    "The background service is unavailable. Try again in a few minutes."
                ),
                finished_at=timezone.now(),
            )

    transaction.on_commit(hand_over)
    return run


STALE_AFTER = timedelta(minutes=10)


def report_run_execute(*, run_id: int) -> bool:
    """Make the PDF, once: a run is taken with `UPDATE ... WHERE status='queued'`, or, when the
    worker that took it died (the message comes back after `reject_on_worker_lost`), once it
    has been running for longer than any report takes."""
    now = timezone.now()
    takeable = Q(status=ReportStatus.QUEUED) | Q(
        status=ReportStatus.RUNNING, started_at__lt=now - STALE_AFTER
    )
    taken = ReportRun.objects.filter(takeable, pk=run_id).update(
        status=ReportStatus.RUNNING, progress=5, stage=gettext_noop("Starting"), started_at=now
    )
    if not taken:
        return False
    run = ReportRun.objects.get(pk=run_id)

    def progress(percent: int, stage: str) -> None:
        ReportRun.objects.filter(pk=run_id).update(progress=percent, stage=stage)

    try:
        with translation.override(language_or_default(run.language)):
            data = pdf.completion_report_pdf(ReportFilters.from_json(run.filters), progress)
    except Exception as error:
        ReportRun.objects.filter(pk=run_id).update(
            status=ReportStatus.FAILED,
            error=f"{type(error).__name__}: {error}"[:2000],
            finished_at=timezone.now(),
        )
        raise
    name = run.file.storage.save(
        f"completion-report-{run_id}-{timezone.localdate():%Y-%m-%d}.pdf", ContentFile(data)
    )
    ReportRun.objects.filter(pk=run_id).update(
        file=name,
        status=ReportStatus.DONE,
        progress=100,
        stage=gettext_noop("Ready"),
        finished_at=timezone.now(),
    )
    return True
