#!/usr/bin/env bash
# FIGURE catalog-read: reading + validating a 5,000-item 实施清单 workbook (SyntheticCatalog, ~5 materials per item)
# as an import does before storing: median and max of 7 timed reads after 2 warm-ups, peak heap of the heap pools
# (reset before each read). Builds the catalog-io module's test classes (no tests run) and times in a fresh JVM
# with a fixed heap, so the peak is comparable between machines. Arguments: [--short] [items] [runs]; --short (or
# BENCH_SHORT=1) reads 300 items twice. BENCH_NO_BUILD=1 skips the build (bench/run-all.sh builds once for all).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }

# -am: a fresh clone has no yichuang SNAPSHOT modules in ~/.m2, so the modules it needs are built with it
[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl catalog-io -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if [ "${BENCH_SHORT:-}" = 1 ]; then set -- 300 2; fi
cp="catalog-io/target/test-classes:catalog-io/target/classes:$(cat catalog-io/target/bench.classpath)"
exec java -Xms1g -Xmx1g -Djava.awt.headless=true -Dfile.encoding=UTF-8 -cp "$cp" \
    org.yichuang.catalogio.bench.CatalogReadBench "${1:-5000}" "${2:-7}"
