#!/usr/bin/env bash
# Records the SQL that a release runs, for RollingUpgradeTest: while instances of that release keep serving during a
# rolling upgrade, the new release's migrations have already run, so every statement of the old release must still
# parse against the new schema.
#
#   deploy/upgrade/record-release-statements.sh [REF] [TEST_CLASSES]
#
# REF (default: main) is the release being replaced: the commit that production runs. The script checks it out in a
# temporary worktree, runs TEST_CLASSES of ITS test suite (default: reader pages, feeds, search, the editor's
# flows, scheduling) on a new database of the local PostgreSQL with log_statement=all set for that database only,
# and writes every distinct SELECT/INSERT/UPDATE/DELETE/WITH that it sent (one a line, parameters as $1…) to
# src/test/resources/upgrade/previous-release.sql. Needs: PostgreSQL superuser access on PGHOST (to set
# log_statement on the database), its server log readable (PG_LOG, default Debian's
# /var/log/postgresql/postgresql-<major>-main.log) and a JDK 21+ (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

ref=${1:-main}
tests=${2:-FrontPageTest,GenevaArticlePageTest,ListingPagesTest,SearchTest,AtomFeedTest,SitemapTest,TwoInstancesTest,ScheduledPublishingTest,EditorialWorkflowTest,LeadImageTest,RevisionsTest,ImageUploadTest}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
major=$(psql -X -A -t -c "show server_version_num" | awk '{ print int($1 / 10000) }')
log=${PG_LOG:-/var/log/postgresql/postgresql-$major-main.log}
[ -r "$log" ] || { echo "record-release-statements.sh: cannot read the server log $log (set PG_LOG)" >&2; exit 1; }

commit=$(git rev-parse --verify "$ref^{commit}")
db="newsroom_record_$(date +%s)_$$"
work=$(mktemp -d)
cleanup() {
  psql -X -q -d postgres -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  for d in $(psql -X -A -t -d postgres -c "select datname from pg_database where starts_with(datname, '${db}_')" 2>/dev/null); do
    psql -X -q -d postgres -c "drop database if exists $d with (force)" >/dev/null 2>&1 || true
  done
  git -C "$repo" worktree remove --force "$work/tree" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git worktree add --detach "$work/tree" "$commit" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "create database $db encoding 'UTF8' template template0"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "alter database $db set log_statement = 'all'"
start=$(stat -c %s "$log")

(cd "$work/tree" &&
  NEWSROOM_TEST_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" NEWSROOM_TEST_DB_USER="$PGUSER" \
    NEWSROOM_TEST_DB_PASSWORD="${PGPASSWORD:-}" CI=true \
    ./mvnw -B -q test -Dspotless.check.skip=true -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false) ||
  echo "record-release-statements.sh: some of the release's tests failed; their statements are recorded all the same" >&2

# The log's entries for this database: "… user@db LOG:  execute <name>: SQL" or "statement: SQL", continued on lines
# that start with a tab. Each becomes one line; only the data statements are kept, once each.
out=src/test/resources/upgrade/previous-release.sql
{
  echo "-- The SQL statements that release $commit ran (its app and tests: $tests),"
  echo "-- recorded by deploy/upgrade/record-release-statements.sh on $(date -u +%Y-%m-%d). One a line; RollingUpgradeTest"
  echo "-- prepares each against the current schema."
  tail -c +"$((start + 1))" "$log" | awk -v db="@$db " '
    function flush() { if (sql != "") print sql; sql = "" }
    # A line comment ends where its line does: dropped, or joining the lines would comment out the rest.
    function code(text) { sub(/--.*$/, "", text); return text }
    /^\t/ { if (keep) { line = $0; sub(/^\t/, " ", line); sql = sql code(line) } ; next }
    {
      flush(); keep = 0
      if (index($0, db) && match($0, / LOG:  (execute [^:]*|statement): /)) {
        keep = 1; sql = code(substr($0, RSTART + RLENGTH))
      }
    }
    END { flush() }
  ' | sed -E 's/[[:space:]]+/ /g; s/^ //; s/ $//' |
    grep -iE '^(select|insert|update|delete|with) ' |
    grep -viE 'flyway_schema_history|pg_catalog|information_schema|pg_database' |
    LC_ALL=C sort -u
} >"$out.partial"
mv "$out.partial" "$out"
echo "$(grep -vc '^--' "$out") statements of $commit in $out"
