#!/usr/bin/env bash
# Backs up Haven's H2 database (the default profile) into one archive.
# Usage: tools/backup/h2-backup.sh DATA_DIR BACKUP.tar.gz
# Stop Haven first (SIGTERM: it shuts down gracefully): the database file is copied as it is on disk.
# The field-encryption key file is NOT included: keep it (or HAVEN_ENCRYPTION_KEY) somewhere else.
set -euo pipefail
# Everything this script writes is readable by its owner only: a backup holds personal data.
umask 077
data_dir=${1:?usage: h2-backup.sh DATA_DIR BACKUP.tar.gz}
archive=${2:?usage: h2-backup.sh DATA_DIR BACKUP.tar.gz}
if [ ! -f "$data_dir/haven.mv.db" ]; then
  echo "No Haven database at $data_dir/haven.mv.db" >&2
  exit 1
fi
tar -czf "$archive" -C "$data_dir" haven.mv.db
chmod 600 "$archive"
echo "Backed up $data_dir/haven.mv.db to $archive"
