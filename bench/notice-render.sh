#!/usr/bin/env bash
# FIGURE notice-render: every document kind (NoticeKind) on every paper it supports (A4, 80 mm), fill + PDF export:
# warm p95 per kind and paper (target < 150 ms, issue 10), the slowest named, and the first render after JVM start.
# The applicant's name has a CJK Extension B character, so every render lays out and embeds the fallback font too.
# Builds the reports module's test classes (no tests run) and times in a fresh JVM of its own.
# Arguments: [--short] [renders]; --short (or BENCH_SHORT=1) times 5 warm renders per kind and paper.
# BENCH_NO_BUILD=1 skips the build (bench/run-all.sh builds once for all scripts).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }

# -am: a fresh clone has no yichuang SNAPSHOT modules in ~/.m2, so the modules it needs are built with it
[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl reports -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if [ "${BENCH_SHORT:-}" = 1 ]; then set -- 5; fi
cp="reports/target/test-classes:reports/target/classes:$(cat reports/target/bench.classpath)"
java -Djava.awt.headless=true -Duser.language=zh -Duser.country=CN -cp "$cp" \
    org.yichuang.reports.notice.NoticeRenderBench "${1:-100}"
