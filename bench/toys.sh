#!/usr/bin/env bash
# Side-by-side benchmark: the Java toys engine (org.toycov.bench.ToyBenchmark, test scope: not in the plugin jar) against the
# seed's numpy code (../shared/bench/seed_numpy.py, Generator and legacy modes), same toys,
# same machine, one run. Peak RSS of each from /usr/bin/time -v.
#
# Usage: bench/toys.sh [toys=1e8] [threads=nproc] [seed=1]
# Needs: java, mvn, /usr/bin/time (apt-get install -y time), /usr/bin/python3 with numpy
# (apt-get install -y python3-numpy).
set -euo pipefail

TOYS=${1:-1e8}
THREADS=${2:-$(nproc)}
SEED=${3:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PEER=${NUMPY_PEER:-$ROOT/../shared/bench/seed_numpy.py}
[ -f "$PEER" ] || PEER=/work/shared/bench/seed_numpy.py
OUT=${BENCH_OUT:-$ROOT/target/bench}
mkdir -p "$OUT"

missing=0
for c in java mvn; do command -v "$c" >/dev/null || { echo "missing: $c"; missing=1; }; done
[ -x /usr/bin/time ] || { echo "missing: /usr/bin/time -- install with: apt-get install -y time"; missing=1; }
/usr/bin/python3 -c 'import numpy' 2>/dev/null || { echo "missing: numpy for /usr/bin/python3 -- install with: apt-get install -y python3-numpy"; missing=1; }
[ -f "$PEER" ] || { echo "missing: numpy peer $PEER"; missing=1; }
[ $missing = 0 ] || exit 2

# Build if needed (classes older than any source, or no classpath file yet).
cd "$ROOT"
CLS=target/test-classes/org/toycov/bench/ToyBenchmark.class
if [ ! -f "$CLS" ] || [ -n "$(find src/main/java src/test/java -newer "$CLS" -name '*.java' | head -1)" ] || [ ! -f target/bench-classpath.txt ]; then
	echo "building..."
	mvn -B -q -DskipTests package
	mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
fi
CP=target/classes:target/test-classes:$(cat target/bench-classpath.txt)

# Peak RSS (kB) and elapsed wall (s) from a /usr/bin/time -v log.
rss() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }
elapsed() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"; }

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo); load $(cut -d' ' -f1-3 /proc/loadavg)"
run_java() {
	echo "== java run $1: toys=$TOYS threads=$THREADS seed=$SEED (JIT warm-up: two rounds of min(toys, 5e6) per mode, not timed)"
	# NB: -Xmx256m: the engine streams; a small heap keeps the peak RSS honest.
	/usr/bin/time -v -o "$OUT/java$1.time" java -Xmx256m -cp "$CP" org.toycov.bench.ToyBenchmark "$TOYS" "$THREADS" "$SEED" slice,full | tee "$OUT/java$1.out"
}
# NB: this machine is shared and noisy: Java runs before and after the numpy peers, and the
# ratios use the mean of the two Java runs.
run_java 1

run_numpy() {
	local mode=$1
	echo "== numpy $mode: toys=$TOYS"
	# NB: DESIGN.md: OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE must not be set for the numpy peer; unset for this command only.
	( unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE; /usr/bin/time -v -o "$OUT/numpy-$mode.time" /usr/bin/python3 "$PEER" "$TOYS" "$mode" ) | tee "$OUT/numpy-$mode.out"
}
[ -n "${OPENBLAS_CORETYPE:-}${OPENBLAS_L2_SIZE:-}" ] && echo "(OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE are set here; unset for numpy only)"
run_numpy generator
run_numpy legacy
run_java 2

