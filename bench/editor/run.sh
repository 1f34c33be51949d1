#!/usr/bin/env bash
# Benchmark: the rich editor with a 5,000-word story. Runs LongStoryEditorBrowserTest (real Chromium, the application
# on a random port of loopback) on a throwaway database of the local PostgreSQL, RUNS times, and prints the figures
# each run wrote: the editor's load time and the main-thread time per key press. Bounded: 200 key presses a run; it
# drops its database at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-3}
DB=newsroom_bench_editor
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

cleanup() {
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

for run in $(seq 1 "$RUNS"); do
  psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB encoding 'UTF8' template template0"
  CI=true NEWSROOM_TEST_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" NEWSROOM_TEST_DB_USER=$PGUSER \
    NEWSROOM_TEST_DB_PASSWORD=${PGPASSWORD:-} \
    ./mvnw -q -B test -Dtest=LongStoryEditorBrowserTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
  echo "--- run $run of $RUNS"
  cat target/bench/editor-long-story.txt
done
