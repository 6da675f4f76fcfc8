#!/usr/bin/env bash
# FIGURE pcsc-read-last-answer-to-card: a social-security card read through the real PC/SC stack (pcscd +
# vsmartcard-vpcd, scripts/test-pcsc.sh) with the synthetic card of the tests: from the card's last APDU answer to the
# IdentityCard returned, p50/p95/max; plus the whole read (11 APDUs) with the card in the reader.
# Starts the stack when it is not running and we are root (and stops it again); without it the bench is skipped,
# or fails with CI=true. Arguments: [--short] [reads, default 300] [warm-up reads, default 30];
# --short (or BENCH_SHORT=1): 20 reads, 5 warm-up. BENCH_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl window-client -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if [ "${BENCH_SHORT:-}" = 1 ]; then set -- 20 5; fi
cp="window-client/target/test-classes:window-client/target/classes:$(cat window-client/target/bench.classpath)"

if [ "${YICHUANG_TEST_PCSC:-}" != 1 ]; then
    stack_env=$(scripts/test-pcsc.sh) || { echo "bench: the PC/SC test stack could not be prepared" >&2; exit 1; }
    eval "$stack_env"
    if [ "${YICHUANG_TEST_PCSC:-}" != 1 ]; then
        echo "bench: pcsc-read skipped: no PC/SC test stack (as root scripts/test-pcsc.sh starts it)" >&2
        exit 0
    fi
    [ "${YICHUANG_TEST_PCSC_STARTED:-}" = 1 ] && trap 'scripts/test-pcsc.sh stop' EXIT
fi

# the client JVM runs unprivileged, as the tests do (nobody in a user namespace when we are root)
run=()
[ "$(id -u)" -eq 0 ] && run=(unshare --user --map-user=65534 --map-group=65534 --)
"${run[@]}" java -cp "$cp" org.yichuang.client.identity.pcsc.PcscReadBench \
    "${1:-300}" "${2:-30}"
