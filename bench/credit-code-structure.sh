#!/usr/bin/env bash
# FIGURE credit-code-structure: how many of 300,000 random unified social credit codes with a right GB 32100 check
# character (17 characters drawn uniformly from the alphabet, fixed seed: RandomCreditCodes) the whole-structure rule
# of CreditCode refuses, by reason; FIGURE credit-code-comparison: what the widely copied regular expression refuses
# on the same codes, and how many have the check character 0 from sum mod 31 = 0 (issue 10). Not a timing: the
# counts are the same on every machine. --short (or BENCH_SHORT=1): 3,000 codes. BENCH_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "${1:-}" = --short ] && { export BENCH_SHORT=1; shift; }

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./yichuang mvn -q -pl core -am test-compile >&2
n=300000
[ "${BENCH_SHORT:-}" = 1 ] && n=3000
java -Dfile.encoding=UTF-8 -cp core/target/classes:core/target/test-classes \
    org.yichuang.core.identity.CreditCodeCensus "$n"
