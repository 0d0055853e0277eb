#!/usr/bin/env bash
# Side-by-side benchmarks of issue 11's inputs: ToyCov (src/test/.../InputsBench.java)
# against bench/inputs_numpy.py, in one run on this machine.
#   - the 137-bin, 7-channel model (one absolute 137 x 137 cov from CSV): load,
#     covariance, Cholesky, chi-square, 26-by-111 constraint, once after JVM start;
#   - 2000 bins (and 5000, where the time goes): build with checks, Cholesky, chi-square,
#     numpy on one BLAS thread;
#   - the multisim covariance of 1000 universes x 1000 bins from .npy.
# Usage: bench/inputs.sh [big_bins=2000] [repeats=3]
set -euo pipefail
BIG=${1:-2000}; REPEATS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd); cd "$ROOT"
OUT=target/bench-inputs; mkdir -p "$OUT"
if [ ! -f target/test-classes/org/toycov/stats/InputsBench.class ] || [ ! -f target/test-classpath.txt ]; then
  mvn -B -q -DskipTests test-compile >/dev/null
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
fi
[ -f "$OUT/universes.npy" ] || /usr/bin/python3 bench/inputs_numpy.py make "$OUT"
J="java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) org.toycov.stats.InputsBench"
NP1="env OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/inputs_numpy.py"
echo "== machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== 137 bins, 7 channels (Java, first run after JVM start)"
$J model137 "$OUT/m137.json"
echo "== $BIG bins: Java"; $J big "$BIG" "$REPEATS" | tee "$OUT/big-java.out"
echo "== $BIG bins: numpy, one BLAS thread"; $NP1 big "$BIG" "$REPEATS" | tee "$OUT/big-numpy.out"
awk 'NR==FNR { j[$1]=$2; next } { n[$1]=$2 } END { for (k in j) if (k in n) printf "%-17s java %.4f s  numpy %.4f s  java/numpy %.2f\n", k, j[k], n[k], j[k]/n[k] }' "$OUT/big-java.out" "$OUT/big-numpy.out"
echo "== 1000 universes x 1000 bins (.npy): Java"; $J universes "$OUT/cv.npy" "$OUT/universes.npy" "$REPEATS" | tee "$OUT/u-java.out"
echo "== numpy, one BLAS thread"; $NP1 universes "$OUT/cv.npy" "$OUT/universes.npy" "$REPEATS" | tee "$OUT/u-numpy1.out"
echo "== numpy, default threads"; /usr/bin/python3 bench/inputs_numpy.py universes "$OUT/cv.npy" "$OUT/universes.npy" "$REPEATS" | tee "$OUT/u-numpy.out"
