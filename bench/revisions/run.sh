#!/usr/bin/env bash
# Benchmark: a story with 500 revisions. Measures the server time of its history page and of comparing two
# revisions (first against last, and middle against the live version), over loopback, with the packaged jar on the
# machine's PostgreSQL. Bounded: 60 requests per page, then it stops the app and drops its database.
set -euo pipefail
cd "$(dirname "$0")/../.."

REVISIONS=${REVISIONS:-500}
REQUESTS=${REQUESTS:-60}
PORT=${PORT:-18080}
DB=newsroom_bench_revisions
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

jar=$(ls target/newsroom-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then
  JAVA_HOME=$JAVA_HOME ./mvnw -q -B -DskipTests package
  jar=$(ls target/newsroom-*.jar | head -1)
fi

psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  NEWSROOM_ADMIN_EMAIL=bench@example.org NEWSROOM_ADMIN_PASSWORD=bench-password-123 NEWSROOM_DEMO_CONTENT=true \
  "$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" --server.port="$PORT" --management.server.port=0 --logging.level.root=WARN >"$work/app.log" 2>&1 &
app_pid=$!
ready=""
for _ in $(seq 1 60); do curl -sf "$BASE/readyz" >/dev/null && { ready=1; break; }; sleep 1; done
[ -n "$ready" ] || { echo "The application did not become ready at $BASE/readyz within 60 s; see $work/app.log" >&2; exit 1; }

# Sign in as a browser would: the login form's CSRF token, then the form.
jar_file="$work/cookies"
token=$(curl -s -c "$jar_file" -b "$jar_file" "$BASE/admin/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -c "$jar_file" -b "$jar_file" -o /dev/null --data-urlencode "username=bench@example.org" \
  --data-urlencode "password=bench-password-123" --data-urlencode "_csrf=$token" "$BASE/admin/login"

# The Geneva II story (seeded) gets REVISIONS revisions, each with one word of the body changed.
article=$(psql -At -d "$DB" -c "select id from articles where slug = 'syrian-rivals-resume-peace-talks-in-geneva'")
psql -q -d "$DB" <<SQL
insert into article_revisions (article_id, number, kind, headline, deck, body_markdown, slug, section_id, tag_ids,
                               author_ids, dateline, language, created_at, created_by_name)
select a.id, n + 1, 'SAVED', a.headline, a.deck,
       replace(a.body_markdown, 'Monday', 'Monday (' || n || ')'), a.slug, a.section_id, '{}', '{}',
       a.dateline, a.language, now() - interval '1 minute' * ($REVISIONS - n), 'Bench Editor'
from articles a, generate_series(0, $REVISIONS - 1) n where a.id = $article;
SQL
first=$(psql -At -d "$DB" -c "select id from article_revisions where article_id = $article order by number limit 1")
middle=$(psql -At -d "$DB" -c "select id from article_revisions where article_id = $article and number = $((REVISIONS / 2))")
last=$(psql -At -d "$DB" -c "select id from article_revisions where article_id = $article order by number desc limit 1")

measure() { # label path
  local label=$1 path=$2 times="$work/times"
  : >"$times"
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar_file" "$BASE$path"; done # warm-up
  for _ in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null -b "$jar_file" -w "%{http_code} %{time_starttransfer}\n" "$BASE$path" >>"$times"
  done
  if grep -qv '^200 ' "$times"; then echo "$label: non-200 answers" >&2; exit 1; fi
  awk '{print $2 * 1000}' "$times" | sort -n | awk -v label="$label" '
    { t[NR] = $1 } END { printf "%-34s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d requests)\n",
      label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR], NR }'
}

echo "Story with $(psql -At -d "$DB" -c "select count(*) from article_revisions where article_id = $article") revisions"
measure "history page" "/admin/articles/$article/history"
measure "compare first with last" "/admin/articles/$article/compare?from=$first&to=$last"
measure "compare middle with live" "/admin/articles/$article/compare?from=$middle&to=live"
