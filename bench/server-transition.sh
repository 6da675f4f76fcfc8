#!/usr/bin/env bash
# FIGURE server-transition: a case state transition (开始审查, POST /api/cases/{caseNo}/transitions with START_REVIEW)
# with 8 concurrent back-office clerks on loopback (each its own session and connection, back to back): throughput,
# p50 and p95 (target p95 < 15 ms), next to PostgreSQL's own single-row INSERT rate (pgbench, one-statement script,
# same number of clients) on the SAME embedded cluster, as a ratio. The server runs as in a hall (its jar, a fresh
# temporary data directory, --demo-data); the accepted cases (every item of the demo catalog in turn) are seeded
# straight into its database first, not measured (accepting them at intake rendered the acceptance notices' PDFs: an
# hour of preparation in the full mode).
# Options: --short (or BENCH_SHORT=1): 1 s phases. Environment: CLIENTS (default 8), SECONDS_PER_PHASE (default 15).
set -euo pipefail
[ "${1:-}" = --short ] && export BENCH_SHORT=1
. "$(dirname "$0")/../server/bench/lib.sh"

command -v pgbench >/dev/null || die "pgbench missing: sudo apt-get install postgresql-client"
build_server
if short; then seconds=1 warmup=1; else seconds=${SECONDS_PER_PHASE:-15} warmup=10; fi

data=$(mktemp -d)
trap 'stop_server; rm -rf "$data"' EXIT
port=$(free_port)
start_server "$data" "$port" "$data/server.log" --demo-data
wait_healthy "$port" 120

java -cp "$server_root/server/target/test-classes:$(server_jar):$server_root/server/target/lib/*" \
    org.yichuang.server.bench.TransitionBench "http://127.0.0.1:$port" "$data" "$server_pid" "${CLIENTS:-8}" "$seconds" \
    "$warmup"
