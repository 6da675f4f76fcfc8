#!/usr/bin/env bash
# FIGURE supervisor-alerts: the supervisor's case list (GET /api/cases) over 100,000 open cases (and 50,000 delivered
# ones) with several filter combinations: p50/p95 server time from the server's request log, and the round trip on
# loopback (issue 9: p95 under 200 ms server time). Also times the 红黄牌 day-boundary sweep over the same cases.
# The cases are seeded straight into PostgreSQL (one INSERT over generate_series); the server (TestServer: embedded
# PostgreSQL, Javalin on a random port) runs inside the benchmark's JVM so its request log can be read.
# Arguments: [--short] [open cases]; --short (or BENCH_SHORT=1): 10,000 cases, 2 + 10 requests per combination.
# WARMUP and MEASURED (default 20 and 100) set the requests per combination; BENCH_EXPLAIN=1 prints the query plans.
# BENCH_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }
. server/bench/lib.sh

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl server -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if short; then cases=10000 warmup=2 measured=10; else cases=${1:-100000} warmup=${WARMUP:-20} measured=${MEASURED:-100}; fi
cp="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
exec "${unprivileged[@]}" java -Xmx1g -Dfile.encoding=UTF-8 -cp "$cp" \
    org.yichuang.server.bench.SupervisorAlertsBench "$cases" "$warmup" "$measured"
