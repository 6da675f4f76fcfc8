#!/usr/bin/env bash
# FIGURE catalog-read: reading + validating a 5,000-item 实施清单 workbook (SyntheticCatalog, ~5 materials per item)
# as an import does before storing: median and max of 7 timed reads after 2 warm-ups, peak heap of the heap pools
# (reset before each read). Builds the catalog-io module's test classes (no tests run) and times in a fresh JVM
# with a fixed heap, so the peak is comparable between machines. Arguments: [items] [runs].
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./yichuang mvn -q -pl catalog-io test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
cp="catalog-io/target/test-classes:catalog-io/target/classes:$(cat catalog-io/target/bench.classpath)"
exec java -Xms1g -Xmx1g -Djava.awt.headless=true -Dfile.encoding=UTF-8 -cp "$cp" \
    org.yichuang.catalogio.bench.CatalogReadBench "${1:-5000}" "${2:-7}"
