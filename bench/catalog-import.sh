#!/usr/bin/env bash
# FIGURE catalog-import: POST /api/catalog/import of a synthetic 5,000-item .xlsx workbook on loopback (HTTP round
# trip: parse, validate, store in one transaction), into an empty catalog and again with every item changed, with
# the peak heap of the server's JVM. The server (TestServer: embedded PostgreSQL, Javalin on a random port) runs
# inside the benchmark's JVM so its memory pools can be read. Builds server's test classes (no tests run).
# Arguments: [--short] [items]; --short (or BENCH_SHORT=1) imports 300 items. BENCH_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }
. server/bench/lib.sh

# -am: a fresh clone has no yichuang SNAPSHOT modules in ~/.m2, so the modules it needs are built with it
[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl server -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if short; then set -- 300; fi
cp="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
exec "${unprivileged[@]}" java -Dfile.encoding=UTF-8 -cp "$cp" org.yichuang.server.bench.CatalogImportBench \
    "${1:-5000}"
