#!/usr/bin/env bash
# Restores a dump made by pg-backup.sh into Haven's PostgreSQL database, replacing what is there.
# Usage: tools/backup/pg-restore.sh BACKUP.dump DATABASE
#   DATABASE: a database name or a libpq URI; sign in as the schema owner (HAVEN_DB_MIGRATION_USER).
# Stop Haven first. The database must exist, owned by that owner, and the app's role must exist
# (roles live outside the database, see docs/operations.md → PostgreSQL); its grants come back
# with the dump. All or nothing: one transaction, stopped at the first error.
set -euo pipefail
usage="usage: pg-restore.sh BACKUP.dump DATABASE"
dump=${1:?$usage}
database=${2:?$usage}
if ! command -v pg_restore >/dev/null 2>&1; then
  echo "pg_restore is missing: install the PostgreSQL client tools (Debian: postgresql-client)" >&2
  exit 1
fi
if [ ! -f "$dump" ]; then
  echo "No dump at $dump" >&2
  exit 1
fi
pg_restore --clean --if-exists --single-transaction --exit-on-error --dbname="$database" "$dump"
echo "Restored $dump into $database"
