#!/usr/bin/env bash
# FIGURE intake-load (issue 10): 16 concurrent counters x 200 cases each, every case received (POST /api/cases) and
# accepted (POST /api/cases/{caseNo}/intake, ACCEPT with every material in), which issues, numbers, renders (A4; the
# 80 mm slips on their first request) and stores its 材料接收凭证 and 受理通知书 in the outcome's transaction. Then SQL
# checks on the server's database: no duplicate case or document numbers, every kind numbered 1..n without a gap,
# every acknowledged case present, accepted, with its 2 documents and their A4 PDFs (the script fails otherwise).
# Throughput (cases/s), accept p50/p95, next
# to pgbench TPC-B (-s 1) with as many clients on the SAME embedded cluster, as a ratio. The server runs as in a hall
# (its jar, a fresh temporary data directory, --demo-data).
# Options: --short (or BENCH_SHORT=1): 4 counters x 5 cases, 2 s of pgbench. Environment: CLIENTS (default 16),
# CASES_PER_CLIENT (default 200), WARMUP_CASES (default 5 per counter), PGBENCH_SECONDS (default 15).
set -euo pipefail
[ "${1:-}" = --short ] && export BENCH_SHORT=1
. "$(dirname "$0")/../server/bench/lib.sh"

command -v pgbench >/dev/null || die "pgbench missing: sudo apt-get install postgresql-client"
build_server
if short; then
    clients=${CLIENTS:-4} cases=${CASES_PER_CLIENT:-5} warmup=${WARMUP_CASES:-1} pg_seconds=${PGBENCH_SECONDS:-2}
else
    clients=${CLIENTS:-16} cases=${CASES_PER_CLIENT:-200} warmup=${WARMUP_CASES:-5} pg_seconds=${PGBENCH_SECONDS:-15}
fi

data=$(mktemp -d)
trap 'stop_server; rm -rf "$data"' EXIT
port=$(free_port)
start_server "$data" "$port" "$data/server.log" --demo-data
wait_healthy "$port" 120

java -cp "$server_root/server/target/test-classes:$(server_jar):$server_root/server/target/lib/*" \
    org.yichuang.server.bench.IntakeLoadBench "http://127.0.0.1:$port" "$data" "$clients" "$cases" "$warmup" \
    "$pg_seconds"
