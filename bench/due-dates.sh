#!/usr/bin/env bash
# FIGURE due-dates: due dates computed per second on one core (JMH, one thread, throughput) for 20-working-day limits
# with random starts over 2024–2026 from precomputed inputs, without and with a suspension (issue 9: at least
# 10,000,000/s), and their ratio to a baseline loop that only adds N to an int read the same way. Each figure is
# given per wall-clock second (JMH's score) and per CPU-second of the benchmark JVM (CpuTimeProfiler): this machine is
# shared, so the benchmark thread often gets only part of a core and the CPU-second figure is the one that says
# "on one core"; the line also gives the share of a core it got. Builds the
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
    -prof org.yichuang.benchmarks.CpuTimeProfiler -rf csv -rff "$results" >&2
# CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
score() { awk -F, -v name="$1" '$1 ~ "\\." name "\"$" { gsub(/"/, "", $5); printf "%.0f", $5 }' "$results"; }
plain=$(score dueDate20WorkingDays)
stopped=$(score dueDate20WorkingDaysWithSuspension)
base=$(score baselineAddN)
plain_cpu=$(score 'dueDate20WorkingDays:cpu.ops')
stopped_cpu=$(score 'dueDate20WorkingDaysWithSuspension:cpu.ops')
base_cpu=$(score 'baselineAddN:cpu.ops')
share=$(awk -F, '$1 ~ /dueDate20WorkingDays:cpu.share"$/ { gsub(/"/, "", $5); printf "%.0f", $5 * 100 }' "$results")
for v in "$plain" "$stopped" "$base" "$plain_cpu" "$stopped_cpu" "$base_cpu"; do
    [ -n "$v" ] || { echo "bench: JMH results incomplete" >&2; exit 1; }
done
awk -v p="$plain" -v s="$stopped" -v b="$base" -v pc="$plain_cpu" -v sc="$stopped_cpu" -v bc="$base_cpu" \
    -v share="$share" -v short="${BENCH_SHORT:-}" 'BEGIN {
    note = short == "1" ? " [short run, not a figure]" : ""
    printf "FIGURE due-dates: 20-working-day due dates per CPU-second on one core: %.1f M without a suspension, %.1f M with one (target >= 10 M); per wall-clock second %.1f M and %.1f M (the benchmark thread got %d%% of a core)%s\n",
        pc / 1e6, sc / 1e6, p / 1e6, s / 1e6, share, note
    printf "FIGURE due-dates-ratio: baseline loop adding N to an int: %.0f M per CPU-second; a due date costs %.0fx that without a suspension, %.0fx with one (wall-clock: %.0fx, %.0fx)%s\n",
        bc / 1e6, bc / pc, bc / sc, b / p, b / s, note
}'
