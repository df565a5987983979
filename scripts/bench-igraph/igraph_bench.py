#!/usr/bin/python3
"""Times python-igraph on a seeded random G(n,m) graph, for comparison with
gbo's kernels (see compare.sh).

    /usr/bin/python3 igraph_bench.py gen N M SEED FILE   # write the edge list
    /usr/bin/python3 igraph_bench.py time FILE            # time igraph on it

The edge file has a first line "n m" and then one tie per line, "u v w",
with 0 <= u < v < n and an integer strength w in 1..5.
Timings are printed as "kernel seconds cpu-seconds" lines (wall clock of the
fastest of REPEAT runs, default 3, and that run's process CPU time).
"""
import os
import random
import sys
import time

REPEAT = int(os.environ.get("REPEAT", "3"))


def gen(n, m, seed, path):
    r = random.Random(seed)
    seen = set()
    edges = []
    while len(edges) < m:
        u, v = r.randrange(n), r.randrange(n)
        if u == v:
            continue
        if u > v:
            u, v = v, u
        if (u, v) in seen:
            continue
        seen.add((u, v))
        edges.append((u, v, r.randint(1, 5)))
    with open(path, "w") as f:
        f.write(f"{n} {m}\n")
        for u, v, w in edges:
            f.write(f"{u} {v} {w}\n")


def load(path):
    with open(path) as f:
        n, _ = map(int, f.readline().split())
        edges, ws = [], []
        for line in f:
            u, v, w = line.split()
            edges.append((int(u), int(v)))
            ws.append(float(w))
    return n, edges, ws


def timeit(name, fn):
    best, best_cpu = float("inf"), 0
    for _ in range(REPEAT):
        c, t = time.process_time(), time.perf_counter()
        fn()
        t = time.perf_counter() - t
        if t < best:
            best, best_cpu = t, time.process_time() - c
    print(f"{name} {best:.6f} {best_cpu:.6f}", flush=True)


def main():
    if sys.argv[1] == "gen":
        gen(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
        return
    import igraph

    n, edges, ws = load(sys.argv[2])
    g = igraph.Graph(n=n, edges=edges)
    g.es["weight"] = ws
    g.es["dist"] = [1 / w for w in ws]
    only = sys.argv[3] if len(sys.argv) > 3 else None
    for name, fn in [
        ("betweenness", lambda: g.betweenness()),
        ("betweenness_weighted", lambda: g.betweenness(weights="dist")),
        ("closeness", lambda: g.closeness()),
        ("eigenvector", lambda: g.eigenvector_centrality(weights="weight")),
        ("pagerank", lambda: g.pagerank(weights="weight")),
        ("louvain", lambda: g.community_multilevel(weights="weight")),
    ]:
        if only is None or name == only:
            timeit(name, fn)


if __name__ == "__main__":
    main()
