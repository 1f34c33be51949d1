#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database and, for the file-system store, an empty media directory.
#
#   deploy/backup/restore.sh BACKUP_DIR
#
# The database: libpq's variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE); create it first
# (`createdb -E UTF8 -T template0 NAME`). The restored objects belong to PGUSER (--no-owner), which the application's
# user must be. NEWSROOM_MEDIA_STORE=filesystem (the default): the media files go into NEWSROOM_MEDIA_DIR, each checked
# against its SHA-256. NEWSROOM_MEDIA_STORE=s3: the bucket is checked by nobody here; media.sha256 lists what it
# must hold. Start the application on it afterwards: Flyway brings an older backup's schema up to date.
set -euo pipefail

die() { printf 'restore.sh: %s\n' "$*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: restore.sh BACKUP_DIR"
backup=$1
[ -f "$backup/database.dump" ] && [ -f "$backup/media.sha256" ] || die "$backup is not a backup made by backup.sh"
store=${NEWSROOM_MEDIA_STORE:-filesystem}

pg_restore=${PG_RESTORE:-$(ls -d /usr/lib/postgresql/*/bin/pg_restore 2>/dev/null | sort -V | tail -1 || true)}
[ -n "$pg_restore" ] || pg_restore=$(command -v pg_restore) || die "no pg_restore found (set PG_RESTORE)"
psql=$(dirname "$pg_restore")/psql
[ -x "$psql" ] || psql=$(command -v psql) || die "no psql found"

tables=$("$psql" -X -A -t -v ON_ERROR_STOP=1 -c "select count(*) from pg_tables where schemaname = 'public'") ||
  die "cannot reach the database"
[ "$tables" -eq 0 ] || die "the database ${PGDATABASE:-} is not empty ($tables tables): restore into a new one"

if [ "$store" = filesystem ]; then
  media_dir=${NEWSROOM_MEDIA_DIR:-data/media}
  if [ -d "$media_dir" ] && [ -n "$(ls -A "$media_dir" | grep -v '^\.incoming$' || true)" ]; then
    die "the media directory $media_dir is not empty: restore into a new one"
  fi
  mkdir -p "$media_dir"
  (cd "$backup/media" && sha256sum --check --quiet --strict ../media.sha256) || die "the backup's media files are damaged"
  cp -Rp "$backup/media/." "$media_dir/"
fi

"$pg_restore" --exit-on-error --no-owner --no-acl --single-transaction --no-password \
  --dbname="${PGDATABASE:-$(id -un)}" "$backup/database.dump"
echo "restored $backup into ${PGDATABASE:-$(id -un)}$([ "$store" = filesystem ] && echo " and $media_dir")"
