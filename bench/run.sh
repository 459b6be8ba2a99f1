#!/usr/bin/env bash
# The benchmark, end to end (README, "Benchmarks"):
#   1. launch to first 200 on H2 with the demo data already loaded (the WAR started twice);
#   2. a fresh PostgreSQL database, its schema and content made by starting the WAR once on it;
#   3. the national data set (100,000 learners) generated and copied in;
#   4. the application started on it (Payara Micro, --nohazelcast, the run profile's JVM flags);
#   5. the load driver (a second JVM on loopback) and pgbench against the same server, in the same
#      run; one table of figures and ratios, written to target/bench/table.md.
# Settings (environment): BENCH_PORT (8092), BENCH_DB (mmicd_bench), BENCH_LEARNERS (100000),
# BENCH_SECONDS (15 per scenario), BENCH_CLIENTS (8), PGHOST (127.0.0.1), PGPORT (5432),
# BENCH_DB_USER / BENCH_DB_PASSWORD (mmicd / mmicd), BENCH_JVM (JVM flags of the application),
# BENCH_DEMO_LEARNERS (240, the H2 demo), BENCH_REUSE_DB=1 (keep a database a run loaded before:
# steps 2 and 3 skipped, e.g. to measure a fix on the same data), BENCH_ONLY (some of the figures,
# e.g. "progress,page": start, progress, lesson, enrollments, page, dashboard, quiz, pdf).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8092}
DB=${BENCH_DB:-mmicd_bench}
LEARNERS=${BENCH_LEARNERS:-100000}
SECONDS_EACH=${BENCH_SECONDS:-15}
CLIENTS=${BENCH_CLIENTS:-8}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
DB_USER=${BENCH_DB_USER:-mmicd}
DB_PASSWORD=${BENCH_DB_PASSWORD:-mmicd}
SEED=20261130
# The run profile's flags (pom.xml): a heap that gives memory back, bounded metaspace, code cache,
# thread stacks and direct buffers, so that the process stays near its heap limit.
JVM=${BENCH_JVM:--Xmx512m -Xms64m -XX:+UseSerialGC -XX:MaxHeapFreeRatio=20 -XX:MinHeapFreeRatio=5 -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:MaxDirectMemorySize=64m}
OUT=target/bench
JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$DB"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
for tool in pgbench curl; do
  command -v "$tool" >/dev/null || { as_root apt-get update -qq; as_root apt-get install -y -qq postgresql-contrib curl; }
done
postgres_sql() { # runs each argument as a statement, as the cluster's superuser
  local args=""
  for statement in "$@"; do args+=" -c \"$statement\""; done
  if [ "$(id -u)" = 0 ]; then su postgres -c "psql -q -p $PGPORT $args"; else sudo -u postgres sh -c "psql -q -p $PGPORT $args"; fi
}

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi
}
trap stop_app EXIT

# start_app <log> <env...>: starts the WAR in the background and sets APP_PID, alone (its web
# sessions in memory, as the run profile keeps them) and with HTTP compression, as in production.
start_app() {
  local log=$1; shift
  env "$@" java $JVM -jar "$OUT/payara-micro.jar" --deploy "$OUT/mmicd-academy.war" \
    --contextroot / --port "$PORT" --nohazelcast \
    --prebootcommandfile cluster/single-instance.asadmin >"$log" 2>&1 &
  APP_PID=$!
}

