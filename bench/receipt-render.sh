#!/usr/bin/env bash
# FIGURE receipt-render: the first 受理回执 fill + PDF export after JVM start, then 300 warm ones (p50/p95).
# FIGURE receipt-render-rare-name: the same for an applicant whose name has a CJK Extension B character (张𠮷华),
# which takes the fallback font HanaMinB: the cost of a second font laid out and embedded.
# Builds the reports module's test classes (no tests run) and times in a fresh JVM of its own,
# so the "first" figure includes class loading, the font extension and the template load.
# Arguments: [--short] [renders]; --short (or BENCH_SHORT=1) times 10 warm renders. BENCH_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }

# -am: a fresh clone has no yichuang SNAPSHOT modules in ~/.m2, so the modules it needs are built with it
[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl reports -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if [ "${BENCH_SHORT:-}" = 1 ]; then set -- 10; fi
cp="reports/target/test-classes:reports/target/classes:$(cat reports/target/bench.classpath)"
for name in ordinary rare; do
    java -Djava.awt.headless=true -Duser.language=zh -Duser.country=CN -cp "$cp" \
        org.yichuang.reports.bench.ReceiptRenderBench "${1:-300}" "$name"
done
