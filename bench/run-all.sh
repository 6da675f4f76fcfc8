#!/usr/bin/env bash
# Runs every benchmark in bench/ (each prints its FIGURE lines) and fails when any fails. Builds once for all of them
# first: every module's jar, the server's and client's lib/, test classes and each module's target/bench.classpath,
# so it works from a fresh clone (no yichuang SNAPSHOT modules in ~/.m2 needed).
# --short (or BENCH_SHORT=1): each benchmark in its short mode, a few iterations (what ./yichuang test runs, so that
# none can rot unnoticed), in two lanes side by side (see below); the figures of a short run are not the published
# ones.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && export BENCH_SHORT=1

start=$(date +%s)
# BENCH_NO_BUILD=1: the caller has just built all of it (./yichuang test, in its verify)
if [ "${BENCH_NO_BUILD:-}" != 1 ] && ! ./yichuang mvn -q -DskipTests package dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2; then
    echo "bench: the build failed" >&2
    exit 1
fi
export BENCH_NO_BUILD=1

# run_lane SCRIPT...: runs the scripts one after another; the failed ones' names go to the file $lane_failed.
run_lane() {
    local script t0
    for script in "$@"; do
        echo "bench: $script" >&2
        t0=$(date +%s)
        if bash "$script"; then
            echo "bench: $script ok ($(( $(date +%s) - t0 )) s)" >&2
        else
            echo "bench: $script FAILED (exit $?)" >&2
            echo "$script" >>"$lane_failed"
        fi
    done
}

# Two kinds of script: those that start servers and their PostgreSQL clusters (they source server/bench/lib.sh), and
# the rest, which draw on the screen, read the test devices or render in one JVM. A full run measures one script at a
# time, with nothing else on the machine. The short runs' figures are not published, so there the two kinds run side
# by side, one script of each at a time: they share no device, port, display or temporary directory, and most of a
# short run is starting JVMs and clusters. (Two server scripts at once, the second lane taking them from the last
# when its own were done, took longer: 375 s against 342 s, each server start slowed about twofold.)
servers=() others=()
for script in bench/*.sh; do
    [ "$script" = bench/run-all.sh ] && continue
    if grep -q 'server/bench/lib\.sh' "$script"; then servers+=("$script"); else others+=("$script"); fi
done
lane_failed=$(mktemp)
other_log=$(mktemp)
trap 'rm -f "$lane_failed" "$other_log"' EXIT
if [ "${BENCH_SHORT:-}" = 1 ]; then
    run_lane "${others[@]}" >"$other_log" 2>&1 &
    others_pid=$!
    run_lane "${servers[@]}"
    wait "$others_pid"
    # the other lane's output whole, after this one's: interleaved line by line neither could be read
    cat "$other_log"
else
    run_lane "${servers[@]}" "${others[@]}"
fi
echo "bench: $(( $(date +%s) - start )) s in all" >&2
if [ -s "$lane_failed" ]; then
    echo "bench: failed: $(tr '\n' ' ' <"$lane_failed")" >&2
    exit 1
fi
