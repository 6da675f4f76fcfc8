#!/usr/bin/env bash
# FIGURE sam-read-latency: from the resident-ID reader's last byte to an IdentityCard returned (issue 11; the lead adds
# the form-filling part): p50/p95/max over a real socat pseudo-terminal pair with the simulated SAM on the other end
# (jSerialComm on both), a resident card placed anew for each read; also the part after the last byte reached the
# reader and the whole read (find, select, read). Needs socat (./yichuang test installs it when root).
# Arguments: [reads, default 200]; --short (or BENCH_SHORT=1): 10 reads after 3 warm-up ones, not a figure.
# BENCH_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }
command -v socat >/dev/null || { echo "bench: socat is missing (apt-get install socat)" >&2; exit 1; }

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl window-client -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if [ "${BENCH_SHORT:-}" = 1 ]; then set -- 10 3; fi
cp="window-client/target/test-classes:window-client/target/classes:$(cat window-client/target/bench.classpath)"
out=$(java -Dfile.encoding=UTF-8 -cp "$cp" org.yichuang.client.bench.SamReadLatencyBench "${1:-200}" "${2:-20}")
line=$(grep '^FIGURE ' <<<"$out")
[ -n "$line" ] || { echo "bench: no figure" >&2; exit 1; }
if [ "${BENCH_SHORT:-}" = 1 ]; then echo "$line [short run, not a figure]"; else echo "$line"; fi
