#!/usr/bin/env bash
# Benchmark of the reader site: throughput and latency of the article, front, section, tag and search pages under
# load, against nginx serving the article page's own bytes as the machine's ceiling (and each page against nginx serving
# that page's own bytes), plus the cost of an uncached
# render (a second run of the jar on the same database with the page cache off: no request header bypasses it). Loopback
# only; every run is bounded in time; the app, nginx and the database are removed at the end.
#
#   bash bench/site/run.sh                  # 1,000 generated stories
#   ARTICLES=100000 bash bench/site/run.sh  # 100,000
#   WARMUP=0 bash bench/site/run.sh         # a cold start: 64 connections on an empty page cache
#   CURATED=0 bash bench/site/run.sh        # the automatic front page, no stories chosen by editors
#   DB=nr_bench START_TIMEOUT=300 bash bench/site/run.sh  # another database (created, dropped), a slower start
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES=${ARTICLES:-1000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-200} # requests per page before measuring; 0 measures a cold start (empty cache, cold JIT)
CURATED=${CURATED:-1} # 1: the front page and /world are curated fronts (bench/site/arrange-front.sql); 0: automatic
UNCACHED_WARMUP=${UNCACHED_WARMUP:-20s} # uncached requests per page before its uncached render is measured
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
DB=${DB:-newsroom_bench_site} # created, and dropped at the end: never a database you keep
START_TIMEOUT=${START_TIMEOUT:-90} # seconds the application has to answer its front page
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
BASE="http://127.0.0.1:$PORT"
work=$(mktemp -d)
app_pid="" nginx_pid=""

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null && command -v nginx >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
}
jar=$(ls target/newsroom-*.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { JAVA_HOME=$JAVA_HOME ./mvnw -q -B -DskipTests package; jar=$(ls target/newsroom-*.jar | head -1); }

start_app() { # extra arguments for the app; returns once the front page answers 200 (it answers 503 until ready)
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
    NEWSROOM_DEMO_CONTENT=true "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --server.port="$PORT" \
    --management.server.port=0 --logging.level.root=WARN "$@" >>"$work/app.log" 2>&1 &
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

# Generated stories on top of the demo content (bench/site/generate.sql says how they are made).
generated=$((ARTICLES - $(psql -At -d "$DB" -c "select count(*) from articles")))
[ "$generated" -gt 0 ] && psql -q -d "$DB" -v generated="$generated" -f bench/site/generate.sql
[ "$CURATED" = 1 ] && psql -q -d "$DB" -f bench/site/arrange-front.sql >/dev/null
echo "Stories: $(psql -At -d "$DB" -c "select count(*) from articles where status = 'PUBLISHED'")"
echo "Fronts: $([ "$CURATED" = 1 ] && echo "curated (11 chosen stories on /, 10 on /world, one of them unpublished)" || echo automatic)"

article="/middle-east/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva"
curl -s "$BASE$article" >"$work/article.html"
mkdir -p "$work/www"
cp "$work/article.html" "$work/www/index.html"
# Each page's own bytes too, so that each page is also compared with nginx serving the same bytes: the front page is
# about three times the article's size, and against the article's bytes its ratio says as much of its size as of the
# server.
for page in "article|$article" "front|/" "section|/world" "tag|/tag/syria" "search|/search?q=geneva+talks"; do
  curl -s "$BASE${page#*|}" >"$work/www/${page%%|*}.html"
done
chmod 755 "$work" "$work/www" && chmod 644 "$work/www/"*.html   # nginx's workers are not root
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/www; location = / { try_files /index.html =404; }
           location / { default_type text/html; try_files \$uri.html =404; } }
}
NGINX
nginx -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 1

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

# Warm up: every page rendered once (and cached), the JIT warmed on the hit path.
for path in "$article" / /world /tag/syria "/search?q=geneva+talks"; do
  for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "$BASE$path"; done
done

echo
echo "Load: wrk, $CONNECTIONS connections, $DURATION per page, on the same 2 cores as the server"
printf 'page\treq/s\tp50\tp99\terrors\n'
line=$(load "nginx (ceiling)" "http://127.0.0.1:$NGINX_PORT/")
echo "$line"
ceiling=$(echo "$line" | cut -f2)
for page in "article|$article" "front|/" "section|/world" "tag|/tag/syria" "search|/search?q=geneva+talks"; do
  label=${page%%|*} path=${page#*|}
  own=$(load "nginx, the $label's bytes" "http://127.0.0.1:$NGINX_PORT/$label" | cut -f2)
  line=$(load "$label" "$BASE$path")
  rps=$(echo "$line" | cut -f2)
  printf '%s\t(%.2f of nginx; %.2f of nginx serving its own %s bytes at %s req/s)\n' "$line" \
    "$(echo "$rps / $ceiling" | bc -l)" "$(echo "$rps / $own" | bc -l)" "$(wc -c <"$work/www/$label.html")" "$own"
done

# The uncached render: the same jar and database with the page cache turned off. No request header bypasses the cache
# (that would let any reader make the site slow), so this is the only way to measure a render.
stop_app
start_app --newsroom.page-cache.enabled=false
echo
echo "Uncached render: 1 connection, 5s, page cache off (newsroom.page-cache.enabled=false)"
printf 'page\treq/s\tp50\tp99\terrors\n'
for page in "article|$article" "front|/" "section|/world" "tag|/tag/syria" "search|/search?q=geneva+talks"; do
  label=${page%%|*} path=${page#*|}
  # The uncached path warmed first, so that the figure is the steady cost of a render: the JIT's C2 compiler was seen
  # still busy after 30 s of uncached requests, and a render took a third longer meanwhile.
  DURATION=$UNCACHED_WARMUP CONNECTIONS=1 load "$label" "$BASE$path" >/dev/null
  DURATION=5s CONNECTIONS=1 load "$label" "$BASE$path"
done
