#!/usr/bin/env bash
# FIGURE catalog-import: POST /api/catalog/import of a synthetic 5,000-item .xlsx workbook on loopback (HTTP round
# trip: parse, validate, store in one transaction), into an empty catalog and again with every item changed, with
# the peak heap of the server's JVM. The server (TestServer: embedded PostgreSQL, Javalin on a random port) runs
# inside the benchmark's JVM so its memory pools can be read. Builds server's test classes (no tests run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. server/bench/lib.sh

./yichuang mvn -q -pl server test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
cp="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
exec "${unprivileged[@]}" java -Dfile.encoding=UTF-8 -cp "$cp" org.yichuang.server.bench.CatalogImportBench \
    "${1:-5000}"
