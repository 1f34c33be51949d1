#!/usr/bin/env bash
# Benchmark: does webhook fan-out slow the editor's publish request? Starts the application (the compiled classes, on
# a throwaway database of the local PostgreSQL, loopback receivers allowed) and one local receiver
# (bench/webhooks/receiver.py), signs in as an editor with curl, and times PUBLISHES publish requests
# (POST /admin/articles, action=publish) with no endpoint, then again with ENDPOINTS endpoints registered, each
# wanting article.published with the story's ninjs; each of the two back to back and then paced (the next publish once
# the last one's deliveries are in). Prints p50, p90 and the slowest of each phase, and how many deliveries the
# receiver got. Bounded: a fixed number of requests, every wait has a limit; it stops the application
# and the receiver and drops its database at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

PUBLISHES=${PUBLISHES:-30}
ENDPOINTS=${ENDPOINTS:-20}
PORT=${PORT:-18191}
RECEIVER_PORT=${RECEIVER_PORT:-18193}
DB=newsroom_bench_webhooks
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
WORK=$(mktemp -d)
BASE=http://127.0.0.1:$PORT
ADMIN=bench-admin@example.org
PASSWORD=bench-password-long-enough

cleanup() {
  [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  [ -n "${RECEIVER:-}" ] && kill "$RECEIVER" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=runtime >/dev/null
psql -q -d postgres -c "set client_min_messages = warning" -c "drop database if exists $DB with (force)" -c "create database $DB encoding 'UTF8' template template0"

python3 bench/webhooks/receiver.py "$RECEIVER_PORT" >"$WORK/received.log" 2>&1 &
RECEIVER=$!

SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} NEWSROOM_ADMIN_EMAIL=$ADMIN NEWSROOM_ADMIN_PASSWORD=$PASSWORD \
  "$JAVA_HOME/bin/java" -cp "target/classes:$(cat "$WORK/cp.txt")" org.newsroom.NewsroomApplication \
  --server.port="$PORT" --management.server.port=0 --newsroom.demo-content=true \
  --newsroom.webhooks.allowed-networks=127.0.0.0/8 >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 180); do
  curl -sf -o /dev/null "$BASE/readyz" && break
  kill -0 "$APP" 2>/dev/null || { tail -20 "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -sf -o /dev/null "$BASE/readyz" || { echo "the application did not get ready in 180 s"; exit 1; }

JAR=$WORK/cookies.txt
token() { curl -s -m 10 -b "$JAR" -c "$JAR" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
curl -s -m 10 -o /dev/null -b "$JAR" -c "$JAR" -d "username=$ADMIN" -d "password=$PASSWORD" \
  -d "_csrf=$(token /admin/login)" "$BASE/admin/login"
CSRF=$(token /admin/webhooks)
SECTION=$(psql -Atq -d "$DB" -c "select id from sections order by id limit 1")

# Deliveries the receiver has printed. Its threads print a line each, but lines written at the same instant may share
# one, so the deliveries are counted, not the lines.
# (A line is "<webhook-id> <type> …": the type after a space, unlike the quoted one in the body's start.)
received() { { grep -o ' article\.published' "$WORK/received.log" || true; } | wc -l; }

publish() { # phase, count[, deliveries to wait for after each publish]: prints one time (seconds) per request
  for i in $(seq 1 "$2"); do
    curl -s -m 30 -o /dev/null -w "%{http_code} %{time_total}\n" -b "$JAR" -c "$JAR" -d "_csrf=$CSRF" \
      -d action=publish -d "headline=Bench $1 story $i" -d "deck=A deck" -d "body=The body of a bench story." \
      -d "sectionId=$SECTION" -d language=en "$BASE/admin/articles"
    if [ -n "${3:-}" ]; then # paced: the next publish once this one's deliveries are all in (30 s at most), and
      want=$(($(received) + $3)) # half a second after, without endpoints as with them
      for _ in $(seq 1 300); do [ "$(received)" -ge "$want" ] && break; sleep 0.1; done
      sleep 0.5
    fi
  done
}

summary() { # label, file of "code seconds"
  grep -c '^302 ' "$2" >/dev/null || { echo "$1: no publish succeeded"; cat "$2"; exit 1; }
  awk '{print $2 * 1000}' "$2" | sort -n | awk -v label="$1" '
    { t[NR] = $1 }
    END { p90 = int(NR * 0.9 + 0.5); if (p90 < 1) p90 = 1
          printf "%s: %d publishes, p50 %.0f ms, p90 %.0f ms, slowest %.0f ms\n", label, NR, t[int((NR + 1) / 2)],
          t[p90], t[NR] }'
}

publish warmup 5 >/dev/null
publish none "$PUBLISHES" >"$WORK/none.txt"
publish none-paced "$PUBLISHES" 0 >"$WORK/none-paced.txt"
for n in $(seq 1 "$ENDPOINTS"); do
  curl -s -m 10 -o /dev/null -b "$JAR" -c "$JAR" -d "_csrf=$CSRF" -d "url=http://127.0.0.1:$RECEIVER_PORT/hooks/$n" \
    -d "description=bench $n" -d events=article.published -d payload=ninjs "$BASE/admin/webhooks"
done
REGISTERED=$(psql -Atq -d "$DB" -c "select count(*) from webhook_endpoints where enabled")
publish endpoints "$PUBLISHES" >"$WORK/endpoints.txt"
EXPECTED=$((REGISTERED * PUBLISHES))
for _ in $(seq 1 120); do
  [ "$(received)" -ge "$EXPECTED" ] && break
  sleep 1
done
# Back to back, the next publish shares the two cores with the last one's deliveries; paced, each publish waits until
# the deliveries of the one before are in, so it shows what the request itself costs with the endpoints registered.
publish paced "$PUBLISHES" "$REGISTERED" >"$WORK/paced.txt"
EXPECTED=$((EXPECTED + REGISTERED * PUBLISHES))
for _ in $(seq 1 120); do
  [ "$(received)" -ge "$EXPECTED" ] && break
  sleep 1
done

summary "publish, 0 endpoints, back to back" "$WORK/none.txt"
summary "publish, 0 endpoints, paced" "$WORK/none-paced.txt"
summary "publish, $REGISTERED endpoints, back to back" "$WORK/endpoints.txt"
summary "publish, $REGISTERED endpoints, paced" "$WORK/paced.txt"
echo "deliveries received: $(received) of $EXPECTED"
psql -Atq -d "$DB" -c "select 'delivery log: ' || status || ' ' || count(*) from webhook_deliveries group by status"
