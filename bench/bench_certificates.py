"""Certificates through the whole pipeline against WeasyPrint alone (shared/QUALITY.md, item 21).

N learners (500; BENCH_CERTIFICATES to change) have completed a course. Two ways to produce
their N certificates, measured side by side in alternating batches in one process:

- raw: WeasyPrint renders the N certificates' HTML documents (built beforehand, not timed);
- pipeline: for each learner, the certificate is issued (row, code, template, score) in a
  transaction, and the Celery task runs (`apply`, in this process): it loads the certificate,
  builds the HTML (QR code, logo and signatures), renders it, hashes it, stores the file,
  records it and e-mails the learner (locmem backend).

Target: pipeline / raw at most 1.25. The database is a fresh SQLite file (or
BENCH_DATABASE_URL, a PostgreSQL database that may be emptied)."""

import json
import os
import subprocess
import tempfile
import time

from common import PYTHON, ROOT, bench_env, migrate_and_seed, run_child

COUNT = int(os.environ.get("BENCH_CERTIFICATES", "500"))
BATCH = 25


def child() -> None:
    """(Child process) Set up, measure and print the timings as JSON."""
    import django

    django.setup()
    from django.db import transaction
    from weasyprint import HTML

    from accounts.services import user_create
    from certificates import demo as certificates_demo
    from certificates import pdf, services
    from certificates.models import Certificate
    from certificates.tasks import certificate_render_task
    from core import pdf as core_pdf
    from courses import services as course_services
    from courses.models import CoursePage, Enrolment
    from courses.signals import enrolment_completed

    certificates_demo.seed()  # the standard template with its logo and two signatures
    course = CoursePage.objects.filter(issues_certificate=True).order_by("path").first()
    # Completions recorded without certificates, so that issuing is part of the pipeline.
    enrolment_completed.disconnect(sender=Enrolment, dispatch_uid="certificates_issue")
    enrolments = []
    for n in range(COUNT):
        user = user_create(
            email=f"cert{n}@example.org", password=None, first_name="Anaïs", last_name=f"N{n}"
        )
        course_services.enrolment_create(user=user, course=course)
        enrolment = Enrolment.objects.get(user=user, course=course)
        course_services.enrolment_complete(enrolment=enrolment)
        enrolments.append(Enrolment.objects.select_related("user").get(pk=enrolment.pk))

    # The raw side renders the very documents the pipeline renders: build each learner's
    # certificate HTML once, from a certificate issued and then removed again.
    documents = []
    with transaction.atomic():
        for enrolment in enrolments:
            certificate = services.certificate_issue(enrolment=enrolment)
            documents.append(
                pdf.certificate_html(certificate=certificate, template=certificate.template)
            )
        transaction.set_rollback(True)
    base_url = core_pdf.static_uri(core_pdf.FONTS["regular"])

    def raw(batch):
        for html in batch:
            HTML(string=html, base_url=base_url).write_pdf(pdf_tags=True)

    def pipeline(batch):
        for enrolment in batch:
            with transaction.atomic():
                certificate = services.certificate_issue(enrolment=enrolment)
            certificate_render_task.apply(args=[certificate.pk], throw=True)

    # Warm both (fonts, templates, imports), outside the timings.
    raw(documents[:1])
    timings = {"raw": 0.0, "pipeline": 0.0}
    for start in range(0, COUNT, BATCH):
        for name, function, items in (
            ("raw", raw, documents[start : start + BATCH]),
            ("pipeline", pipeline, enrolments[start : start + BATCH]),
        ):
            began = time.perf_counter()
            function(items)
            timings[name] += time.perf_counter() - began
    rendered = Certificate.objects.filter(enrolment__in=enrolments, rendered_generation=1).count()
    print(json.dumps({**timings, "count": COUNT, "rendered": rendered}))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        database = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
        env = bench_env(tmp, database)
        env["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
        if "BENCH_DATABASE_URL" in os.environ:
            manage = [PYTHON, str(ROOT / "manage.py")]
            subprocess.run([*manage, "flush", "--noinput"], env=env, check=False, cwd=ROOT)
        migrate_and_seed(env)
        figures = run_child(__file__, env)
    count, raw, pipeline = figures["count"], figures["raw"], figures["pipeline"]
    print(f"certificates: {count} ({figures['rendered']} rendered and stored by the pipeline)")
    print(f"raw WeasyPrint render: {raw:.1f} s ({raw / count * 1000:.0f} ms each)")
    print(f"whole pipeline:        {pipeline:.1f} s ({pipeline / count * 1000:.0f} ms each)")
    print(f"ratio pipeline / raw: {pipeline / raw:.2f} (target at most 1.25)")


if __name__ == "__main__":
    if os.environ.get("BENCH_CHILD"):
        child()
    else:
        main()
