#!/usr/bin/python3
"""Golden values for metrics/centrality, computed by networkx 2.8.8 and
cross-checked against python-igraph 0.10.2 (Debian packages).

Run with the system interpreter (it has both libraries):

    /usr/bin/python3 metrics/centrality/testdata/make_golden.py

It writes one JSON file per named graph into this directory. Each holds
the node ids (as strings), the edge list with weights (strengths; 1 where
networkx ships none) and, per measure, one value per id in the same order.

Conventions (SPEC §3):
  betweenness           nx.betweenness_centrality(G, normalized=True)
  betweenness_weighted  the same with weight = distance = 1/strength
  closeness             nx.closeness_centrality(G) (hops, wf_improved=True)
  eigenvector           nx.eigenvector_centrality(G, weight='weight'),
                        iterated to tol=1e-13 so the value is the limit
  pagerank              nx.pagerank(G, alpha=0.85, weight='weight'),
                        iterated to tol=1e-13
"""
import json
import math
import os
from heapq import heappush, heappop
from itertools import count

import igraph
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def disconnected():
    """Krackhardt's kite, a weighted triangle, a weighted path and an isolate:
    exercises Wasserman-Faust closeness, dangling PageRank nodes and
    eigenvector centrality on more than one component."""
    g = nx.krackhardt_kite_graph()
    for u, v in g.edges():
        g[u][v]["weight"] = 1 + (u * 7 + v * 3) % 5
    g.add_edge(10, 11, weight=2)
    g.add_edge(11, 12, weight=3)
    g.add_edge(10, 12, weight=1)
    g.add_edge(13, 14, weight=4)
    g.add_edge(14, 15, weight=0.5)
    g.add_node(16)
    return g


def ties():
    """A weighted graph built so that many shortest weighted paths tie
    only up to rounding (1/3 + 1/6 against 1/2, 0.1 + 0.2 against 0.3):
    networkx's exact comparison splits them, ours must not."""
    g = nx.Graph()
    g.add_edge("a", "b", weight=3)
    g.add_edge("b", "c", weight=6)
    g.add_edge("a", "c", weight=2)
    g.add_edge("c", "d", weight=10)
    g.add_edge("d", "e", weight=5)
    g.add_edge("c", "e", weight=1 / 0.3)
    g.add_edge("e", "f", weight=1)
    g.add_edge("a", "x", weight=1)
    g.add_edge("x", "f", weight=1 / (1 / 3 + 1 / 6 + 0.1 + 0.2 + 1 - 1))
    return g


GRAPHS = {
    "karate": nx.karate_club_graph,
    "florentine": nx.florentine_families_graph,
    "kite": nx.krackhardt_kite_graph,
    "lesmis": nx.les_miserables_graph,
    "disconnected": disconnected,
    "ties": ties,
}

EPS = 1e-9  # relative tolerance for equal path lengths, as in the Go code


def tolerant_betweenness(G, weight):
    """networkx's Dijkstra-Brandes (_single_source_dijkstra_path_basic and
    _accumulate_basic) with one change: path lengths within a relative EPS
    count as equal, as in igraph and in our Go kernel."""
    bc = dict.fromkeys(G, 0.0)
    for s in G:
        S, P, sigma, D, seen = [], {v: [] for v in G}, dict.fromkeys(G, 0.0), {}, {s: 0}
        sigma[s] = 1.0
        c = count()
        Q = [(0, next(c), s, s)]
        while Q:
            dist, _, pred, v = heappop(Q)
            if v in D:
                continue
            sigma[v] += sigma[pred]
            S.append(v)
            D[v] = dist
            for w, ed in G[v].items():
                vw = dist + ed[weight]
                if w in D:
                    continue
                if w in seen and abs(vw - seen[w]) <= EPS * max(vw, seen[w]):
                    sigma[w] += sigma[v]
                    P[w].append(v)
                elif w not in seen or vw < seen[w]:
                    seen[w] = vw
                    heappush(Q, (vw, next(c), v, w))
                    sigma[w] = 0.0
                    P[w] = [v]
        delta = dict.fromkeys(S, 0)
        while S:
            w = S.pop()
            coeff = (1 + delta[w]) / sigma[w]
            for v in P[w]:
                delta[v] += sigma[v] * coeff
            if w != s:
                bc[w] += delta[w]
    n = len(G)
    scale = 1 / ((n - 1) * (n - 2)) if n > 2 else 1
    return {v: x * scale for v, x in bc.items()}


def close(a, b, tol):
    return all(abs(a[k] - b[k]) <= tol for k in a)


def main():
    for name, make in GRAPHS.items():
        G = make()
        for u, v, d in G.edges(data=True):
            d.setdefault("weight", 1)
            d["distance"] = 1 / d["weight"]
        nodes = list(G.nodes())
        ids = [str(v) for v in nodes]
        assert len(set(ids)) == len(ids)

        bw = nx.betweenness_centrality(G, normalized=True)
        bww_exact = nx.betweenness_centrality(G, normalized=True, weight="distance")
        bww = tolerant_betweenness(G, "distance")
        cl = nx.closeness_centrality(G)
        ev = nx.eigenvector_centrality(G, weight="weight", tol=1e-13, max_iter=100000)
        pr = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-13, max_iter=100000)

        # Cross-checks against other implementations.
        n = len(G)
        ig = igraph.Graph.from_networkx(G)
        inodes = ig.vs["_nx_name"]
        scale = 2 / ((n - 1) * (n - 2))
        ib = dict(zip(inodes, [x * scale for x in ig.betweenness()]))
        ibw = dict(zip(inodes, [x * scale for x in ig.betweenness(weights="distance")]))
        assert close(bw, ib, 1e-12), name
        assert close(bww, ibw, 1e-12), name
        assert close(pr, dict(zip(inodes, ig.pagerank(weights="weight"))), 1e-9), name
        assert close(ev, nx.eigenvector_centrality_numpy(G, weight="weight"), 1e-9) or \
            nx.number_connected_components(G) > 1, name
        if nx.is_connected(G):
            assert close(cl, dict(zip(inodes, ig.closeness())), 1e-12), name
        if not close(bww, bww_exact, 1e-12):
            diff = max(abs(bww[k] - bww_exact[k]) for k in bww)
            print(f"{name}: exact-equality weighted betweenness differs by up to {diff:.3g}")

        out = {
            "name": name,
            "source": "networkx %s, cross-checked with python-igraph %s" % (nx.__version__, igraph.__version__),
            "ids": ids,
            "edges": [[str(u), str(v), float(d["weight"])] for u, v, d in G.edges(data=True)],
            "betweenness": [bw[v] for v in nodes],
            "betweenness_weighted": [bww[v] for v in nodes],
            "closeness": [cl[v] for v in nodes],
            "eigenvector": [ev[v] for v in nodes],
            "pagerank": [pr[v] for v in nodes],
        }
        with open(os.path.join(HERE, name + ".json"), "w") as f:
            json.dump(out, f, indent=1)
            f.write("\n")
        print(f"{name}: {n} nodes, {G.number_of_edges()} edges")


if __name__ == "__main__":
    main()
