#!/usr/bin/env bash
# Side-by-side benchmark of the interpretation math (org.toycov.analysis):
#  1. Feldman-Cousins, 21 grid points x 10,000 toys, on the 20-bin binned example with a
#     signal component: ToyCov (FeldmanCousinsBenchmark) against the numpy peer of the same
#     construction (bench/fc_numpy.py), each timed in-process, plus CPU seconds of each process;
#  2. the same on a 137-bin, 7-channel model (ToyCov only; target < 5 min);
#  3. a hypothesis test, 0 against 1, 1e6 toys per hypothesis on the 20-bin model (target < 1 min).
# Each benchmark runs once (the machine is shared); the JVM's first run includes JIT warm-up.
#
# Usage: bench/fc.sh [threads=nproc] [toys=10000] [ht_toys=1e6]
# Needs: java, mvn, /usr/bin/time (apt-get install -y time), python3 with numpy.
set -euo pipefail

THREADS=${1:-$(nproc)}
TOYS=${2:-10000}
HT_TOYS=${3:-1e6}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${BENCH_OUT:-$ROOT/target/bench}
PY=${PYTHON:-python3}
mkdir -p "$OUT"
cd "$ROOT"
command -v java >/dev/null && command -v mvn >/dev/null || { echo "missing: java or mvn"; exit 2; }
[ -x /usr/bin/time ] || { echo "missing: /usr/bin/time -- install with: apt-get install -y time"; exit 2; }
$PY -c 'import numpy' 2>/dev/null || { echo "missing: numpy for $PY -- apt-get install -y python3-numpy"; exit 2; }

mvn -B -q -DskipTests test-compile
[ target/test-classpath.txt -nt pom.xml ] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
CP=target/classes:target/test-classes:$(cat target/test-classpath.txt)
$PY bench/fc_numpy.py write "$OUT"

cpu() { awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$1"; }
secs() { awk -F' = ' '/_seconds =/ && !/cpu/ {print $2}' "$1"; }
cpusecs() { awk -F' = ' '/_cpu_seconds/ {print $2}' "$1"; }

echo "== machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== 1. Feldman-Cousins, 20 bins, 21 x $TOYS toys, threads=$THREADS"
/usr/bin/time -v -o "$OUT/fc20-java.time" java -Xmx512m -cp "$CP" org.toycov.analysis.FeldmanCousinsBenchmark fc \
	"$OUT/fc_model_20.json" "$TOYS" "$THREADS" | tee "$OUT/fc20-java.out"
/usr/bin/time -v -o "$OUT/fc20-numpy.time" $PY bench/fc_numpy.py run "$OUT/fc_model_20.json" "$TOYS" | tee "$OUT/fc20-numpy.out"
J=$(secs "$OUT/fc20-java.out"); N=$(secs "$OUT/fc20-numpy.out")
W=$(awk -F' = ' '/java warm/ {split($2, a, " "); print a[1]}' "$OUT/fc20-java.out")
echo "ratio (numpy / java, in-process seconds, java's first run): $N / $J = $(awk -v n="$N" -v j="$J" 'BEGIN {printf "%.1f", n / j}')x"
echo "ratio (numpy / java, java's second run in the same JVM): $N / $W = $(awk -v n="$N" -v j="$W" 'BEGIN {printf "%.1f", n / j}')x"
T=$(awk -F' = ' '/java third run/ {split($2, a, " "); print a[1]}' "$OUT/fc20-java.out")
echo "ratio (numpy / java, java's third run in the same JVM, the JIT done): $N / $T = $(awk -v n="$N" -v j="$T" 'BEGIN {printf "%.1f", n / j}')x"
JC=$(cpusecs "$OUT/fc20-java.out"); NC=$(cpusecs "$OUT/fc20-numpy.out")
echo "ratio (numpy / java, in-process CPU seconds of all threads, java's first run incl. JIT): $NC / $JC = $(awk -v n="$NC" -v j="$JC" 'BEGIN {printf "%.1f", n / j}')x"
echo "CPU seconds: java $(cpu "$OUT/fc20-java.time") (whole JVM, both runs), numpy $(cpu "$OUT/fc20-numpy.time")"
echo "CPU ns per toy (in-process, first run): java $(awk -v c="$JC" -v t="$TOYS" 'BEGIN {printf "%.0f", c * 1e9 / (21 * t)}'), numpy $(awk -v c="$NC" -v t="$TOYS" 'BEGIN {printf "%.0f", c * 1e9 / (21 * t)}')"
echo "load now $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== 2. Feldman-Cousins, 137 bins / 7 channels, 21 x $TOYS toys"
/usr/bin/time -v -o "$OUT/fc137-java.time" java -Xmx512m -cp "$CP" org.toycov.analysis.FeldmanCousinsBenchmark fc \
	"$OUT/fc_model_137.json" "$TOYS" "$THREADS" | tee "$OUT/fc137-java.out"
echo "peak RSS $(awk -F': ' '/Maximum resident/ {print $2}' "$OUT/fc137-java.time") kB"

echo "== 3. Hypothesis test 0 vs 1, 20 bins, $HT_TOYS toys per hypothesis"
/usr/bin/time -v -o "$OUT/ht20-java.time" java -Xmx512m -cp "$CP" org.toycov.analysis.FeldmanCousinsBenchmark ht \
	"$OUT/fc_model_20.json" "$HT_TOYS" "$THREADS" | tee "$OUT/ht20-java.out"
echo "peak RSS $(awk -F': ' '/Maximum resident/ {print $2}' "$OUT/ht20-java.time") kB"
