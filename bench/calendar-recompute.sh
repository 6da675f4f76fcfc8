#!/usr/bin/env bash
# FIGURE calendar-recompute: recomputing the due dates of 1,000,000 open cases after a calendar change (issue 9:
# under 30 s, with peak heap). Seeds the cases straight into PostgreSQL (one INSERT over generate_series), imports a
# 2026 schedule with five extra Friday holidays through POST /api/calendar/import, and times the request (which
# answers after the recompute), next to PostgreSQL alone rewriting the same rows. The server (TestServer: embedded
# PostgreSQL, Javalin on a random port) runs inside the benchmark's JVM (-Xmx1g) so its heap can be read.
# Arguments: [--short] [cases]; --short (or BENCH_SHORT=1) uses 5,000 cases. BENCH_NO_BUILD=1 skips the build.
# BENCH_JFR=1 also writes a flight recording to server/target/calendar-recompute.jfr.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }
. server/bench/lib.sh

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl server -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if short; then set -- 5000; fi
jfr=()
[ "${BENCH_JFR:-}" = 1 ] && jfr=(-XX:StartFlightRecording=filename=server/target/calendar-recompute.jfr,settings=profile)
cp="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
exec "${unprivileged[@]}" java -Xmx1g -Dfile.encoding=UTF-8 "${jfr[@]}" -cp "$cp" \
    org.yichuang.server.bench.CalendarRecomputeBench "${1:-1000000}"
