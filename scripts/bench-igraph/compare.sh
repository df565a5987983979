#!/bin/bash
# Times gbo's kernels against python-igraph on the same seeded random
# G(n,m) graphs (weights 1..5) and prints a table with ratios.
#
#   scripts/bench-igraph/compare.sh            # 1k/5k, 5k/25k; 20k/100k for gbo only
#   IGRAPH_LARGE=1 scripts/bench-igraph/compare.sh   # igraph on 20k/100k too (minutes)
#
# Needs /usr/bin/python3 with python-igraph (Debian's python3-igraph).
# Extra go flags can be passed in GOFLAGS_BENCH (e.g. -overlay=...).
set -euo pipefail
cd "$(dirname "$0")/../.."
py=/usr/bin/python3
here=scripts/bench-igraph
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build ${GOFLAGS_BENCH:-} -o "$tmp/bench" ./$here

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; $(go version | cut -d' ' -f3); python-igraph $($py -c 'import igraph; print(igraph.__version__)')"
echo "seconds: wall clock of the fastest of 3 runs (1 for 20k) and that run's CPU time"
echo "(igraph is single-threaded; gbo uses all cores; CPU time is steadier on a busy machine)"
for size in "1000 5000" "5000 25000" "20000 100000"; do
  set -- $size
  f="$tmp/g$1.txt"
  $py $here/igraph_bench.py gen "$1" "$2" 1 "$f"
  "$tmp/bench" -repeat $([ "$1" -lt 20000 ] && echo 3 || echo 1) -edges "$f" > "$tmp/gbo.txt"
  if [ "$1" -lt 20000 ] || [ -n "${IGRAPH_LARGE:-}" ]; then
    REPEAT=$([ "$1" -lt 20000 ] && echo 3 || echo 1) $py $here/igraph_bench.py time "$f" > "$tmp/ig.txt"
  else
    : > "$tmp/ig.txt"
  fi
  echo
  echo "G(n=$1, m=$2)"
  $py - "$tmp/ig.txt" "$tmp/gbo.txt" <<'PY'
import sys
nan = float("nan")
def read(p):
    d = {}
    for line in open(p):
        if line.startswith("#"):
            print("gbo" + line[1:].rstrip())
            continue
        k, wall, cpu = line.split()
        d[k] = (float(wall), float(cpu))
    return d
ig, us = read(sys.argv[1]), read(sys.argv[2])
print(f"{'':22} {'--- igraph ---':>19} {'----- gbo -----':>19} {'igraph/gbo':>19}")
print(f"{'kernel':22} {'wall':>9} {'cpu':>9} {'wall':>9} {'cpu':>9} {'wall':>9} {'cpu':>9}")
rows = [(k, ig.get(k, (nan, nan)), us[k]) for k in us]
rows.append(("total", tuple(sum(r[1][i] for r in rows) for i in (0, 1)), tuple(sum(r[2][i] for r in rows) for i in (0, 1))))
for k, (iw, ic), (uw, uc) in rows:
    print(f"{k:22} {iw:9.4f} {ic:9.4f} {uw:9.4f} {uc:9.4f} {iw / uw:9.2f} {ic / uc:9.2f}")
PY
done
