#!/usr/bin/env bash
# FIGURE intake-outcome-to-preview: outcome (受理) submitted → preview of its notice visible, in the real client
# (ClientApp over HTTP, Jasper preview) against the real server in-process (PostgreSQL). Warm p50/p95/max, and the
# first round after start (cold Jasper, cold HTTP client) reported apart. Target: warm p95 under 400 ms.
# Builds window-client's test classes (no tests run) and runs the bench in a JVM of its own.
# Uses $DISPLAY, or starts Xvfb (bench/lib/xvfb.sh). Arguments: [--short] [rounds, default 30]; --short (or BENCH_SHORT=1): 3 rounds.
# BENCH_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }

# -am: a fresh clone has no yichuang SNAPSHOT modules in ~/.m2, so the modules it needs are built with it
[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl window-client -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if [ "${BENCH_SHORT:-}" = 1 ]; then set -- 3; fi
cp="window-client/target/test-classes:window-client/target/classes:$(cat window-client/target/bench.classpath)"

. bench/lib/xvfb.sh
cleanup() { stop_xvfb; }
trap cleanup EXIT
start_xvfb

is_root() { [ "$(id -u)" -eq 0 ]; }
# Same as ./yichuang: the embedded PostgreSQL refuses root, so the JVM runs as "nobody" in a user namespace, with the
# real home for ~/.m2 and java.util.prefs
unprivileged() {
    if is_root; then
        unshare --user --map-user=65534 --map-group=65534 -- "$@"
    else
        "$@"
    fi
}

log=$(mktemp)
trap 'cleanup; rm -f "$log"' EXIT
# the launcher's JVM options (./yichuang client): HanaMinB joins Swing's font chains; the server's and client's logs
# go to a file, shown only when the bench fails
if ! unprivileged java --add-opens java.desktop/sun.font=ALL-UNNAMED -Duser.home="$HOME" -Duser.language=zh \
        -Duser.country=CN -cp "$cp" \
        org.yichuang.client.bench.IntakePreviewBench "${1:-30}" > "$log" 2>&1 || ! grep -q '^FIGURE' "$log"; then
    tail -40 "$log" >&2
    exit 1
fi
grep '^FIGURE' "$log"
