#!/usr/bin/env bash
# Backs up Haven's PostgreSQL database (the postgres profile) into one custom-format dump.
# Usage: tools/backup/pg-backup.sh DATABASE BACKUP.dump
#   DATABASE: a database name or a libpq URI (postgresql://haven_owner@db.example:5432/haven).
#   Sign in as the schema owner (HAVEN_DB_MIGRATION_USER); the password comes from PGPASSWORD or ~/.pgpass.
# Haven may keep running: pg_dump reads one consistent snapshot of the whole database.
# Use a pg_dump of the server's major version or newer (it refuses a newer server).
# The dump holds personal data: store it encrypted. The field-encryption key is NOT in it: keep
# HAVEN_ENCRYPTION_KEY somewhere else.
set -euo pipefail
# Everything this script writes is readable by its owner only: a backup holds personal data.
umask 077
usage="usage: pg-backup.sh DATABASE BACKUP.dump"
database=${1:?$usage}
dump=${2:?$usage}
if ! command -v pg_dump >/dev/null 2>&1; then
  echo "pg_dump is missing: install the PostgreSQL client tools (Debian: postgresql-client)" >&2
  exit 1
fi
# Written under another name first, so a failed dump never looks like a finished one.
pg_dump --format=custom --file="$dump.partial" --dbname="$database"
pg_restore --list "$dump.partial" >/dev/null
mv "$dump.partial" "$dump"
chmod 600 "$dump"
echo "Backed up $(pg_restore --list "$dump" | grep -c ' TABLE DATA ') tables to $dump"
