#!/usr/bin/env bash
# Starts the launcher N times in a row (P at a time) and counts the launches
# whose SciJava context failed to start ("Cannot create plugin", "[ERROR]") or
# that did not exit 0. Issue 9 saw about 1 in 400 fail with
# "Cannot create plugin: org.scijava.convert.ArrayConverters$CharArrayWrapper".
#
# Usage: bench/launch-loop.sh [N=500] [P=1]
set -uo pipefail
N=${1:-500}; P=${2:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
bin/toycov --help >/dev/null || exit 1   # builds on first use
LOG=target/launch-loop; rm -rf "$LOG"; mkdir -p "$LOG"
one() {
  local i=$1
  bin/toycov --headless --run Covariance "e_obs=110" >"$LOG/$i.out" 2>"$LOG/$i.err"
  local rc=$?
  if [ $rc -ne 0 ] || grep -q -e "Cannot create plugin" -e "\[ERROR\]" -e "Exception" "$LOG/$i.err"; then
    echo "launch $i: status $rc: $(head -c 300 "$LOG/$i.err")"
  else
    rm -f "$LOG/$i.out" "$LOG/$i.err"
  fi
}
export -f one; export LOG
start=$(date +%s)
seq 1 "$N" | xargs -P "$P" -I{} bash -c 'one {}' | tee "$LOG/failures.txt"
fails=$(wc -l < "$LOG/failures.txt")
echo "launches: $N ($P at a time), failed: $fails, in $(( $(date +%s) - start )) s"
[ "$fails" -eq 0 ]
