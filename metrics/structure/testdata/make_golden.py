#!/usr/bin/python3
"""Golden values for the structure package, from networkx (Debian's
python3-networkx 2.8.8; run with /usr/bin/python3).

    cd metrics/structure/testdata && /usr/bin/python3 make_golden.py
    Rscript make_brokerage.R      # brokerage reference from R's sna

Writes golden.json (networkx measures of named graphs) and
brokerage_input.json (graphs and groupings that make_brokerage.R reads).
Node ids are strings; the Go test builds graph.Network from the same edges,
so values are matched by id, never by position. An edge key is "a|b" with
a < b in byte order, as graph.Network orders ids.
"""
import json
import math
import random

import networkx as nx


def key(a, b):
    a, b = str(a), str(b)
    return f"{a}|{b}" if a < b else f"{b}|{a}"


def fnum(x):
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    return x


def mixed_graph():
    """A seeded sparse random graph: several components, isolates, two
    equally large biggest components are possible; random weights."""
    rng = random.Random(7)
    G = nx.gnm_random_graph(40, 36, seed=7)
    for u, v in G.edges:
        G[u][v]["weight"] = rng.choice([0.5, 1, 1.5, 2, 3.25, 4])
    return G


def tie_graph():
    """Two components of four nodes, a star and a path, plus an isolate: the
    largest-component tie goes to the one holding the smallest id, the path
    a-b-c-d (diameter 3), not the star on w (diameter 2)."""
    G = nx.Graph()
    G.add_edges_from([("w", "x"), ("w", "y"), ("w", "z"), ("a", "b"), ("b", "c"), ("c", "d")])
    G.add_node("m")
    return G


def graphs():
    out = {}
    out["karate"] = nx.karate_club_graph()  # weighted (networkx >= 2.7)
    out["florentine"] = nx.florentine_families_graph()
    out["kite"] = nx.krackhardt_kite_graph()
    out["lesmis"] = nx.les_miserables_graph()  # weighted
    out["mixed"] = mixed_graph()
    out["ties"] = tie_graph()
    return out


def relabel(G):
    return nx.relabel_nodes(G, {u: str(u) for u in G.nodes})


def largest_cc(G):
    comps = [sorted(c) for c in nx.connected_components(G)]
    # largest; between equals, the one whose smallest id is smallest
    comps.sort(key=lambda c: (-len(c), c[0]))
    return G.subgraph(comps[0]).copy()


def key_players_bruteforce(G, k):
    """Greedy KPP-Neg by recomputing components for every candidate."""
    H = G.copy()
    chosen, frag = [], []
    for _ in range(k):
        best = None
        for x in sorted(H.nodes):
            R = H.copy()
            R.remove_node(x)
            r = R.number_of_nodes()
            s = sum(len(c) * (len(c) - 1) for c in nx.connected_components(R))
            F = 1.0 if r < 2 else 1 - s / (r * (r - 1))
            if best is None or F > best[1] + 1e-15:
                best = (x, F)
        chosen.append(best[0])
        frag.append(best[1])
        H.remove_node(best[0])
    return chosen, frag


def pairs_disconnected(G, removed):
    before = {u: i for i, c in enumerate(nx.connected_components(G)) for u in c}
    R = G.copy()
    R.remove_nodes_from(removed)
    after = {u: i for i, c in enumerate(nx.connected_components(R)) for u in c}
    nodes = sorted(R.nodes)
    cnt = 0
    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            if before[a] == before[b] and after[a] != after[b]:
                cnt += 1
    return cnt


