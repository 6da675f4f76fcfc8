#!/usr/bin/env bash
# FIGURE queue-board: call to board update (issue 12: p99 under 100 ms). Counters call tickets through the API
# (POST /api/queue/counter/next) while boards follow GET /public/queue/events; a sample is the time from sending the
# call until a board has read its CALLED event, for every board. Reported as p50/p99 next to pgbench's single-row
# INSERT (rate and average latency, as many clients as counters) on the SAME embedded cluster, as a ratio. The server
# runs as in a hall (its jar, a fresh temporary data directory, --demo-data); its categories are opened all day first.
# Options: --short (or BENCH_SHORT=1): 20 calls. Environment: COUNTERS (default 4), BOARDS (default 10),
# CALLS (default 2000).
set -euo pipefail
[ "${1:-}" = --short ] && export BENCH_SHORT=1
. "$(dirname "$0")/../server/bench/lib.sh"

command -v pgbench >/dev/null || die "pgbench missing: sudo apt-get install postgresql-client"
build_server
if short; then warmup=8 calls=20; else warmup=200 calls=${CALLS:-2000}; fi

data=$(mktemp -d)
trap 'stop_server; rm -rf "$data"' EXIT
port=$(free_port)
start_server "$data" "$port" "$data/server.log" --demo-data
wait_healthy "$port" 120

java -cp "$server_root/server/target/test-classes:$(server_jar):$server_root/server/target/lib/*" \
    org.yichuang.server.bench.QueueBoardBench "http://127.0.0.1:$port" "$data" "${COUNTERS:-4}" "${BOARDS:-10}" \
    "$warmup" "$calls"
