#!/usr/bin/env bash
# FIGURE client-start-to-sign-in: JVM start → sign-in dialog visible, over N launches of the built client.
# Builds the client (jar + target/lib, with the modules it needs) unless BENCH_NO_BUILD=1. Uses $DISPLAY, or
# starts Xvfb (bench/lib/xvfb.sh). --short (or BENCH_SHORT=1): 2 launches.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }
N=${N:-10}
[ "${BENCH_SHORT:-}" = 1 ] && N=2
# -am: a fresh clone has no yichuang SNAPSHOT modules in ~/.m2, so the modules it needs are built with it
[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl window-client -am package -DskipTests >&2
TIMEOUT_S=${TIMEOUT_S:-20}

is_root() { [ "$(id -u)" -eq 0 ]; }
# Same as ./yichuang: run the JVM as "nobody" in a user namespace when root, with the real home for prefs.
unprivileged() {
    if is_root; then
        env HOME="$HOME" JAVA_TOOL_OPTIONS="-Duser.home=$HOME ${JAVA_TOOL_OPTIONS:-}" \
            unshare --user --map-user=65534 --map-group=65534 -- "$@"
    else
        "$@"
    fi
}

jar=$(ls window-client/target/yichuang-window-client-*.jar 2>/dev/null | grep -v -e sources -e tests | head -1 || true)
[ -n "$jar" ] && [ -d window-client/target/lib ] || { echo "client jar or target/lib missing after the build" >&2; exit 1; }

. bench/lib/xvfb.sh
cleanup() { stop_xvfb; }
trap cleanup EXIT
start_xvfb

log=$(mktemp)
times=()
# each client gets a java.io.tmpdir of its own, removed after it: Font.createFont copies the bundled fonts (51 MB)
# into the temp dir and only a clean exit deletes them; a client stopped during start-up left them in /tmp
for i in $(seq "$N"); do
    : > "$log"
    jtmp=$(mktemp -d)
    chmod 777 "$jtmp"
    # Port 9 (discard) on loopback: nothing answers, and nothing is contacted before the clerk signs in anyway.
    # the launcher's JVM options (./yichuang client): HanaMinB joins Swing's font chains
    unprivileged java --add-opens java.desktop/sun.font=ALL-UNNAMED -Djava.io.tmpdir="$jtmp" \
        -cp "$jar:window-client/target/lib/*" \
        org.yichuang.client.app.ClientApp \
        --server http://127.0.0.1:9 > "$log" 2>/dev/null &
    pid=$!
    ms=
    for _ in $(seq $((TIMEOUT_S * 20))); do
        ms=$(sed -n 's/^\[startup\] sign-in dialog visible \([0-9]*\) ms after JVM start$/\1/p' "$log")
        [ -n "$ms" ] && break
        sleep 0.05
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$jtmp"
    [ -n "$ms" ] || { echo "launch $i: no [startup] line within ${TIMEOUT_S}s" >&2; exit 1; }
    times+=("$ms")
done
rm -f "$log"

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
p50=${sorted[$(( (N - 1) / 2 ))]}
max=${sorted[$((N - 1))]}
echo "FIGURE client-start-to-sign-in: p50 ${p50} ms, max ${max} ms (${N} launches, JVM start → dialog visible)"
