#!/usr/bin/env bash
# One consistent backup of Newsroom: the database (pg_dump, custom format) and the media it needs.
#
#   deploy/backup/backup.sh BACKUP_ROOT
#
# Writes BACKUP_ROOT/newsroom-<UTC time>/ with
#   database.dump     pg_dump --format=custom of the whole database: one snapshot, taken while the site runs
#   media.sha256      every media object the dump refers to (originals and renditions), as `sha256sum` lines
#   media/            (file-system store) those objects, copied from NEWSROOM_MEDIA_DIR and checked against their names
#   backup.info       what was backed up, with which pg_dump, against which server
#
# The database comes from libpq's variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass, PGDATABASE).
# The media: NEWSROOM_MEDIA_STORE=filesystem (the default) copies the objects out of NEWSROOM_MEDIA_DIR;
# NEWSROOM_MEDIA_STORE=s3 writes only the manifest: the bucket keeps the objects (they are named by their SHA-256 and
# never rewritten; keep the bucket versioned or replicated so that a deleted one can be had back).
# PG_DUMP picks the pg_dump to use; by default the newest one installed. It must be at least the server's major
# version, or pg_dump refuses (or, for older clients, cannot read the catalog): the script checks first.
set -euo pipefail

die() { printf 'backup.sh: %s\n' "$*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: backup.sh BACKUP_ROOT"
root=$1
store=${NEWSROOM_MEDIA_STORE:-filesystem}
case "$store" in
  filesystem)
    media_dir=${NEWSROOM_MEDIA_DIR:-data/media}
    [ -d "$media_dir" ] || die "the media directory $media_dir does not exist (set NEWSROOM_MEDIA_DIR)"
    ;;
  s3) ;;
  *) die "NEWSROOM_MEDIA_STORE must be filesystem or s3, not $store" ;;
esac

# --- a pg_dump at least as new as the server -----------------------------------------------------------------------
major_of() { "$1" --version | sed -nE 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/p' | head -1; }
if [ -n "${PG_DUMP:-}" ]; then
  pg_dump=$PG_DUMP
else
  pg_dump=$(ls -d /usr/lib/postgresql/*/bin/pg_dump 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$pg_dump" ] || pg_dump=$(command -v pg_dump || true)
fi
[ -n "$pg_dump" ] && [ -x "$pg_dump" ] || die "no pg_dump found: install PostgreSQL's client (postgresql-client-NN) or set PG_DUMP"
psql=$(dirname "$pg_dump")/psql
[ -x "$psql" ] || psql=$(command -v psql) || die "no psql found next to $pg_dump or on the PATH"
client_major=$(major_of "$pg_dump")
server_num=$("$psql" -X -A -t -v ON_ERROR_STOP=1 -c "show server_version_num") || die "cannot reach the database"
server_major=$((server_num / 10000))
if [ "$client_major" -lt "$server_major" ]; then
  die "$pg_dump is version $client_major, the server is $server_major: a backup needs pg_dump $server_major or newer (install postgresql-client-$server_major, or set PG_DUMP)"
fi

# --- the dump ------------------------------------------------------------------------------------------------------
target="$root/newsroom-$(date -u +%Y%m%dT%H%M%SZ)"
[ ! -e "$target" ] || die "$target exists already"
mkdir -p "$target.partial"
trap 'rm -rf "$target.partial"' EXIT
"$pg_dump" --format=custom --no-password --file="$target.partial/database.dump"

# --- the media the dump refers to, read back from the dump itself (so: the same snapshot) -------------------------
pg_restore=$(dirname "$pg_dump")/pg_restore
"$pg_restore" --data-only --table=media_images --table=media_renditions --file=- "$target.partial/database.dump" |
  awk '
    /^COPY / {
      copying = 1; column = 0
      header = $0; sub(/^[^(]*\(/, "", header); sub(/\).*$/, "", header)
      n = split(header, names, ", ")
      for (i = 1; i <= n; i++) if (names[i] == "original_key" || names[i] == "file_key") column = i
      next
    }
    /^\\\.$/ { copying = 0; next }
    copying && column { split($0, fields, "\t"); print fields[column] }
  ' | sort -u | awk '{ printf "%s  %s/%s/%s\n", $1, substr($1, 1, 2), substr($1, 3, 2), $1 }' >"$target.partial/media.sha256"
objects=$(wc -l <"$target.partial/media.sha256")

if [ "$store" = filesystem ]; then
  mkdir "$target.partial/media"
  missing=0
  while read -r _ path; do
    if [ -f "$media_dir/$path" ]; then
      mkdir -p "$target.partial/media/$(dirname "$path")"
      cp -p "$media_dir/$path" "$target.partial/media/$path"
    else
      printf 'backup.sh: %s is in the database but not in %s\n' "$path" "$media_dir" >&2
      missing=$((missing + 1))
    fi
  done <"$target.partial/media.sha256"
  [ "$missing" -eq 0 ] || die "$missing media files are missing (an image deleted while the backup ran? run it again)"
  (cd "$target.partial/media" && sha256sum --check --quiet --strict ../media.sha256) ||
    die "a copied media file does not match its name"
fi

{
  echo "created: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database: ${PGDATABASE:-$(id -un)} on ${PGHOST:-local socket}:${PGPORT:-5432}, PostgreSQL $server_num"
  echo "pg_dump: $pg_dump, version $client_major"
  echo "media store: $store, $objects objects"
} >"$target.partial/backup.info"
mv "$target.partial" "$target"
trap - EXIT
echo "$target"
