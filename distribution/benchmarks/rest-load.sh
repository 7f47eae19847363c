#!/usr/bin/env bash
# REST load benchmark (issue 5): the built server on PostgreSQL, driven by wrk at 8 connections,
# against pgbench on the same database in the same run, so the figures are ratios measured side by
# side on the same machine.
#
#   GET /api/v1/records/account/{id}  vs  pgbench -S -M prepared     goal: >= 25 % of TPS, p95 <= 20 ms
#   POST /api/v1/records/account      vs  single-row INSERT + commit goal: >= 30 % of TPS
#
# Needs: the built server (./mvnw install -DskipTests), PostgreSQL 15+ reachable without a password
# prompt (trust, or PGPASSWORD), psql and pgbench (Debian: apt-get install -y postgresql-client),
# wrk (Debian: apt-get install -y wrk), curl, python3.
#
# Settings (environment):
#   BENCH_PGHOST / BENCH_PGPORT / BENCH_PGUSER / BENCH_PGDATABASE   default 127.0.0.1 / 5432 / postgres / test
#   BENCH_PORT_OFFSET   port offset of the server (default 200: HTTP 8280)
#   BENCH_SECONDS       duration of each of the four measurements (default 20)
#   BENCH_SEED_RECORDS  accounts created (through the bulk API) before GET is measured (default 2000)
#   BENCH_CONNECTIONS   connections for wrk and clients for pgbench (default 8)
# The server uses its own schema (rest_bench) and pgbench another (pgbench_rest); both are dropped
# and recreated. Everything started here is stopped at the end.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SERVER_HOME="${BENCH_SERVER_HOME:-$HERE/../target/tsumugi}"
PGHOST="${BENCH_PGHOST:-127.0.0.1}"
PGPORT="${BENCH_PGPORT:-5432}"
PGUSER="${BENCH_PGUSER:-postgres}"
PGDATABASE="${BENCH_PGDATABASE:-test}"
export PGHOST PGPORT PGUSER PGDATABASE
OFFSET="${BENCH_PORT_OFFSET:-200}"
SECONDS_EACH="${BENCH_SECONDS:-20}"
SEED="${BENCH_SEED_RECORDS:-2000}"
CONNS="${BENCH_CONNECTIONS:-8}"
THREADS=2
HTTP="http://127.0.0.1:$((8080 + OFFSET))"
SCHEMA=rest_bench
PGB_SCHEMA=pgbench_rest

for tool in wrk pgbench psql curl python3; do
  command -v "$tool" >/dev/null || {
    echo "rest-load: $tool is missing (wrk: apt-get install -y wrk; pgbench/psql: apt-get install -y postgresql-client)" >&2
    exit 2
  }
done
[ -x "$SERVER_HOME/bin/tsumugi.sh" ] || { echo "rest-load: no server in $SERVER_HOME; run ./mvnw install -DskipTests" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/tsumugi-bench.XXXXXX")"
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

echo "== preparing PostgreSQL $PGHOST:$PGPORT/$PGDATABASE (schemas $SCHEMA, $PGB_SCHEMA)"
psql -q -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE; CREATE SCHEMA $SCHEMA;" \
  -c "DROP SCHEMA IF EXISTS $PGB_SCHEMA CASCADE; CREATE SCHEMA $PGB_SCHEMA;"
PGOPTIONS="-c search_path=$PGB_SCHEMA" pgbench -q -i -s 10 >"$WORK/pgbench-init.log" 2>&1
PGOPTIONS="-c search_path=$PGB_SCHEMA" psql -q -v ON_ERROR_STOP=1 -c \
  "CREATE TABLE bench_insert (id BIGSERIAL PRIMARY KEY, name VARCHAR(255) NOT NULL, phone VARCHAR(40),
     employees BIGINT, created_at TIMESTAMPTZ NOT NULL, version BIGINT NOT NULL)"
cat >"$WORK/insert.sql" <<'SQL'
\set n random(1, 1000000000)
INSERT INTO bench_insert (name, phone, employees, created_at, version) VALUES ('会社 ' || :n, '03-1234-5678', :n % 1000, now(), 1);
SQL

echo "== starting the server on PostgreSQL (port $((8080 + OFFSET)))"
PASSWORD="Bench-$RANDOM-$RANDOM"
TSUMUGI_DATA_DIR="$WORK/data" TSUMUGI_PORT_OFFSET="$OFFSET" TSUMUGI_ADMIN_PASSWORD="$PASSWORD" \
  TSUMUGI_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA" \
  TSUMUGI_DB_USER="$PGUSER" TSUMUGI_API_RATE_LIMIT=1000000 TSUMUGI_API_RATE_BURST=1000000 \
  bash "$SERVER_HOME/bin/tsumugi.sh" >"$WORK/server.out" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do
  curl -fsS "$HTTP/api/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.out" >&2; exit 1; }
  sleep 1
done
curl -fsS "$HTTP/api/health" >/dev/null

TOKEN="$(curl -fsS -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark","scope":"read-write"}' "$HTTP/api/v1/tokens" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"

