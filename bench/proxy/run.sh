#!/usr/bin/env bash
# Benchmark of the reader site through the caching proxy with one application replica against two, as compose runs
# it (docker-compose.yml: Varnish in front of the replicas), but with processes on this machine since no Docker engine
# runs here: Debian's varnishd with deploy/varnish/default.vcl's rules and a round-robin director over the replicas,
# each replica the packaged jar on one shared database.
#
# Three kinds of request, each with one replica and with two:
#   hit     - public pages as readers get them: answered by Varnish from its cache (the replicas are idle);
#   pass    - the same pages passed through Varnish to the replicas (a bench-only header), which answer from their
#             own page cache: what the replicas add when Varnish cannot keep a page (a miss, a purge, a cookie);
#   render  - passed too, with the replicas' page cache off: every request a render and its SQL.
# Loopback only; every run is bounded in time; the apps, Varnish and the database are removed at the end.
#
#   bash bench/proxy/run.sh                      # 1,000 generated stories, 20 s a run, 64 connections
#   DURATION=10s ARTICLES=300 bash bench/proxy/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES=${ARTICLES:-1000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
PORTS=(${PORT_A:-18095} ${PORT_B:-18096})
VARNISH_PORT=${VARNISH_PORT:-18097}
START_TIMEOUT=${START_TIMEOUT:-300}
DB=${DB:-newsroom_bench_proxy}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
VARNISH="http://127.0.0.1:$VARNISH_PORT"
work=$(mktemp -d)
chmod 755 "$work" # varnishd's child runs as another user and reads its working directory here
app_pids=() varnish_pid=""

cleanup() {
  stop_apps
  [ -n "$varnish_pid" ] && kill "$varnish_pid" 2>/dev/null && wait "$varnish_pid" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
stop_apps() {
  for pid in "${app_pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  app_pids=()
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -x /usr/sbin/varnishd ] || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null
}
jar=$(ls target/newsroom-*.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { JAVA_HOME=$JAVA_HOME ./mvnw -q -B -DskipTests package; jar=$(ls target/newsroom-*.jar | head -1); }

start_apps() { # $1: how many replicas; then extra arguments for each
  local count=$1 i
  shift
  for ((i = 0; i < count; i++)); do
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
      NEWSROOM_DEMO_CONTENT=true "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --server.port="${PORTS[$i]}" \
      --management.server.port=0 --logging.level.root=WARN "$@" >>"$work/app-$i.log" 2>&1 &
    app_pids+=($!)
  done
  for ((i = 0; i < count; i++)); do
    local up=""
    for _ in $(seq 1 "$START_TIMEOUT"); do
      curl -sf -o /dev/null "http://127.0.0.1:${PORTS[$i]}/" && { up=1; break; }
      sleep 1
    done
    [ -n "$up" ] || { echo "Replica $i did not answer within $START_TIMEOUT s:" >&2; tail -50 "$work/app-$i.log" >&2; exit 1; }
  done
}

start_varnish() { # $1: how many replicas behind it
  local count=$1 i
  {
    echo "vcl 4.1;"
    echo "import directors;"
    for ((i = 0; i < count; i++)); do
      echo "backend replica$i { .host = \"127.0.0.1\"; .port = \"${PORTS[$i]}\"; }"
    done
    echo "sub vcl_init { new replicas = directors.round_robin();"
    for ((i = 0; i < count; i++)); do echo "  replicas.add_backend(replica$i);"; done
    echo "}"
    # Runs before the shared rules' vcl_recv (subroutines of one name are joined in the order they appear).
    echo 'sub vcl_recv { set req.backend_hint = replicas.backend(); if (req.http.X-Bench-Pass) { return (pass); } }'
    # The shared rules: default.vcl's purgers ACL (without its "vcl" line, its one backend and its include) and the
    # rules it includes, newsroom.vcl.
    sed -e '/^vcl 4/d' -e '/^backend default {/,/^}/d' -e '/^include "\.\/newsroom\.vcl";$/d' deploy/varnish/default.vcl
    cat deploy/varnish/newsroom.vcl
  } >"$work/bench.vcl"
  chmod a+r "$work/bench.vcl"
  /usr/sbin/varnishd -F -a "127.0.0.1:$VARNISH_PORT" -T 127.0.0.1:0 -f "$work/bench.vcl" -n "$work/varnish" \
    -s malloc,256m >>"$work/varnish.log" 2>&1 &
  varnish_pid=$!
  for _ in $(seq 1 30); do curl -sf -o /dev/null "$VARNISH/" && return; sleep 1; done
  echo "Varnish did not answer at $VARNISH/:" >&2
  cat "$work/varnish.log" >&2
  exit 1
}
stop_varnish() {
  kill "$varnish_pid" 2>/dev/null && wait "$varnish_pid" 2>/dev/null || true
  varnish_pid=""
}

psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
start_apps 1
generated=$((ARTICLES - $(psql -At -d "$DB" -c "select count(*) from articles")))
[ "$generated" -gt 0 ] && psql -q -d "$DB" -v generated="$generated" -f bench/site/generate.sql
stop_apps

# The pages: the front page, the sections, the Geneva story and 50 random published stories.
{
  echo "/"
  psql -At -d "$DB" -c "select '/' || slug from sections where parent_id is null"
  echo "/middle-east/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva"
  psql -At -d "$DB" -c "
    select '/' || s.slug || '/' || to_char(a.published_at at time zone 'UTC', 'YYYY/MM/DD') || '/' || a.slug
    from articles a join sections s on s.id = a.section_id
    where a.status = 'PUBLISHED' order by random() limit 50"
} >"$work/paths"

run() { # $1: label; $2: extra header or empty
  local header=() results
  [ -n "$2" ] && header=(-H "$2")
  while read -r path; do
    for _ in 1 2 3; do curl -s -o /dev/null "${header[@]}" "$VARNISH$path"; done
  done <"$work/paths"
  results=$(PATHS_FILE="$work/paths" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${header[@]}" \
    -s bench/proxy/paths.lua "$VARNISH")
  printf '%-24s %10s req/s   p50 %9s   p99 %9s   %s   non-2xx/3xx: %s\n' "$1" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$results")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$results")" "$(awk '$1 == "99%" {print $2}' <<<"$results")" \
    "$(grep -o 'varnish hits: [0-9.]*%' <<<"$results")" \
    "$(awk '/Non-2xx/ {print $NF}' <<<"$results" | grep . || echo 0)"
}

echo "Pages: $(wc -l <"$work/paths"), $CONNECTIONS connections, $DURATION a run, $(nproc) cores"
for replicas in 1 2; do
  start_apps "$replicas"
  start_varnish "$replicas"
  run "hit, $replicas replica(s)" ""
  run "pass, $replicas replica(s)" "X-Bench-Pass: 1"
  stop_varnish
  stop_apps
  start_apps "$replicas" --newsroom.page-cache.enabled=false
  start_varnish "$replicas"
  run "render, $replicas replica(s)" "X-Bench-Pass: 1"
  stop_varnish
  stop_apps
done
