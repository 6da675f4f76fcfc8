#!/usr/bin/env bash
# FIGURE server-load: POST /api/cases throughput, p50 and p95 with 1, 8 and 16 concurrent clerks (each its own
# session and connection, back to back) next to pgbench's TPC-B with the same number of clients on the SAME embedded
# PostgreSQL cluster (durable: fsync and synchronous_commit on, as in a hall), then the server time of GET /health.
# The server runs as it does in a hall (its jar, a fresh temporary data directory, --demo-data); pgbench runs as the
# server's application role (password from <data-dir>/pgdata/yichuang-db.secret) with its tables in the server's
# database, which is thrown away afterwards.
# Options: --short (or BENCH_SHORT=1): 1 s phases. Environment: CLIENTS (default 1,8,16), SECONDS_PER_PHASE (default 15),
# SERVER_JAVA_OPTS (e.g. -XX:StartFlightRecording=filename=/tmp/server.jfr,settings=profile).
set -euo pipefail
[ "${1:-}" = --short ] && export BENCH_SHORT=1
. "$(dirname "$0")/../server/bench/lib.sh"

if ! command -v pgbench >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-client >/dev/null \
            || die "could not install postgresql-client (pgbench)"
    else
        die "pgbench missing: sudo apt-get install postgresql-client"
    fi
fi
build_server
if short; then seconds=1 warmup=1 health=200; else seconds=${SECONDS_PER_PHASE:-15} warmup=5 health=2000; fi

data=$(mktemp -d)
trap 'stop_server; rm -rf "$data"' EXIT
port=$(free_port)
start_server "$data" "$port" "$data/server.log" --demo-data
wait_healthy "$port" 120

java -cp "$server_root/server/target/test-classes:$(server_jar):$server_root/server/target/lib/*" \
    org.yichuang.server.bench.ServerLoadBench "http://127.0.0.1:$port" "$data" "$server_pid" "${CLIENTS:-1,8,16}" \
    "$seconds" "$warmup" "$health"
