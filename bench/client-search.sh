#!/usr/bin/env bash
# FIGURE client-search-keystroke: search as the clerk types over 5,000 synthetic items in the real intake panel,
# p50/p95/max per keystroke (EDT dispatch until the list is painted and the EDT is idle), plus the index build time.
# Builds window-client's test classes (no tests run) and runs the bench in a JVM of its own.
# Uses $DISPLAY, or starts Xvfb (bench/lib/xvfb.sh). Arguments: [--short] [items, default 5000] [measured rounds, default 10];
# --short (or BENCH_SHORT=1): 500 items, 1 round. BENCH_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }

# -am: a fresh clone has no yichuang SNAPSHOT modules in ~/.m2, so the modules it needs are built with it
[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl window-client -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if [ "${BENCH_SHORT:-}" = 1 ]; then set -- 500 1; fi
cp="window-client/target/test-classes:window-client/target/classes:$(cat window-client/target/bench.classpath)"

. bench/lib/xvfb.sh
cleanup() { stop_xvfb; }
trap cleanup EXIT
start_xvfb

# The client needs no database, so it runs as whoever calls this script; prefs are not touched.
java -Duser.language=zh -Duser.country=CN -cp "$cp" org.yichuang.client.bench.ClientSearchBench "${1:-5000}" "${2:-10}"
