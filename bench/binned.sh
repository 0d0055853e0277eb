#!/usr/bin/env bash
# Side-by-side benchmark of the binned linear algebra and 100-bin toys:
# org.toycov.bench.BinnedBenchmark against bench/binned_numpy.py (numpy, one
# thread, the same model and work), in one run on this machine. Prints both
# outputs and the ratios numpy time / ToyCov time (above 1: ToyCov is faster).
#
# Usage: bench/binned.sh [bins=1000] [toys=1e6] [repeats=5]
# Needs: java, mvn, /usr/bin/python3 with numpy (apt-get install -y python3-numpy)
set -euo pipefail
BINS=${1:-1000}; TOYS=${2:-1e6}; REPEATS=${3:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
/usr/bin/python3 -c 'import numpy' 2>/dev/null || { echo "missing: numpy for /usr/bin/python3 -- apt-get install -y python3-numpy"; exit 2; }
# NB: the benchmark is a test class, outside the plugin jar
CLS=target/test-classes/org/toycov/bench/BinnedBenchmark.class
if [ ! -f "$CLS" ] || [ ! -f target/test-classpath.txt ] || [ -n "$(find src/main/java src/test/java -newer "$CLS" -name '*.java' | head -1)" ]; then
  echo "building..."
  mvn -B -q -DskipTests test-compile >/dev/null
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
fi
OUT=target/bench; mkdir -p "$OUT"
echo "== machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== ToyCov (Java, one thread for the toys)"
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.toycov.bench.BinnedBenchmark "$BINS" "$TOYS" "$REPEATS" | tee "$OUT/binned-java.out"
echo "== numpy (one thread; OPENBLAS_CORETYPE/L2_SIZE unset for this command only)"
( unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE; OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 \
  /usr/bin/python3 bench/binned_numpy.py "$BINS" "$TOYS" "$REPEATS" ) | tee "$OUT/binned-numpy.out"
echo "== ratios (numpy / ToyCov time; for toys, ToyCov / numpy rate)"
awk 'NR==FNR { j[$1]=$2; next } { n[$1]=$2 }
  END {
    split("build_covariance cholesky_chi2 constraint_half", k, " ")
    for (i = 1; i <= 3; i++) printf "%-18s java %.3f s  numpy %.3f s  ratio %.2fx\n", k[i], j[k[i]], n[k[i]], n[k[i]] / j[k[i]]
    t = "toys_100_bins_per_s_one_core"
    printf "%-18s java %.0f/s  numpy %.0f/s  ratio %.2fx\n", "toys (100 bins)", j[t], n[t], j[t] / n[t]
  }' "$OUT/binned-java.out" "$OUT/binned-numpy.out"
