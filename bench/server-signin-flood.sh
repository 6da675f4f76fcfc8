#!/usr/bin/env bash
# FIGURE signin-flood-hall-latency: p50/p95 of 400 sequential GET /api/hall by a signed-in window clerk, first without
# and then during a flood of wrong-password sign-ins (16 threads, same loopback address, an unknown user name, which
# the former lock never stopped), on a fresh temporary data directory with demo data. The ratio flood/no-flood is what
# the sign-in limits protect. FLOOD_TARGET=-health floods GET /health instead: the floor of any cheap-request flood.
# Builds nothing: needs `./yichuang mvn -pl server package` (main jar, lib/ and test-classes).
# --short (or BENCH_SHORT=1): 50 requests each way instead of 400 (shows that it runs, not a figure).
set -euo pipefail
[ "${1:-}" = --short ] && export BENCH_SHORT=1
. "$(dirname "$0")/../server/bench/lib.sh"
requests=400
if short; then requests=50; fi

classes="$server_root/server/target/test-classes"
[ -f "$classes/org/yichuang/server/bench/SignInFloodBench.class" ] || die "test classes missing: run ./yichuang mvn -pl server package"
data=$(mktemp -d)
trap 'stop_server; rm -rf "$data"' EXIT
port=$(free_port)

start_server "$data" "$port" "$data/server.log" --demo-data
wait_healthy "$port" 120
accounts="$data/demo-accounts.properties"
user=$(sed -n 's/^WINDOW\.username=//p' "$accounts")
password=$(sed -n 's/^WINDOW\.password=//p' "$accounts")

java -cp "$classes:$(server_jar):$server_root/server/target/lib/*" org.yichuang.server.bench.SignInFloodBench \
    "http://127.0.0.1:$port" "$user" "$password" 1 "${FLOOD_THREADS:-16}" "$requests" "${FLOOD_TARGET:-nobody}"
