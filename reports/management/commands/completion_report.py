"""The capacity-building completion report from the command line:

    manage.py completion_report --from 2026-01-01 --to 2026-12-31 --format pdf --output r.pdf

Optional filters: --course ID, --audience, --organisation ID, --sex."""

import shutil
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from reports import exports, pdf
from reports.filters import ReportFilterForm


class Command(BaseCommand):
    help = "Write the completion report (PDF) or every report table (CSV, XLSX) to a file."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="date_from", type=date.fromisoformat)
        parser.add_argument("--to", dest="date_to", type=date.fromisoformat)
        parser.add_argument("--format", choices=["pdf", "csv", "xlsx"], default="pdf")
        parser.add_argument("--output", required=True, help="The file to write.")
        parser.add_argument("--course", type=int)
        parser.add_argument("--audience", default="")
        parser.add_argument("--organisation", type=int)
        parser.add_argument("--sex", default="")

    def handle(self, *args, **options):
        form = ReportFilterForm(
            {
                "date_from": options["date_from"],
                "date_to": options["date_to"],
                "course": options["course"],
                "audience": options["audience"],
                "organisation": options["organisation"],
                "sex": options["sex"],
            }
        )
        if not form.is_valid():
            raise CommandError(form.errors.as_text())
        filters = form.filters()
        output = options["output"]
        if options["format"] == "pdf":
            with open(output, "wb") as handle:
                handle.write(pdf.completion_report_pdf(filters))
        elif options["format"] == "csv":
            with open(output, "w", encoding="utf-8", newline="") as handle:
                for chunk in exports.all_tables_csv(filters):
                    handle.write(chunk)
        else:
            with exports.all_tables_xlsx(filters) as source, open(output, "wb") as handle:
                shutil.copyfileobj(source, handle)
        described = "; ".join(f"{label}: {value}" for label, value in filters.describe())
        self.stdout.write(f"Wrote {output} ({described}).")
