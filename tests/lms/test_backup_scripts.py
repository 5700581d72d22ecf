"""The backup scripts keep the database password off their command lines (ps shows those to
every local user): it goes to libpq through PGPASSWORD. Runs on any database."""

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize("script", ["backup.sh", "restore-drill.sh"])
def test_both_scripts_take_the_database_url_apart_the_same_way(script):
    assert 'source "$(dirname "$0")/pg-url.sh"' in (ROOT / "scripts" / script).read_text()


def test_the_password_leaves_the_url_for_pgpassword():
    source = ROOT / "scripts" / "pg-url.sh"
    program = (
        f"source {source}; "
        'pg_url_without_password "$1"; printf "%s|%s" "$PG_URL" "${PGPASSWORD-none}"'
    )
    url = "postgresql://ct:p%40ss:w@db.internal:5432/ctacademy?sslmode=require"
    out = subprocess.run(
        ["bash", "-c", program, "probe", url], capture_output=True, text=True, check=True
    ).stdout
    assert out == "postgresql://ct@db.internal:5432/ctacademy?sslmode=require|p@ss:w"
    out = subprocess.run(
        ["bash", "-c", program, "probe", "postgresql://postgres@127.0.0.1/x"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out == "postgresql://postgres@127.0.0.1/x|none"
