#!/usr/bin/python3
"""Golden values for the bipartite measures of package boundary, from
networkx (Debian's python3-networkx 2.8.8; run with /usr/bin/python3):

    cd metrics/boundary/testdata && /usr/bin/python3 make_golden.py

Writes davis.golden.json: Davis's Southern Women (nx.davis_southern_women_graph:
18 women, 14 events) with the women as partners (the top set) and the events
as objects, the edge list, and networkx.bipartite.degree_centrality and
betweenness_centrality of every node. The Go test builds a case from the
same edges (one event per club event, all its women taking part), so values
are matched by name, never by position.
"""
import json

import networkx as nx
from networkx.algorithms import bipartite

G = nx.davis_southern_women_graph()
women = sorted(G.graph["top"])
events = sorted(G.graph["bottom"])
deg = bipartite.degree_centrality(G, women)
bet = bipartite.betweenness_centrality(G, women)
out = {
    "networkx": nx.__version__,
    "women": women,
    "events": events,
    # Each edge as [woman, event].
    "edges": sorted([u, v] if u in G.graph["top"] else [v, u] for u, v in G.edges()),
    "degree_centrality": {k: deg[k] for k in sorted(deg)},
    "betweenness": {k: bet[k] for k in sorted(bet)},
}
with open("davis.golden.json", "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
