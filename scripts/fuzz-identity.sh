#!/usr/bin/env bash
# The documented longer fuzzing run of the resident-ID reader's SAM frame reader (through find → select → read) and
# of the 256-byte text-block parser (issue 11): a mutation fuzzer with a fixed seed (SamFuzzer in window-client's
# tests), SECONDS per target (default 150, i.e. 5 minutes in all). Only CardReadException may come out of an input and
# no input may take over 5 s; a failing input is written to window-client/target/fuzz-failures/ and the script exits 1.
# The test suite runs the same harness for 8 s per target (SamFuzzTest).
#   scripts/fuzz-identity.sh [SECONDS per target] [SEED]
# BENCH_NO_BUILD=1 skips the build (test classes and target/bench.classpath must exist).
#   scripts/fuzz-identity.sh --jazzer
# runs Jazzer (coverage-guided, libFuzzer; com.code-intelligence:jazzer-junit) on the same two targets instead,
# 150 s each (SamJazzerFuzz's maxDuration), one JVM per target, seeds in src/test/resources/…/SamJazzerFuzzInputs;
# its corpus grows in window-client/.cifuzz-corpus (ignored by git), findings land in window-client/src/test/resources.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ "${1:-}" = --jazzer ]; then
    log=$(mktemp /tmp/yichuang-jazzer.XXXXXX.log)
    trap 'rm -f "$log"' EXIT
    for target in framesTarget textBlockTarget; do
        echo "fuzz-identity: Jazzer on $target (150 s)" >&2
        rc=0
        JAZZER_FUZZ=1 ./yichuang mvn -o -pl window-client -am verify -Dtest="SamJazzerFuzz#$target" \
            -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || rc=$?
        grep -E '^(#[0-9]+[[:space:]]+(DONE|pulse)|Done [0-9]+ runs|== Java Exception|\[(ERROR|INFO)\] Tests run)' "$log" >&2 || true
        [ "$rc" -eq 0 ] || { tail -40 "$log" >&2; echo "fuzz-identity: Jazzer failed on $target" >&2; exit 1; }
    done
    echo "fuzz-identity: Jazzer, no finding" >&2
    exit 0
fi
seconds=${1:-150}
seed=${2:-20261206}

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl window-client -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
cp="window-client/target/test-classes:window-client/target/classes:$(cat window-client/target/bench.classpath)"
cd window-client   # failures go to window-client/target/fuzz-failures
cp=$(echo "$cp" | sed 's#window-client/target/#target/#g')
start=$(date +%s)
java -Dfile.encoding=UTF-8 -cp "$cp" \
    org.yichuang.client.identity.sam.SamFuzzer "$seconds" "$seed"
echo "fuzz-identity: $(( $(date +%s) - start )) s, seed $seed, no failure" >&2