jwall() { awk -v m="$1" '$1 == "java" && $2 == m && $3 ~ /^toys=/ {sub("wall=","",$NF); sub("s$","",$NF); print $NF}' "$2"; }
js1=$(jwall slice "$OUT/java1.out"); js2=$(jwall slice "$OUT/java2.out")
jf1=$(jwall full "$OUT/java1.out"); jf2=$(jwall full "$OUT/java2.out")
jslice=$(awk -v a="$js1" -v b="$js2" 'BEGIN {print (a + b) / 2}')
jfull=$(awk -v a="$jf1" -v b="$jf2" 'BEGIN {print (a + b) / 2}')
jrss=$(( $(rss "$OUT/java1.time") > $(rss "$OUT/java2.time") ? $(rss "$OUT/java1.time") : $(rss "$OUT/java2.time") ))
ngen=$(awk '/wall=/ {sub(".*wall=",""); sub("s$",""); print}' "$OUT/numpy-generator.out")
nleg=$(awk '/wall=/ {sub(".*wall=",""); sub("s$",""); print}' "$OUT/numpy-legacy.out")

echo
echo "== summary (toys=$TOYS per scenario, orig + tune; times are the timed scenario walls)"
echo "java slice: runs $js1 s and $js2 s; java full: runs $jf1 s and $jf2 s (mean used below)"
printf "%-34s %9s %12s %12s\n" "" "wall [s]" "peak RSS" "process [s]"
printf "%-34s %9.2f %9d MB %12.2f\n" "java slice study (threads=$THREADS)" "$jslice" $(( jrss / 1024 )) "$(elapsed "$OUT/java1.time")"
printf "%-34s %9.2f %12s %12s\n" "java full summaries (2D + chi2)" "$jfull" "(same JVM)" ""
printf "%-34s %9.2f %9d MB %12.2f\n" "numpy generator" "$ngen" $(( $(rss "$OUT/numpy-generator.time") / 1024 )) "$(elapsed "$OUT/numpy-generator.time")"
printf "%-34s %9.2f %9d MB %12.2f\n" "numpy legacy (the seed's calls)" "$nleg" $(( $(rss "$OUT/numpy-legacy.time") / 1024 )) "$(elapsed "$OUT/numpy-legacy.time")"
awk -v s="$jslice" -v f="$jfull" -v g="$ngen" -v l="$nleg" 'BEGIN {
	printf "speed-up vs numpy generator: slice %.1fx, full %.1fx\n", g / s, g / f
	printf "speed-up vs numpy legacy:    slice %.1fx, full %.1fx\n", l / s, l / f }'
echo "(java process time includes JVM start, warm-up and both studies)"

# CPU per toy: what a cluster pays, and what a loaded machine distorts least. Java: the engine's CPU
# (all its threads) over each timed scenario, mean over both runs; numpy: user + sys of the whole
# process over its 2 x toys (one thread, so close to its wall).
jcpu() { awk -v m="$1" '$1 == "java" && $2 == m && /ns\/toy\)/ {s = $0; sub(/ ns\/toy\).*/, "", s); sub(/.*, /, "", s); t += s; n++} END {if (n) printf "%.1f", t / n}' "$OUT/java1.out" "$OUT/java2.out"; }
cpus() { awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$1"; }
ntoys=$(awk -v t="$TOYS" 'BEGIN {printf "%.0f", t}')
jcs=$(jcpu slice); jcf=$(jcpu full)
ncg=$(awk -v c="$(cpus "$OUT/numpy-generator.time")" -v n="$ntoys" 'BEGIN {printf "%.1f", c * 1e9 / (2 * n)}')
ncl=$(awk -v c="$(cpus "$OUT/numpy-legacy.time")" -v n="$ntoys" 'BEGIN {printf "%.1f", c * 1e9 / (2 * n)}')
echo
echo "== CPU per toy (load now $(cut -d' ' -f1-3 /proc/loadavg))"
echo "java slice study $jcs ns, full study $jcf ns (mean of the timed scenarios); numpy generator $ncg ns, legacy $ncl ns (whole process)"
awk -v s="$jcs" -v f="$jcf" -v g="$ncg" -v l="$ncl" 'BEGIN {
	printf "CPU ratio vs numpy generator: slice %.1fx, full %.1fx; vs legacy: slice %.1fx, full %.1fx\n", g / s, g / f, l / s, l / f }'
