#!/usr/bin/env bash
# FIGURE sam-text-block: 256-byte identity-card text blocks parsed per second on one core (JMH, one thread,
# throughput; issue 11, for the record): a resident ID's and a 2017 foreigner's card's, every field checked (dates,
# GB 11643 number), and the whole 1295-byte read answer (preamble, length, checksum, layout, block) from memory.
# Per wall-clock second (JMH's score) and per CPU-second of the benchmark JVM (CpuTimeProfiler, see due-dates.sh).
# --short (or BENCH_SHORT=1): one very short iteration each, to show that it runs, not a figure. BENCH_NO_BUILD=1
# skips the build (bench/run-all.sh builds once for all).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl benchmarks -am package -DskipTests dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
if [ "${BENCH_SHORT:-}" = 1 ]; then
    jmh=(-wi 1 -w 200ms -i 1 -r 300ms -f 1)
else
    jmh=(-wi 3 -w 2s -i 5 -r 2s -f 1)
fi
results=$(mktemp /tmp/yichuang-sam-text-block.XXXXXX.csv)
trap 'rm -f "$results"' EXIT
cp="benchmarks/target/classes:$(cat benchmarks/target/bench.classpath)"
java -Dfile.encoding=UTF-8 -cp "$cp" org.openjdk.jmh.Main 'org.yichuang.benchmarks.SamTextBlockBench' "${jmh[@]}" \
    -prof org.yichuang.benchmarks.CpuTimeProfiler -rf csv -rff "$results" >&2
score() { awk -F, -v name="$1" '$1 ~ "\\." name "\"$" { gsub(/"/, "", $5); printf "%.0f", $5 }' "$results"; }
resident=$(score residentBlock)
foreigner=$(score foreignerBlock)
whole=$(score wholeReadAnswer)
resident_cpu=$(score 'residentBlock:cpu.ops')
foreigner_cpu=$(score 'foreignerBlock:cpu.ops')
whole_cpu=$(score 'wholeReadAnswer:cpu.ops')
share=$(awk -F, '$1 ~ /residentBlock:cpu.share"$/ { gsub(/"/, "", $5); printf "%.0f", $5 * 100 }' "$results")
for v in "$resident" "$foreigner" "$whole" "$resident_cpu" "$foreigner_cpu" "$whole_cpu"; do
    [ -n "$v" ] || { echo "bench: JMH results incomplete" >&2; exit 1; }
done
awk -v r="$resident" -v f="$foreigner" -v w="$whole" -v rc="$resident_cpu" -v fc="$foreigner_cpu" -v wc="$whole_cpu" \
    -v share="$share" -v short="${BENCH_SHORT:-}" 'BEGIN {
    note = short == "1" ? " [short run, not a figure]" : ""
    printf "FIGURE sam-text-block: 256-byte text blocks parsed per CPU-second on one core: %.0f k resident, %.0f k 2017 foreigner, %.0f k whole 1295-byte read answers (%.1f us each); per wall-clock second %.0f k, %.0f k, %.0f k (the benchmark thread got %d%% of a core)%s\n",
        rc / 1e3, fc / 1e3, wc / 1e3, 1e6 / wc, r / 1e3, f / 1e3, w / 1e3, share, note
}'
