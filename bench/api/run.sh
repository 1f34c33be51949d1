#!/usr/bin/env bash
# Benchmark of the content API (issue 16): the article list and one article, cached (the page cache, as readers' pages
# are) under load, and uncached (a second run of the jar on the same database with the page cache off) at one
# connection. Loopback only; every run is bounded in time; the app and the database are removed at the end.
#
#   bash bench/api/run.sh                    # 1,000 generated stories
#   ARTICLES=100000 bash bench/api/run.sh    # 100,000
#   DB=nr_bench START_TIMEOUT=300 bash bench/api/run.sh  # another database (created, dropped), a slower start
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES=${ARTICLES:-1000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-200} # requests per URL before measuring the cached answers
UNCACHED_WARMUP=${UNCACHED_WARMUP:-20s} # uncached requests per URL before its uncached answer is measured
PORT=${PORT:-18090}
DB=${DB:-newsroom_bench_api} # created, and dropped at the end: never a database you keep
START_TIMEOUT=${START_TIMEOUT:-90} # seconds the application has to answer its front page
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
BASE="http://127.0.0.1:$PORT"
work=$(mktemp -d)
app_pid=""

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
jar=$(ls target/newsroom-*.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { JAVA_HOME=$JAVA_HOME ./mvnw -q -B -DskipTests package; jar=$(ls target/newsroom-*.jar | head -1); }

start_app() { # extra arguments for the app; returns once the front page answers 200 (it answers 503 until ready)
  # Every request still counts against a rate limit (one upsert each, as in production), but the anonymous limit is
  # raised so that the load generator's thousands of requests a second are answered, not refused with 429.
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
    NEWSROOM_DEMO_CONTENT=true "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --server.port="$PORT" \
    --management.server.port=0 --logging.level.root=WARN --newsroom.api.anonymous-limit=2000000000 \
    "$@" >>"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 "$START_TIMEOUT"); do curl -sf -o /dev/null "$BASE/" && return; sleep 1; done
  echo "The application did not answer at $BASE/ within $START_TIMEOUT s; see $work/app.log" >&2
  exit 1
}
stop_app() {
  kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
start_app

# Generated stories on top of the demo content, as for the site's bench (bench/site/generate.sql).
generated=$((ARTICLES - $(psql -At -d "$DB" -c "select count(*) from articles")))
[ "$generated" -gt 0 ] && psql -q -d "$DB" -v generated="$generated" -f bench/site/generate.sql
echo "Stories: $(psql -At -d "$DB" -c "select count(*) from articles where status = 'PUBLISHED'")"

# The Geneva story of the demo content, by its id; the list's first page (20 stories), and a page deep in the archive
# (the cursor of a story half-way down), which reads its index from there on.
geneva=$(psql -At -d "$DB" -c "select id from articles where slug = 'syrian-rivals-resume-peace-talks-in-geneva'")
middle=$(psql -At -d "$DB" -c "select id from articles where status = 'PUBLISHED'
  order by published_at desc, id desc offset (select count(*) / 2 from articles where status = 'PUBLISHED') limit 1")
urls=("list|/api/v1/articles" "list, deep cursor|/api/v1/articles?cursor=$middle"
  "list, one section|/api/v1/articles?section=world" "article|/api/v1/articles/$geneva"
  "article, ninjs|/api/v1/articles/$geneva?format=ninjs")
for entry in "${urls[@]}"; do
  path=${entry#*|}
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  [ "$status" = 200 ] || { echo "$path answered $status, not 200" >&2; exit 1; }
done

load() { # label url [extra wrk args]
  local label=$1 url=$2; shift 2
  local threads=2; [ "$CONNECTIONS" -lt 2 ] && threads=1
  wrk -t"$threads" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$work/wrk.txt" 2>&1 || true
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt" | tr '\n' ' ')
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "${rps:-0}" "${p50:-?}" "${p99:-?}" "${errors:-none}"
}

for entry in "${urls[@]}"; do
  for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "$BASE${entry#*|}"; done
done
echo
echo "Cached: wrk, $CONNECTIONS connections, $DURATION per URL, on the same cores as the server"
printf 'request\treq/s\tp50\tp99\terrors\n'
for entry in "${urls[@]}"; do load "${entry%%|*}" "$BASE${entry#*|}"; done

# Uncached: the same jar and database with the page cache off, so that every answer is built from the database.
stop_app
start_app --newsroom.page-cache.enabled=false
echo
echo "Uncached: 1 connection, 5s per URL after $UNCACHED_WARMUP of the same, page cache off"
printf 'request\treq/s\tp50\tp99\terrors\n'
for entry in "${urls[@]}"; do
  # Warmed first so that the figure is the steady cost of an answer, with the JIT's C2 compiler done (bench/site).
  DURATION=$UNCACHED_WARMUP CONNECTIONS=1 load "${entry%%|*}" "$BASE${entry#*|}" >/dev/null
  DURATION=5s CONNECTIONS=1 load "${entry%%|*}" "$BASE${entry#*|}"
done
