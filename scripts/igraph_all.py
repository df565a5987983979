"""Times python-igraph on the measures `gbo metrics` computes (issue 3).

  igraph_all.py make N M SEED DIR   write G(n, m) as a gbo case (partners.csv, ties.csv)
  igraph_all.py time DIR REPEAT     time igraph's equivalents on that case, best of REPEAT

The case is the graph itself: every edge is a one-sided rating at depth 1..5,
so the tie graph gbo builds has exactly these edges with these weights.
Run with Debian's /usr/bin/python3 (python3-igraph).
"""
import csv
import os
import random
import sys
import time

import igraph as ig


def make(n, m, seed, d):
    rnd = random.Random(seed)
    os.makedirs(d, exist_ok=True)
    sectors = ["OCMW", "CAW", "DMW", "school", "huisarts", "wonen", "VDAB"]
    with open(os.path.join(d, "partners.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "sector"])
        for i in range(n):
            w.writerow([f"p{i:06d}", sectors[rnd.randrange(len(sectors))]])
    seen = set()
    with open(os.path.join(d, "ties.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["from", "to", "depth"])
        while len(seen) < m:
            a, b = rnd.randrange(n), rnd.randrange(n)
            if a == b or (min(a, b), max(a, b)) in seen:
                continue
            seen.add((min(a, b), max(a, b)))
            w.writerow([f"p{a:06d}", f"p{b:06d}", rnd.randint(1, 5)])


def load(d):
    ids = {}
    with open(os.path.join(d, "partners.csv")) as f:
        for row in csv.DictReader(f):
            ids[row["id"]] = len(ids)
    edges, weights = [], []
    with open(os.path.join(d, "ties.csv")) as f:
        for row in csv.DictReader(f):
            edges.append((ids[row["from"]], ids[row["to"]]))
            weights.append(float(row["depth"]))
    g = ig.Graph(n=len(ids), edges=edges)
    g.es["weight"] = weights
    g.es["distance"] = [1.0 / x for x in weights]
    return g


def everything(g):
    g.betweenness()
    g.betweenness(weights="distance")
    g.closeness()
    g.eigenvector_centrality(weights="weight")
    g.pagerank(weights="weight")
    g.constraint(weights="weight")
    g.coreness()
    g.transitivity_local_undirected()
    g.transitivity_undirected()
    g.community_multilevel(weights="weight")
    g.articulation_points()
    g.bridges()


def main():
    if sys.argv[1] == "make":
        make(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
        return
    d, repeat = sys.argv[2], int(sys.argv[3])
    best = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        g = load(d)  # reading counts on both sides: gbo reads the case too
        everything(g)
        t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    print(f"{best:.4f}")


if __name__ == "__main__":
    main()
