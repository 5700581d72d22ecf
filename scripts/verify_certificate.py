"""Verify one certificate through the application's own verification code (the selectors the
public verification page uses), against the database DATABASE_URL names: the last step of
scripts/restore-drill.sh. Exits 0 when the certificate verifies as valid (or as expired, which a
verification page also answers truthfully), 1 otherwise.

    DATABASE_URL=postgres://.../ctacademy_drill python scripts/verify_certificate.py ABCD-2345-...

When its PDF is in the file storage too (the private files are backed up apart from the
database), the PDF's fingerprint is checked as the "upload a PDF" verification does."""

import hashlib
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")


def main(raw_code: str) -> int:
    import django

    django.setup()
    from certificates.codes import CodeError, code_check, code_format
    from certificates.selectors import verification_by_code, verification_by_sha256

    try:
        code = code_check(raw_code)
    except CodeError as error:
        sys.stderr.write(f"{raw_code}: {error}\n")
        return 1
    found = verification_by_code(code=code)
    if found is None:
        sys.stderr.write(f"Certificate {code_format(code)}: not found\n")
        return 1
    certificate = found.certificate
    sys.stdout.write(
        f"Certificate {code_format(code)} ({certificate.holder_name}, "
        f"{certificate.course_title}) verifies as: {found.state}\n"
    )
    if certificate.pdf:
        try:
            with certificate.pdf.open("rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
        except OSError:
            sys.stdout.write("  its PDF is not in the file storage (restore the private files)\n")
        else:
            by_file = verification_by_sha256(sha256=digest)
            matches = by_file is not None and by_file.is_current_pdf
            sys.stdout.write(f"  its PDF verifies by fingerprint: {'yes' if matches else 'NO'}\n")
            if not matches:
                return 1
    return 0 if found.state in {"valid", "expired"} else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write("usage: verify_certificate.py CODE\n")
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
