#!/usr/bin/env bash
# Restores Haven's H2 database from an archive made by h2-backup.sh.
# Usage: tools/backup/h2-restore.sh BACKUP.tar.gz DATA_DIR
# Stop Haven first. The current database is kept beside it as haven.mv.db.before-restore.
# Start Haven with the same encryption key as when the backup was made.
set -euo pipefail
# Everything this script writes is readable by its owner only: a backup holds personal data.
umask 077
archive=${1:?usage: h2-restore.sh BACKUP.tar.gz DATA_DIR}
data_dir=${2:?usage: h2-restore.sh BACKUP.tar.gz DATA_DIR}
mkdir -p "$data_dir"
if [ -f "$data_dir/haven.mv.db" ]; then
  mv "$data_dir/haven.mv.db" "$data_dir/haven.mv.db.before-restore"
fi
tar -xzf "$archive" -C "$data_dir" haven.mv.db
chmod 700 "$data_dir"
chmod 600 "$data_dir/haven.mv.db"
echo "Restored $data_dir/haven.mv.db from $archive"
