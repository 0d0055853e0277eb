#!/usr/bin/env bash
# Start-up time of bin/toycov: `--help` and a default Covariance run, the
# median (and the median CPU time, user + system) of N runs each.
# Issue 9's figures before the fast start (same machine, 2 cores):
# --help 0.66 s, default Covariance 1.0-1.2 s wall and 1.3 s CPU; targets:
# --help <= 0.35 s, Covariance <= 0.6 s wall.
#
# Usage: bench/startup.sh [N=10] [BASE]
#   BASE: another ToyCov checkout (e.g. the commit before the fast start,
#   `git archive 8ff3efa | tar -x -C /tmp/base`), measured the same way in
#   the same run, one launch of each in turn, so both see the same load.
set -euo pipefail
N=${1:-10}; BASE=${2:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
"$ROOT/bin/toycov" --help >/dev/null
[ -n "$BASE" ] && "$BASE/bin/toycov" --help >/dev/null
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
measure() { # label launcher args...
  local label=$1 launcher=$2; shift 2
  ( cd "$tmp" && /usr/bin/time -f "%e %U %S" -a -o "$tmp/$label" "$launcher" "$@" >/dev/null 2>&1 )
}
for i in $(seq 1 "$N"); do
  measure help "$ROOT/bin/toycov" --help
  measure cov "$ROOT/bin/toycov" --headless --run Covariance
  if [ -n "$BASE" ]; then
    measure base-help "$BASE/bin/toycov" --help
    measure base-cov "$BASE/bin/toycov" --headless --run Covariance
  fi
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), median of $N"
for label in help cov base-help base-cov; do
  [ -f "$tmp/$label" ] || continue
  wall=$(awk '{print $1}' "$tmp/$label" | median)
  cpu=$(awk '{print $2 + $3}' "$tmp/$label" | median)
  printf "%-10s wall %5.2f s  cpu %5.2f s\n" "$label" "$wall" "$cpu"
done
