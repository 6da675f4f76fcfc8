#!/usr/bin/env bash
# Runs every benchmark in bench/ (each prints its FIGURE lines) and fails when any fails. Builds once for all of them
# first: every module's jar, the server's and client's lib/, test classes and each module's target/bench.classpath,
# so it works from a fresh clone (no yichuang SNAPSHOT modules in ~/.m2 needed).
# --short (or BENCH_SHORT=1): each benchmark in its short mode, a few iterations (what ./yichuang test runs, so that
# none can rot unnoticed); the figures of a short run are not the published ones.
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

failed=()
for script in bench/*.sh; do
    [ "$script" = bench/run-all.sh ] && continue
    echo "bench: $script" >&2
    t0=$(date +%s)
    if bash "$script"; then
        echo "bench: $script ok ($(( $(date +%s) - t0 )) s)" >&2
    else
        echo "bench: $script FAILED (exit $?)" >&2
        failed+=("$script")
    fi
done
echo "bench: $(( $(date +%s) - start )) s in all" >&2
if [ ${#failed[@]} -gt 0 ]; then
    echo "bench: failed: ${failed[*]}" >&2
    exit 1
fi
