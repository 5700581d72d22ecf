#!/usr/bin/env bash
# Nightly database backup (docs/deploy.md, "Backups"): one `pg_dump -Fc` file with a timestamped
# name, checked readable, with a .counts file beside it (the row counts of the key tables, taken
# in the same snapshot as the dump, which the restore drill compares against) and a .sha256 file;
# dumps older than BACKUP_KEEP_DAYS are removed. Exits non-zero, leaving no partial file, if
# anything fails: cron mails the output of a failed run.
#
#   DATABASE_URL      postgres://user:password@host:5432/ctacademy  (required)
#   BACKUP_DIR        where dumps go (default /var/backups/ctacademy)
#   BACKUP_KEEP_DAYS  days of dumps to keep (default 30; the newest dump is never removed)
#   BACKUP_PREFIX     file name prefix (default ctacademy)
#
# Needs the PostgreSQL client tools (pg_dump, pg_restore, psql) of the server's major version or
# newer. Prints the path of the new dump on its last line.
set -euo pipefail

: "${DATABASE_URL:?set DATABASE_URL (postgres://user:password@host:5432/name)}"
BACKUP_DIR=${BACKUP_DIR:-/var/backups/ctacademy}
BACKUP_KEEP_DAYS=${BACKUP_KEEP_DAYS:-30}
BACKUP_PREFIX=${BACKUP_PREFIX:-ctacademy}
# The tables whose rows must survive a restore: people, enrolments, attempts, answers, certificates.
KEY_TABLES=(accounts_user courses_enrolment assessments_quizattempt assessments_quizanswer
  certificates_certificate)

case "$BACKUP_KEEP_DAYS" in '' | *[!0-9]*) echo "BACKUP_KEEP_DAYS must be a number of days" >&2; exit 2 ;; esac
for tool in pg_dump pg_restore psql; do
  command -v "$tool" >/dev/null || { echo "backup: $tool is not installed (postgresql-client)" >&2; exit 2; }
done

# libpq reads postgresql:// URLs; dj-database-url also accepts postgres://, pgsql://, postgis://.
# shellcheck source=scripts/pg-url.sh
source "$(dirname "$0")/pg-url.sh"
pg_url_without_password "postgresql://${DATABASE_URL#*://}"
export DATABASE_URL="$PG_URL"
mkdir -p "$BACKUP_DIR"
umask 077  # a dump holds every learner's personal data
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
name="$BACKUP_DIR/$BACKUP_PREFIX-$stamp"
partial="$name.dump.partial"
cleanup() { rm -f "$partial" "$partial.failed" "$name.counts.partial"; }
trap cleanup EXIT

# One REPEATABLE READ transaction exports its snapshot; pg_dump dumps that snapshot while the
# transaction stays open, and the counts are read in it too: they describe exactly the dump.
counts_sql=""
for table in "${KEY_TABLES[@]}"; do
  counts_sql+="${counts_sql:+ UNION ALL }SELECT '$table', count(*) FROM $table"
done
export BACKUP_DUMP_FILE="$partial"
psql "$DATABASE_URL" -X -q -v ON_ERROR_STOP=1 -tA -F ' ' <<SQL
BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;
SELECT pg_export_snapshot() AS snapshot \gset
\setenv BACKUP_SNAPSHOT :snapshot
\! pg_dump -Fc --snapshot="\$BACKUP_SNAPSHOT" -d "\$DATABASE_URL" -f "\$BACKUP_DUMP_FILE" || touch "\$BACKUP_DUMP_FILE.failed"
\o $name.counts.partial
$counts_sql;
\o
COMMIT;
SQL
if [ -e "$partial.failed" ] || [ ! -s "$partial" ]; then
  echo "backup: pg_dump failed; no dump written" >&2
  exit 1
fi
# A dump that pg_restore cannot read is no backup.
pg_restore --list "$partial" >/dev/null
mv "$name.counts.partial" "$name.counts"
mv "$partial" "$name.dump"
(cd "$BACKUP_DIR" && sha256sum "$(basename "$name.dump")" >"$(basename "$name.sha256")")

# Retention: dumps (and their .counts and .sha256) older than BACKUP_KEEP_DAYS, never the newest.
find "$BACKUP_DIR" -maxdepth 1 -name "$BACKUP_PREFIX-*.dump" -mtime +"$BACKUP_KEEP_DAYS" \
  ! -path "$name.dump" -print | while read -r old; do
  rm -f "$old" "${old%.dump}.counts" "${old%.dump}.sha256"
  echo "removed $old (older than $BACKUP_KEEP_DAYS days)"
done

sed 's/^/  /' "$name.counts"
echo "$name.dump"
