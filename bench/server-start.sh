#!/usr/bin/env bash
# FIGURE server-start-to-healthy: process launch to the first 200 from /health, on an existing data directory.
# The first start (untimed) initialises the embedded PostgreSQL in a fresh temporary data directory.
# Builds the server unless BENCH_NO_BUILD=1. --short is accepted for bench/run-all.sh and changes nothing: one timed
# start is already short.
set -euo pipefail
. "$(dirname "$0")/../server/bench/lib.sh"
build_server

data=$(mktemp -d)
trap 'stop_server; rm -rf "$data"' EXIT
port=$(free_port)

start_server "$data" "$port" "$data/first.log" --demo-data
wait_healthy "$port" 120
stop_server

start=$(now_ms)
start_server "$data" "$port" "$data/second.log" --demo-data
wait_healthy "$port" 60
elapsed=$(( $(now_ms) - start ))
stop_server
if pgrep -f -- "$data/pgdata" >/dev/null; then
    die "PostgreSQL still running after SIGTERM"
fi
echo "FIGURE server-start-to-healthy: ${elapsed} ms (existing data dir)"
