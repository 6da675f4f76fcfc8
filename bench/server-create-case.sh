#!/usr/bin/env bash
# FIGURE create-case-round-trip: p50/p95 of 500 sequential POST /api/cases on loopback (after 100 warm-up requests),
# signed in as the demo window clerk, on a fresh temporary data directory with demo data.
# Builds the server (jar, lib/, test classes) unless BENCH_NO_BUILD=1. --short (or BENCH_SHORT=1): 20 + 50 requests.
set -euo pipefail
[ "${1:-}" = --short ] && export BENCH_SHORT=1
. "$(dirname "$0")/../server/bench/lib.sh"

build_server
classes="$server_root/server/target/test-classes"
[ -f "$classes/org/yichuang/server/bench/CreateCaseBench.class" ] || die "test classes missing after the build"
if short; then warmup=20 measured=50; else warmup=100 measured=500; fi
data=$(mktemp -d)
trap 'stop_server; rm -rf "$data"' EXIT
port=$(free_port)

start_server "$data" "$port" "$data/server.log" --demo-data
wait_healthy "$port" 120
accounts="$data/demo-accounts.properties"
user=$(sed -n 's/^WINDOW\.username=//p' "$accounts")
password=$(sed -n 's/^WINDOW\.password=//p' "$accounts")

java -cp "$classes:$(server_jar):$server_root/server/target/lib/*" org.yichuang.server.bench.CreateCaseBench \
    "http://127.0.0.1:$port" "$user" "$password" 1 "$warmup" "$measured"
