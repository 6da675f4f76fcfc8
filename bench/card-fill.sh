#!/usr/bin/env bash
# FIGURE card-fill-sam-last-byte-to-screen (issue 11, target p95 < 300 ms): from the card reader's last byte to the
# applicant's name and number on screen, through the real intake screen and the production SamReader on a socat pty
# pair with the simulated SAM; plus FIGURE card-fill-sam-reader, the reader's own time (find → select → read).
# Uses $DISPLAY, or starts Xvfb (bench/lib/xvfb.sh). Needs socat (apt-get install socat). Arguments: [--short] [cards, default 200]
# [warm-up cards, default 20]; --short (or BENCH_SHORT=1): 10 cards, 3 warm-up. BENCH_NO_BUILD=1 skips the build.
# Then FIGURE card-fill-pcsc-* through pcscd + vsmartcard-vpcd (scripts/test-pcsc.sh, 60 cards; short: 5) when the
# stack can be prepared (root), else that part is skipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl window-client -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if [ "${BENCH_SHORT:-}" = 1 ]; then set -- 10 3; fi
if ! command -v socat >/dev/null; then
    [ "${CI:-}" = true ] && { echo "bench: card-fill needs socat (CI=true)" >&2; exit 1; }
    echo "bench: card-fill skipped: socat is not installed" >&2
    exit 0
fi
cp="window-client/target/test-classes:window-client/target/classes:$(cat window-client/target/bench.classpath)"

. bench/lib/xvfb.sh
cleanup() { stop_xvfb; }
trap cleanup EXIT
start_xvfb
java -cp "$cp" org.yichuang.client.identity.ui.CardFillBench "${1:-200}" "${2:-20}" sam

# The same through the real PC/SC stack (pcscd + vsmartcard-vpcd) when it can be prepared (root, or already running).
if [ "${YICHUANG_TEST_PCSC:-}" != 1 ]; then
    stack_env=$(scripts/test-pcsc.sh) || { echo "bench: the PC/SC test stack could not be prepared" >&2; exit 1; }
    eval "$stack_env"
    if [ "${YICHUANG_TEST_PCSC:-}" != 1 ]; then
        echo "bench: card-fill-pcsc skipped: no PC/SC test stack (as root scripts/test-pcsc.sh starts it)" >&2
        exit 0
    fi
    [ "${YICHUANG_TEST_PCSC_STARTED:-}" = 1 ] && trap 'cleanup; scripts/test-pcsc.sh stop' EXIT
fi
pcsc_args=(60 5)
[ "${BENCH_SHORT:-}" = 1 ] && pcsc_args=(5 2)
# the client JVM runs unprivileged, as the PC/SC tests do (nobody in a user namespace when we are root)
run=()
[ "$(id -u)" -eq 0 ] && run=(unshare --user --map-user=65534 --map-group=65534 --)
"${run[@]}" java --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED -cp "$cp" org.yichuang.client.identity.ui.CardFillBench "${pcsc_args[@]}" pcsc
