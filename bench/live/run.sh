#!/usr/bin/env bash
# Benchmark: live coverage at scale on one instance. READERS (2,000) Server-Sent Event streams of the demo's live
# story held open over loopback, an entry posted through the admin form every INTERVAL (5) seconds for DURATION (30)
# seconds, and meanwhile wrk reading a cached article page. Prints each entry's delivery time to the streams
# (p50/p99/max), the server's heap and resident memory per open stream, the streams gauge, wrk's figures and the
# machine's load. Bounded: DURATION seconds of posts after the streams open (2 minutes at most to open them), then it
# stops the app and drops its database.
set -euo pipefail
cd "$(dirname "$0")/../.."

READERS=${READERS:-2000}
DURATION=${DURATION:-30}
INTERVAL=${INTERVAL:-5}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18085}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18086}
DB=newsroom_bench_live
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
BASE="http://127.0.0.1:$PORT"
ARTICLE=/middle-east/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva
work=$(mktemp -d)
app_pid=""
readers_pid=""
gauge_pid=""

cleanup() {
  for pid in $readers_pid $gauge_pid; do kill "$pid" 2>/dev/null || true; done
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Every stream is a socket on both sides of loopback.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" -gt $((READERS * 2 + 200)) ] || { echo "ulimit -n is $(ulimit -n): too few for $READERS streams" >&2; exit 1; }

jar=$(ls target/newsroom-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/newsroom-*.jar | head -1)
fi

echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  NEWSROOM_ADMIN_EMAIL=bench@example.org NEWSROOM_ADMIN_PASSWORD=bench-password-123 NEWSROOM_DEMO_CONTENT=true \
  java -Xmx512m -jar "$jar" --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" \
  --newsroom.live.max-streams=$((READERS + 10)) --logging.level.root=WARN >"$work/app.log" 2>&1 &
app_pid=$!
ready=""
for _ in $(seq 1 90); do curl -sf "$BASE/readyz" >/dev/null && { ready=1; break; }; sleep 1; done
[ -n "$ready" ] || { echo "The application did not become ready at $BASE/readyz within 90 s; see $work/app.log" >&2; cat "$work/app.log" >&2; exit 1; }

cookies="$work/cookies"
token=$(curl -s -c "$cookies" -b "$cookies" "$BASE/admin/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=bench@example.org" \
  --data-urlencode "password=bench-password-123" --data-urlencode "_csrf=$token" "$BASE/admin/login"

# The demo's live story of the Geneva II talks, its coverage started again.
story=$(psql -At -d "$DB" -c "select id from articles where slug = 'geneva-ii-talks-live'")
token=$(curl -s -c "$cookies" -b "$cookies" "$BASE/admin/live/$story" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
status=$(curl -s -c "$cookies" -b "$cookies" -o /dev/null -w '%{http_code}' --data-urlencode "_csrf=$token" "$BASE/admin/live/$story/restart")
[ "$status" = 302 ] || { echo "Starting the coverage again answered $status" >&2; exit 1; }
cookie_header=$(awk -F'\t' 'NF >= 7 && (!/^#/ || /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$cookies")

for _ in 1 2 3 4 5; do curl -s -o /dev/null "$BASE$ARTICLE"; done # into the page cache

posts=$((DURATION / INTERVAL))
java bench/live/SseReaders.java "$PORT" "$story" "$READERS" "$posts" "$INTERVAL" "$app_pid" "$cookie_header" "$token" \
  >"$work/readers.log" 2>&1 &
readers_pid=$!
for _ in $(seq 1 240); do grep -q 'streams open' "$work/readers.log" && break; kill -0 "$readers_pid" 2>/dev/null || break; sleep 0.5; done
( while sleep 2; do curl -s "http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus" | awk '/^newsroom_live_streams/ { print $2 }'; done ) >"$work/gauge" 2>/dev/null &
gauge_pid=$!
# The streams' memory is measured (two full GCs) before the posts start; wrk starts with the posts.
for _ in $(seq 1 240); do grep -q 'per stream' "$work/readers.log" && break; kill -0 "$readers_pid" 2>/dev/null || break; sleep 0.5; done
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE$ARTICLE" >"$work/wrk.log" 2>&1 || true
wait "$readers_pid" || true
readers_pid=""
kill "$gauge_pid" 2>/dev/null || true
gauge_pid=""

cat "$work/readers.log"
echo "newsroom_live_streams (gauge, every 2 s): max $(sort -n "$work/gauge" | tail -1)"
echo "Cached article page $ARTICLE while the streams were open and the entries posted, wrk $CONNECTIONS connections:"
grep -E 'Requests/sec|Latency|50%|99%|Non-2xx|Socket errors' "$work/wrk.log" || cat "$work/wrk.log"
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