echo "== seeding $SEED accounts through the bulk API"
python3 - "$HTTP" "$TOKEN" "$SEED" >"$WORK/ids.txt" <<'PY'
import json, sys, urllib.request
http, token, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
for start in range(0, seed, 200):
    records = [{"name": f"ベンチ商事 {i}", "phone": "03-1234-5678", "employees": i % 1000}
               for i in range(start, min(seed, start + 200))]
    req = urllib.request.Request(f"{http}/api/v1/records/account/bulk",
        data=json.dumps({"operation": "create", "records": records}).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    for r in json.load(urllib.request.urlopen(req))["results"]:
        print(r["id"])
PY

# wrk reports p50..p99 with --latency, not p95: each script prints p95 itself.
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT tps=%.1f p95_ms=%.2f p50_ms=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(95) / 1000,
    latency:percentile(50) / 1000, summary.requests, errors))
end
LUA
{
  echo "local ids = {$(paste -sd, "$WORK/ids.txt")}"
  echo "local n = 0"
  echo "request = function()"
  echo "  n = n + 1"
  echo "  return wrk.format('GET', '/api/v1/records/account/' .. ids[(n % #ids) + 1])"
  echo "end"
  cat "$WORK/report.lua"
} >"$WORK/get.lua"
{
  echo "local n = 0"
  echo "local tid = tostring(math.random(1, 1000000000))"
  echo "wrk.method = 'POST'"
  echo "wrk.headers['Content-Type'] = 'application/json'"
  echo "request = function()"
  echo "  n = n + 1"
  echo "  return wrk.format(nil, '/api/v1/records/account', nil,"
  echo "    '{\"name\":\"負荷商事 ' .. tid .. '-' .. n .. '\",\"phone\":\"0312345678\",\"employees\":' .. (n % 1000) .. '}')"
  echo "end"
  cat "$WORK/report.lua"
} >"$WORK/create.lua"

wrk_run() { # name script
  echo "== wrk $1: $CONNS connections, ${SECONDS_EACH}s" >&2
  wrk -t"$THREADS" -c"$CONNS" -d2s -H "Authorization: Bearer $TOKEN" -s "$WORK/$2" "$HTTP" >/dev/null # warm-up
  wrk -t"$THREADS" -c"$CONNS" -d"${SECONDS_EACH}s" -H "Authorization: Bearer $TOKEN" -s "$WORK/$2" "$HTTP" |
    tee "$WORK/wrk-$1.log" >&2
  grep '^RESULT' "$WORK/wrk-$1.log"
}

pgbench_run() { # name, pgbench arguments...
  local name="$1"; shift
  echo "== pgbench $name: $CONNS clients, ${SECONDS_EACH}s" >&2
  mkdir -p "$WORK/pglog-$name"
  (cd "$WORK/pglog-$name" &&
    PGOPTIONS="-c search_path=$PGB_SCHEMA" pgbench -n -M prepared -c "$CONNS" -j "$THREADS" \
      -T "$SECONDS_EACH" -l "$@" >"$WORK/pgbench-$name.log" 2>&1)
  local tps p95 p50
  tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench-$name.log" | tail -n 1)"
  # Per-transaction logs: the third column is the latency in microseconds.
  read -r p50 p95 < <(cat "$WORK/pglog-$name"/pgbench_log.* | awk '{print $3}' | sort -n |
    awk '{a[NR]=$1} END {printf "%.2f %.2f\n", a[int(NR*0.50)]/1000, a[int(NR*0.95)]/1000}')
  echo "RESULT tps=$tps p95_ms=$p95 p50_ms=$p50"
}

GET_RESULT="$(wrk_run get get.lua)"
PGB_S_RESULT="$(pgbench_run select -S)"
CREATE_RESULT="$(wrk_run create create.lua)"
PGB_I_RESULT="$(pgbench_run insert -f "$WORK/insert.sql")"

python3 - "$GET_RESULT" "$PGB_S_RESULT" "$CREATE_RESULT" "$PGB_I_RESULT" "$CONNS" "$SECONDS_EACH" <<'PY'
import sys
def parse(line):
    return {k: float(v) for k, v in (p.split("=") for p in line.split()[1:])}
get, sel, create, ins = (parse(a) for a in sys.argv[1:5])
conns, secs = sys.argv[5], sys.argv[6]
print()
print(f"Results ({conns} connections, {secs} s each, same server and database, same run)")
print("| measurement | TPS | p50 ms | p95 ms |")
print("| --- | --- | --- | --- |")
for name, r in (("REST GET /records/account/{id}", get), ("pgbench -S -M prepared", sel),
                ("REST POST /records/account (create)", create), ("pgbench INSERT+commit", ins)):
    print(f"| {name} | {r['tps']:.0f} | {r['p50_ms']:.2f} | {r['p95_ms']:.2f} |")
errors = int(get.get("errors", 0) + create.get("errors", 0))
g, c = get["tps"] / sel["tps"], create["tps"] / ins["tps"]
print()
print(f"GET:    {g:.1%} of pgbench -S (goal >= 25%): {'met' if g >= 0.25 else 'NOT met'};"
      f" p95 {get['p95_ms']:.2f} ms (goal <= 20 ms): {'met' if get['p95_ms'] <= 20 else 'NOT met'}")
print(f"create: {c:.1%} of INSERT+commit (goal >= 30%): {'met' if c >= 0.30 else 'NOT met'}")
print(f"HTTP errors or non-2xx answers during the runs: {errors}")
PY
echo "(logs in $WORK)"
