"""Finish what a dead broker or worker left undone: issue certificates for completed
enrolments that have none, and render the PDFs no task stored. Renders here by default (an
operator is waiting); --queue hands the renders to the workers instead."""

from django.core.management.base import BaseCommand

from certificates import services


class Command(BaseCommand):
    help = "Issue missing certificates and render missing certificate PDFs."

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Queue the renders for the Celery workers instead of rendering here.",
        )

    def handle(self, *args, queue: bool = False, **options):
        result = services.certificates_issue_missing(render_now=not queue)
        self.stdout.write(f"Certificates issued: {result.issued}")
        if queue:
            self.stdout.write(f"Renders queued: {result.queued}")
        else:
            self.stdout.write(f"PDFs rendered: {result.rendered}")
        if result.failed:
            self.stderr.write(
                self.style.ERROR(
                    f"{len(result.failed)} render(s) failed (certificate ids "
                    f"{', '.join(map(str, result.failed[:20]))}); see the log and each "
                    "certificate's last error in the admin."
                )
            )
            raise SystemExit(1)