def measures(G):
    G = relabel(G)
    has_w = any("weight" in d for _, _, d in G.edges(data=True))
    edges = sorted([min(str(u), str(v)), max(str(u), str(v)),
                    float(d.get("weight", 1))] for u, v, d in G.edges(data=True))
    # Span for every edge: hops between the ends with the edge removed.
    span, emb = {}, {}
    for u, v in G.edges:
        emb[key(u, v)] = len(set(G[u]) & set(G[v]))
        H = G.copy()
        H.remove_edge(u, v)
        try:
            span[key(u, v)] = nx.shortest_path_length(H, u, v)
        except nx.NetworkXNoPath:
            span[key(u, v)] = -1
    local = {}
    for u, v, s in nx.local_bridges(G, with_span=True):
        local[key(u, v)] = -1 if math.isinf(s) else s
    deg = dict(G.degree)
    n = G.number_of_nodes()
    dmax = max(deg.values()) if deg else 0
    dc = 0.0 if n < 3 else sum(dmax - d for d in deg.values()) / ((n - 1) * (n - 2))
    L = largest_cc(G)
    diam = nx.diameter(L) if L.number_of_nodes() > 1 else 0
    apl = nx.average_shortest_path_length(L) if L.number_of_nodes() > 1 else 0.0
    kp, frag = key_players_bruteforce(G, min(4, n))
    removed_sets = [kp[:1], kp[:2], sorted(G.nodes)[::3]]
    return {
        "weighted": has_w,
        "nodes": sorted(G.nodes),
        "edges": edges,
        "density": nx.density(G),
        "components": sorted(sorted(c) for c in nx.connected_components(G)),
        "articulation_points": sorted(nx.articulation_points(G)),
        "bridges": sorted(sorted(e) for e in nx.bridges(G)),
        "local_bridges": local,
        "span": span,
        "embeddedness": emb,
        "constraint": {u: fnum(x) for u, x in nx.constraint(G, weight="weight").items()},
        "effective_size": {u: fnum(x) for u, x in nx.effective_size(G, weight="weight").items()},
        "core_number": nx.core_number(G),
        "clustering": nx.clustering(G),
        "average_clustering": nx.average_clustering(G),
        "transitivity": nx.transitivity(G),
        "degree_centralization": dc,
        "diameter": diam,
        "average_path_length": apl,
        "key_players": kp,
        "fragmentation": frag,
        "pairs_disconnected": [{"removed": sorted(r), "pairs": pairs_disconnected(G, r)}
                               for r in removed_sets],
    }


def brokerage_inputs(gs):
    """Graphs and groupings for make_brokerage.R. Undirected graphs go both
    ways (each edge as two arcs); "random_directed" has real arcs."""
    flor = relabel(gs["florentine"])
    flor_groups = {}
    for i, u in enumerate(sorted(flor.nodes)):
        flor_groups[u] = ["bank", "wool", "church"][i % 3]
    kite = relabel(gs["kite"])
    kite_groups = {u: ("A" if int(u) < 3 else "B" if int(u) < 7 else "C") for u in kite.nodes}
    rng = random.Random(11)
    D = nx.gnm_random_graph(25, 90, seed=11, directed=True)
    D = relabel(D)
    d_groups = {u: rng.choice(["CAW", "OCMW", "DMW", "school"]) for u in D.nodes}
    karate = relabel(gs["karate"])
    k_groups = {u: karate.nodes[u]["club"] for u in karate.nodes}

    def both(G):
        return sorted([a, b] for u, v in G.edges for a, b in ((str(u), str(v)), (str(v), str(u))))

    return {
        "florentine": {"nodes": sorted(flor.nodes), "arcs": both(flor), "groups": flor_groups},
        "kite": {"nodes": sorted(kite.nodes), "arcs": both(kite), "groups": kite_groups},
        "karate": {"nodes": sorted(karate.nodes), "arcs": both(karate), "groups": k_groups},
        "random_directed": {"nodes": sorted(D.nodes), "arcs": sorted([u, v] for u, v in D.edges),
                            "groups": d_groups},
    }


def main():
    gs = graphs()
    golden = {name: measures(G) for name, G in gs.items()}
    golden["_source"] = f"networkx {nx.__version__}, make_golden.py"
    with open("golden.json", "w") as f:
        json.dump(golden, f, indent=1, sort_keys=True)
    with open("brokerage_input.json", "w") as f:
        json.dump(brokerage_inputs(gs), f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
