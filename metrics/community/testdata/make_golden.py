#!/usr/bin/python3
"""Golden values for metrics/community, from networkx 2.8.8 (Debian).

    /usr/bin/python3 metrics/community/testdata/make_golden.py

For each graph it writes a JSON file with the node ids (strings), the edge
list with weights (strengths; 1 where networkx ships none), the best
modularity nx.community.louvain_communities(G, weight='weight', seed=s)
reaches over seeds 0..19 (with that partition), and some partitions with
their nx.community.modularity(G, P, weight='weight') values.
"""
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def disconnected():
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


def gnm(n, m, seed):
    r = random.Random(seed)
    g = nx.Graph()
    g.add_nodes_from(range(n))
    while g.number_of_edges() < m:
        u, v = r.randrange(n), r.randrange(n)
        if u != v and not g.has_edge(u, v):
            g.add_edge(u, v, weight=r.randint(1, 5))
    return g


def planted(groups, size, p_in, p_out, seed):
    """Planted partition with weights: clear communities."""
    r = random.Random(seed)
    g = nx.Graph()
    n = groups * size
    g.add_nodes_from(range(n))
    for u in range(n):
        for v in range(u + 1, n):
            p = p_in if u // size == v // size else p_out
            if r.random() < p:
                g.add_edge(u, v, weight=r.randint(1, 5))
    return g


GRAPHS = {
    "karate": nx.karate_club_graph,
    "florentine": nx.florentine_families_graph,
    "kite": nx.krackhardt_kite_graph,
    "lesmis": nx.les_miserables_graph,
    "disconnected": disconnected,
    "gnm300": lambda: gnm(300, 900, 7),
    "planted": lambda: planted(8, 40, 0.2, 0.01, 3),
}


def main():
    for name, make in GRAPHS.items():
        G = make()
        for u, v, d in G.edges(data=True):
            d.setdefault("weight", 1)
        nodes = list(G.nodes())
        ids = [str(v) for v in nodes]
        best, best_p = -1, None
        for seed in range(20):
            p = nx.community.louvain_communities(G, weight="weight", seed=seed)
            q = nx.community.modularity(G, p, weight="weight")
            if q > best:
                best, best_p = q, p
        r = random.Random(1)
        partitions = {
            "louvain_best": best_p,
            "singletons": [{v} for v in nodes],
            "one": [set(nodes)],
            "greedy": nx.community.greedy_modularity_communities(G, weight="weight"),
            "components": list(nx.connected_components(G)),
        }
        rnd = {}
        for v in nodes:
            rnd.setdefault(r.randrange(4), set()).add(v)
        partitions["random4"] = list(rnd.values())
        out = {
            "name": name,
            "source": "networkx %s" % nx.__version__,
            "ids": ids,
            "edges": [[str(u), str(v), float(d["weight"])] for u, v, d in G.edges(data=True)],
            "best_louvain_modularity": best,
            "partitions": [
                {"name": k, "communities": [sorted(str(v) for v in c) for c in p],
                 "modularity": nx.community.modularity(G, p, weight="weight")}
                for k, p in partitions.items()
            ],
        }
        with open(os.path.join(HERE, name + ".json"), "w") as f:
            json.dump(out, f, indent=1)
            f.write("\n")
        print(f"{name}: {len(G)} nodes, {G.number_of_edges()} edges, best Q {best:.6f}")


if __name__ == "__main__":
    main()
