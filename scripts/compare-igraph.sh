#!/usr/bin/env bash
# Issue 3's speed check: `gbo metrics` (which computes every measure of
# SPEC §3, not only these) against python-igraph computing betweenness (hops
# and weighted), closeness, eigenvector, PageRank, constraint, coreness,
# transitivity, multilevel communities, articulation points and bridges, on
# the same seeded G(n, m) graphs, in the same run. Both sides read the case
# from the same CSV files. Wall-clock seconds, best of 3.
#
#   scripts/compare-igraph.sh            # 1k/5k and 5k/25k; 20k/100k for gbo only
#   IGRAPH_LARGE=1 scripts/compare-igraph.sh
set -euo pipefail
cd "$(dirname "$0")/.."
py=/usr/bin/python3
if ! $py -c 'import igraph' 2>/dev/null || ! command -v bc >/dev/null || [ ! -x /usr/bin/time ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-igraph bc time >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gbo" ./cmd/gbo

best_of() { # best wall time of 3 runs of a command, in seconds
  local best=""
  for _ in 1 2 3; do
    local t0 t1 t
    t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N)
    t=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  printf '%.3f' "$best"
}

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg); $(go version | cut -d' ' -f3); python-igraph $($py -c 'import igraph; print(igraph.__version__)')"
printf '%-14s %10s %10s %12s %10s\n' graph igraph gbo igraph/gbo "gbo MiB"
for size in "1000 5000" "5000 25000" "20000 100000"; do
  set -- $size
  d="$tmp/g$1"
  $py scripts/igraph_all.py make "$1" "$2" 1 "$d"
  if [ "$1" -lt 20000 ]; then
    g=$(best_of "$tmp/gbo" metrics "$d" --format json 2>/dev/null)
  else
    t0=$(date +%s.%N); "$tmp/gbo" metrics "$d" --format json >/dev/null 2>&1; t1=$(date +%s.%N)
    g=$(printf '%.3f' "$(echo "$t1 - $t0" | bc -l)")
  fi
  mem=$( { /usr/bin/time -f "%M" -o "$tmp/mem" "$tmp/gbo" metrics "$d" --format json >/dev/null 2>&1; cat "$tmp/mem"; })
  if [ "$1" -lt 20000 ] || [ -n "${IGRAPH_LARGE:-}" ]; then
    i=$($py scripts/igraph_all.py time "$d" 3)
    ratio=$(echo "$i / $g" | bc -l)
    printf '%-14s %10s %10s %12.2f %10d\n' "$1/$2" "$i" "$g" "$ratio" $((mem / 1024))
  else
    printf '%-14s %10s %10s %12s %10d\n' "$1/$2" "-" "$g" "-" $((mem / 1024))
  fi
done
