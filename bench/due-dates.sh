#!/usr/bin/env bash
# FIGURE due-dates: due dates computed per second on one core (JMH, one thread, throughput) for 20-working-day limits
# with random starts over 2024–2026 from precomputed inputs, without and with a suspension (issue 9: at least
# 10,000,000/s), and their ratio to a baseline loop that only adds N to an int read the same way. Builds the
# benchmarks module (JMH, annotation-processed). --short (or BENCH_SHORT=1): one very short iteration each, to show
# that it runs, not a figure. BENCH_NO_BUILD=1 skips the build (bench/run-all.sh builds once for all).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }

# -am: a fresh clone has no yichuang SNAPSHOT modules in ~/.m2, so core is built with it
[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl benchmarks -am package -DskipTests dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if [ "${BENCH_SHORT:-}" = 1 ]; then
    jmh=(-wi 1 -w 200ms -i 1 -r 300ms -f 1)
else
    jmh=(-wi 3 -w 2s -i 5 -r 2s -f 1)
fi
results=$(mktemp /tmp/yichuang-due-dates.XXXXXX.csv)
trap 'rm -f "$results"' EXIT
cp="benchmarks/target/classes:$(cat benchmarks/target/bench.classpath)"
java -Dfile.encoding=UTF-8 -cp "$cp" org.openjdk.jmh.Main 'org.yichuang.benchmarks.DueDateBench' "${jmh[@]}" \
    -rf csv -rff "$results" >&2
# CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
score() { awk -F, -v name="$1" '$1 ~ "\\." name "\"$" { gsub(/"/, "", $5); printf "%.0f", $5 }' "$results"; }
plain=$(score dueDate20WorkingDays)
stopped=$(score dueDate20WorkingDaysWithSuspension)
base=$(score baselineAddN)
[ -n "$plain" ] && [ -n "$stopped" ] && [ -n "$base" ] || { echo "bench: no JMH results" >&2; exit 1; }
awk -v p="$plain" -v s="$stopped" -v b="$base" -v short="${BENCH_SHORT:-}" 'BEGIN {
    printf "FIGURE due-dates: 20-working-day due date %.1f M/s without a suspension, %.1f M/s with one (target >= 10 M/s)%s\n",
        p / 1e6, s / 1e6, short == "1" ? " [short run, not a figure]" : ""
    printf "FIGURE due-dates-ratio: baseline (add N to an int) %.0f M/s; due date = 1/%.1f of it without a suspension, 1/%.1f with one\n",
        b / 1e6, b / p, b / s
}'
