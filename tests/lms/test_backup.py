"""Backups that restore: scripts/backup.sh dumps the database with `pg_dump -Fc`, and
scripts/restore-drill.sh restores the dump into an empty database, shows identical row counts
for users, enrolments, attempts, answers and certificates, and verifies a restored certificate
through the application's verification selectors. PostgreSQL only (CI's PostgreSQL pass runs
it); the real scripts run against the test database, and every database they create has a name
of this run's own."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command

from accounts.models import User
from assessments.models import QuizAnswer, QuizAttempt
from certificates.models import Certificate
from certificates.services import certificate_revoke
from courses.models import Enrolment
from tests import helpers
from tests.conftest import REQUIRE_ALL_TIERS

ON_POSTGRESQL = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
TOOLS = ("pg_dump", "pg_restore", "psql", "sha256sum")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not ON_POSTGRESQL, reason="pg_dump backups need PostgreSQL (set DATABASE_URL to run them)"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCRIPTS = Path(settings.BASE_DIR) / "scripts"
KEY_MODELS = {
    "accounts_user": User,
    "courses_enrolment": Enrolment,
    "assessments_quizattempt": QuizAttempt,
    "assessments_quizanswer": QuizAnswer,
    "certificates_certificate": Certificate,
}


@pytest.fixture(autouse=True)
def _tools():
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and REQUIRE_ALL_TIERS:
        pytest.fail(f"backup tests need {', '.join(missing)}", pytrace=False)
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (apt-get install postgresql-client)")


def run(script: str, *args: str, **variables: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "DATABASE_URL": helpers.test_database_url(),
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        "PYTHON": sys.executable,
        **variables,
    }
    return subprocess.run(
        ["bash", str(SCRIPTS / script), *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def restored_url(name: str) -> str:
    return helpers.test_database_url().rsplit("/", 1)[0] + "/" + name


def drop_database(name: str) -> None:
    with psycopg.connect(helpers.test_database_url(), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def counts_in(url: str) -> dict[str, int]:
    with psycopg.connect(url) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in KEY_MODELS
        }


def aged(path: Path, days: int) -> Path:
    path.write_bytes(b"old")
    old = path.stat().st_mtime - days * 24 * 3600
    os.utime(path, (old, old))
    return path


def test_a_nightly_dump_restores_with_identical_counts_and_its_certificate_verifies(tmp_path):
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    counts = {table: model.objects.count() for table, model in KEY_MODELS.items()}
    assert all(counts.values()), counts  # users, enrolments, attempts, answers, a certificate
    expired = aged(tmp_path / "ctacademy-2000-01-01T000000Z.dump", days=40)
    recent = aged(tmp_path / "ctacademy-2000-01-02T000000Z.dump", days=10)

    backup = run("backup.sh", BACKUP_DIR=str(tmp_path), BACKUP_KEEP_DAYS="30")
    assert backup.returncode == 0, backup.stderr
    dump = Path(backup.stdout.strip().splitlines()[-1])
    assert dump.parent == tmp_path and dump.read_bytes().startswith(b"PGDMP")  # custom format
    assert not expired.exists() and recent.exists()  # 30 days kept
    recorded = dict(line.split() for line in dump.with_suffix(".counts").read_text().splitlines())
    assert {table: int(n) for table, n in recorded.items()} == counts

    name = f"ctacademy_links_restore_{os.getpid()}"
    try:
        drill = run(
            "restore-drill.sh", BACKUP_DIR=str(tmp_path), RESTORE_DATABASE=name, KEEP_RESTORED="1"
        )
        assert drill.returncode == 0, drill.stdout + drill.stderr
        for table, count in counts.items():
            assert f"{table} {count} {count}" in " ".join(drill.stdout.split()), drill.stdout
        assert "verifies as: valid" in drill.stdout
        assert "its PDF verifies by fingerprint: yes" in drill.stdout
        assert "Restore drill passed." in drill.stdout
        assert counts_in(restored_url(name)) == counts
        _restored_certificate_verifies(name)
    finally:
        drop_database(name)


def _restored_certificate_verifies(name: str) -> None:
    """The verification selectors read the restored database: a certificate revoked in the
    live database after the dump still verifies as valid there, and as revoked here."""
    certificate = Certificate.objects.get()
    certificate_revoke(
        certificate=certificate,
        actor=User.objects.get(email="admin@example.com"),
        reason="Revoked after the backup",
    )
    verify = [sys.executable, str(SCRIPTS / "verify_certificate.py"), certificate.display_code]
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
    }
    restored = subprocess.run(
        verify,
        env={**environment, "DATABASE_URL": restored_url(name)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "verifies as: valid" in restored.stdout
    live = subprocess.run(
        verify,
        env={**environment, "DATABASE_URL": helpers.test_database_url()},
        capture_output=True,
        text=True,
        check=False,
    )
    assert live.returncode == 1 and "verifies as: revoked" in live.stdout


def test_the_drill_fails_when_a_count_differs_and_drops_its_database(tmp_path):
    assert run("backup.sh", BACKUP_DIR=str(tmp_path)).returncode == 0
    counts_file = next(tmp_path.glob("*.counts"))
    lines = counts_file.read_text().splitlines()
    table, count = lines[0].split()
    counts_file.write_text("\n".join([f"{table} {int(count) + 1}", *lines[1:]]) + "\n")

    name = f"ctacademy_links_restore_{os.getpid()}"
    try:
        drill = run("restore-drill.sh", BACKUP_DIR=str(tmp_path), RESTORE_DATABASE=name)
        assert drill.returncode == 1, drill.stdout + drill.stderr
        assert "DIFFERS" in drill.stdout and "Restore drill FAILED." in drill.stderr
        with psycopg.connect(helpers.test_database_url()) as connection:
            left = connection.execute(
                "SELECT count(*) FROM pg_database WHERE datname = %s", [name]
            ).fetchone()[0]
        assert left == 0  # the drill's database is dropped, passed or failed
    finally:
        drop_database(name)


def test_a_failed_dump_exits_non_zero_and_leaves_no_file(tmp_path):
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    broken = fake_bin / "pg_dump"
    broken.write_text("#!/bin/sh\necho 'pg_dump: error: disk full' >&2\nexit 1\n")
    broken.chmod(0o755)
    backups = tmp_path / "backups"
    result = run("backup.sh", BACKUP_DIR=str(backups), PATH=f"{fake_bin}:{os.environ['PATH']}")
    assert result.returncode != 0
    assert "pg_dump failed" in result.stderr
    assert list(backups.iterdir()) == []
