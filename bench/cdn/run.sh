#!/usr/bin/env bash
# Benchmark of targeted invalidation: the page cache's hit rate while one story (the Geneva story) is updated every
# UPDATE_EVERY seconds under reader load, with the pages a change touches emptied (keys), against every change
# emptying the whole cache (everything: each update also notifies "*", which is what every change did before the
# surrogate keys). Readers ask for the front page, the sections, and PAGES random article pages (the updated one among
# them), at CONNECTIONS connections for DURATION per run. Loopback only; bounded in time; the app and the database
# are removed at the end.
#
#   bash bench/cdn/run.sh                          # DURATION=60s CONNECTIONS=16 PAGES=200 UPDATE_EVERY=5
#   DURATION=20s bash bench/cdn/run.sh             # a short run, on a loaded machine
#   DB=nr_bench START_TIMEOUT=300 bash bench/cdn/run.sh  # another database (created and dropped), a slower start
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES=${ARTICLES:-1000}
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-16}
PAGES=${PAGES:-200}
UPDATE_EVERY=${UPDATE_EVERY:-5}
PORT=${PORT:-18090}
DB=${DB:-newsroom_bench_cdn} # created, and dropped at the end: never a database you keep
START_TIMEOUT=${START_TIMEOUT:-120} # seconds the application has to answer its front page
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
BASE="http://127.0.0.1:$PORT"
work=$(mktemp -d)
app_pid="" updater_pid=""

cleanup() {
  [ -n "$updater_pid" ] && kill "$updater_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
jar=$(ls target/newsroom-*.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { JAVA_HOME=$JAVA_HOME ./mvnw -q -B -DskipTests package; jar=$(ls target/newsroom-*.jar | head -1); }

psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  NEWSROOM_DEMO_CONTENT=true "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --server.port="$PORT" \
  --management.server.port=0 --logging.level.root=WARN >>"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 "$START_TIMEOUT"); do curl -sf -o /dev/null "$BASE/" && break; sleep 1; done
curl -sf -o /dev/null "$BASE/" || {
  echo "The application did not answer at $BASE/ within $START_TIMEOUT s; see $work/app.log" >&2
  exit 1
}

generated=$((ARTICLES - $(psql -At -d "$DB" -c "select count(*) from articles")))
[ "$generated" -gt 0 ] && psql -q -d "$DB" -v generated="$generated" -f bench/site/generate.sql

geneva=$(psql -At -d "$DB" -c "select id from articles where slug = 'syrian-rivals-resume-peace-talks-in-geneva'")
# The pages readers ask for: the front page, every section, the Geneva story, and random published stories.
{
  echo "/"
  psql -At -d "$DB" -c "select '/' || slug from sections where parent_id is null"
  echo "/middle-east/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva"
  psql -At -d "$DB" -c "
    select '/' || s.slug || '/' || to_char(a.published_at at time zone 'UTC', 'YYYY/MM/DD') || '/' || a.slug
    from articles a join sections s on s.id = a.section_id
    where a.status = 'PUBLISHED' and a.id <> $geneva order by random() limit $PAGES"
} >"$work/paths"
# Only pages that answer 200 (a generated story's date in another zone would redirect).
while read -r path; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")" = 200 ] && echo "$path"
done <"$work/paths" >"$work/pages"
echo "Pages: $(wc -l <"$work/pages") (front, sections, the Geneva story, $PAGES random stories)"

updates() { # $1: keys | everything
  local n=0
  while true; do
    sleep "$UPDATE_EVERY"
    n=$((n + 1))
    if [ "$1" = everything ]; then
      psql -q -d "$DB" -c "begin; update articles set body_html = body_html || '<!-- update $n -->' where id = $geneva;
        select pg_notify('newsroom_content', '*'); commit;" >/dev/null
    else
      psql -q -d "$DB" -c "update articles set body_html = body_html || '<!-- update $n -->' where id = $geneva" >/dev/null
    fi
  done
}

for mode in keys everything; do
  # Warm every page into the cache, then readers, while the story changes every UPDATE_EVERY seconds.
  while read -r path; do curl -s -o /dev/null "$BASE$path"; done <"$work/pages"
  updates "$mode" &
  updater_pid=$!
  echo "== $mode: the Geneva story updated every ${UPDATE_EVERY}s, $CONNECTIONS connections, $DURATION"
  PATHS_FILE="$work/pages" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/cdn/readers.lua "$BASE" \
    | grep -E "hit rate|Requests/sec|50%|99%"
  kill "$updater_pid" 2>/dev/null || true
  wait "$updater_pid" 2>/dev/null || true
  updater_pid=""
done
