#!/usr/bin/env bash
# The restore drill (docs/deploy.md, "Backups"): restores the newest dump of BACKUP_DIR (or the
# dump given as the argument) into a new, empty database, compares the row counts of the key
# tables with those recorded when the dump was taken, and checks through the application's own
# verification code that a restored certificate still verifies. Drops the drill's database
# afterwards unless KEEP_RESTORED=1. Exits non-zero when anything differs or fails.
#
#   DATABASE_URL      a URL of the PostgreSQL server to restore on (any database of it; the
#                     role needs CREATEDB). The drill never writes to that database.
#   BACKUP_DIR        where backup.sh writes (default /var/backups/ctacademy)
#   BACKUP_PREFIX     file name prefix (default ctacademy)
#   RESTORE_DATABASE  name of the database to create (default <prefix>_drill_<time>_<pid>); it
#                     must not exist
#   KEEP_RESTORED     1 to keep the restored database for inspection
#   CERTIFICATE_CODE  the certificate to verify (default: the newest valid one in the dump)
#   PYTHON            the application's Python (default .venv/bin/python of this checkout); run
#                     with the application's environment (DJANGO_SETTINGS_MODULE, SECRET_KEY...)
#
# Usage: scripts/restore-drill.sh [path/to/ctacademy-....dump]
set -euo pipefail

: "${DATABASE_URL:?set DATABASE_URL to a URL of the PostgreSQL server to restore on}"
BACKUP_DIR=${BACKUP_DIR:-/var/backups/ctacademy}
BACKUP_PREFIX=${BACKUP_PREFIX:-ctacademy}
here=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-$here/.venv/bin/python}

dump=${1:-$(ls -1 "$BACKUP_DIR/$BACKUP_PREFIX"-*.dump 2>/dev/null | sort | tail -n 1 || true)}
[ -n "$dump" ] && [ -f "$dump" ] || { echo "drill: no dump found in $BACKUP_DIR" >&2; exit 1; }
counts_file="${dump%.dump}.counts"
[ -f "$counts_file" ] || { echo "drill: $counts_file is missing (written by backup.sh)" >&2; exit 1; }
if [ -f "${dump%.dump}.sha256" ]; then
  (cd "$(dirname "$dump")" && sha256sum --quiet -c "$(basename "${dump%.dump}.sha256")")
fi

# shellcheck source=scripts/pg-url.sh
source "$(dirname "$0")/pg-url.sh"
pg_url_without_password "postgresql://${DATABASE_URL#*://}"
server=$PG_URL
query=""
case "$server" in *\?*) query="?${server#*\?}"; server="${server%%\?*}" ;; esac
RESTORE_DATABASE=${RESTORE_DATABASE:-${BACKUP_PREFIX}_drill_$(date -u +%Y%m%d%H%M%S)_$$}
case "$RESTORE_DATABASE" in *[!a-z0-9_]*) echo "drill: RESTORE_DATABASE must be [a-z0-9_]" >&2; exit 2 ;; esac
restored="${server%/*}/$RESTORE_DATABASE$query"

echo "Restoring $dump into the new database $RESTORE_DATABASE"
psql "$server$query" -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $RESTORE_DATABASE TEMPLATE template0"
drop() {
  if [ "${KEEP_RESTORED:-0}" = 1 ]; then
    echo "Kept $RESTORE_DATABASE (drop it with: dropdb $RESTORE_DATABASE)"
  else
    psql "$server$query" -X -q -c "DROP DATABASE IF EXISTS $RESTORE_DATABASE WITH (FORCE)" || true
  fi
}
trap drop EXIT
started=$(date +%s)
pg_restore --exit-on-error --no-owner --no-privileges -d "$restored" "$dump"
echo "Restored in $(( $(date +%s) - started )) s"

status=0
printf '  %-26s %10s %10s\n' table "at dump" restored
while read -r table expected; do
  actual=$(psql "$restored" -X -tA -v ON_ERROR_STOP=1 -c "SELECT count(*) FROM $table")
  mark=""
  [ "$actual" = "$expected" ] || { mark="  DIFFERS"; status=1; }
  printf '  %-26s %10s %10s%s\n' "$table" "$expected" "$actual" "$mark"
done <"$counts_file"

code=${CERTIFICATE_CODE:-$(psql "$restored" -X -tA -v ON_ERROR_STOP=1 -c \
  "SELECT code FROM certificates_certificate WHERE status = 'valid' ORDER BY issued_at DESC LIMIT 1")}
if [ -z "$code" ]; then
  echo "No valid certificate in the dump: nothing to verify."
else
  DATABASE_URL="$restored" "$PYTHON" "$here/scripts/verify_certificate.py" "$code" || status=1
fi

if [ "$status" = 0 ]; then echo "Restore drill passed."; else echo "Restore drill FAILED." >&2; fi
exit "$status"