# await_200 <path>: seconds (one decimal) from now until the path answers 200 (at most 5 minutes).
await_200() {
  local start; start=$(date +%s%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$1")" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see its log" >&2; exit 1; }
    [ $(($(date +%s%N) - start)) -lt 300000000000 ] || { echo "no 200 from $1 in 5 minutes" >&2; exit 1; }
    sleep 0.1
  done
  echo "scale=1; ($(date +%s%N) - $start) / 1000000000" | bc
}

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is taken: stop what runs there first" >&2
  exit 1
fi

echo "== build"
mvn -B -q -DskipTests clean package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
# The run works on copies, so that a build during a run changes nothing it uses.
mkdir -p "$OUT/classes"
cp target/payara-micro.jar target/mmicd-academy.war "$OUT/"
cp -r target/classes target/test-classes "$OUT/classes/"
CP="$OUT/classes/test-classes:$OUT/classes/classes:$(cat target/bench.classpath)"
{
  echo "seconds=$SECONDS_EACH"
  echo "clients=$CLIENTS"
  echo "seed=$SEED"
  echo "only=${BENCH_ONLY:-}"
} >"$OUT/run.properties"
runs() { [ -z "${BENCH_ONLY:-}" ] || [[ ",$BENCH_ONLY," == *",$1,"* ]]; }

if runs start; then
echo "== launch on H2 with demo data already loaded"
rm -rf "$OUT/h2"
H2_ENV=(MMICD_DB_URL="jdbc:h2:file:./$OUT/h2/mmicd;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
  MMICD_DB_USER=sa MMICD_DB_PASSWORD=sa MMICD_DEMO=true MMICD_DEMO_LEARNERS=${BENCH_DEMO_LEARNERS:-240})
start_app "$OUT/h2-first.log" "${H2_ENV[@]}"
first=$(await_200 /)
stop_app
start_app "$OUT/h2-second.log" "${H2_ENV[@]}"
second=$(await_200 /)
stop_app
echo "== Payara Micro alone, the launch's yardstick"
env java $JVM -jar "$OUT/payara-micro.jar" --port "$PORT" --nohazelcast >"$OUT/payara-alone.log" 2>&1 &
APP_PID=$!
start=$(date +%s%N)
until grep -q "ready in" "$OUT/payara-alone.log"; do sleep 0.1; done
alone=$(echo "scale=1; ($(date +%s%N) - $start) / 1000000000" | bc)
stop_app
echo "first start ${first} s, second ${second} s, Payara Micro alone ${alone} s"
echo "row.1=| launch to first 200 of \`/\` on H2, demo data already loaded | ${second} s (first start, loading the demo: ${first} s) | Payara Micro alone ${alone} s | $(echo "scale=1; $second / $alone" | bc)× | ≤ 8 s | $(echo "$second <= 8" | bc | sed 's/1/yes/;s/0/**no**/') |" >>"$OUT/run.properties"
fi

PG_ENV=(MMICD_DB_URL="$JDBC" MMICD_DB_USER="$DB_USER" MMICD_DB_PASSWORD="$DB_PASSWORD" MMICD_DEMO=false
  MMICD_PUBLIC_URL="http://127.0.0.1:$PORT")
if [ "${BENCH_REUSE_DB:-0}" = 1 ]; then
  echo "== reusing database $DB as a run before loaded it"
  echo "row.2=| national data set | loaded by an earlier run (BENCH_REUSE_DB=1) | | | | |" >>"$OUT/run.properties"
else
  echo "== fresh database $DB, schema and content by the application"
  postgres_sql "DROP DATABASE IF EXISTS $DB" "CREATE DATABASE $DB OWNER $DB_USER"
  start_app "$OUT/pg-empty.log" "${PG_ENV[@]}"
  await_200 /health >/dev/null
  stop_app

  echo "== national data set: $LEARNERS learners"
  java -Xmx1g -cp "$CP" org.mmicd.academy.bench.LoadNationalData "$JDBC" "$DB_USER" "$DB_PASSWORD" \
    "$LEARNERS" "$SEED" | tee "$OUT/load.txt"
  loaded=$(grep -o '([0-9.]* s in all)' "$OUT/load.txt" | tr -d '()' | sed 's/ in all//')
  rows=$(grep -o '^[0-9,]* rows' "$OUT/load.txt")
  echo "row.2=| national data set generated and copied in ($LEARNERS learners) | $rows in $loaded | | | minutes, not hours | yes |" >>"$OUT/run.properties"
fi

echo "== the application on the national data set"
start_app "$OUT/pg.log" "${PG_ENV[@]}"
restart=$(await_200 /)
echo "row.3=| restart on PostgreSQL with the national data set, to first 200 of \`/\` | ${restart} s | | | | |" >>"$OUT/run.properties"

echo "== load (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
PGPASSWORD=$DB_PASSWORD java -Xmx512m -cp "$CP" org.mmicd.academy.bench.LoadDriver "http://127.0.0.1:$PORT" \
  "$JDBC" "$DB_USER" "$DB_PASSWORD" "$APP_PID" "$OUT/run.properties"
stop_app
{
  echo
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(free -g | awk '/Mem:/ {print $2}') GB RAM; load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee -a "$OUT/table.md"
echo "The table: $OUT/table.md"
