// Package centrality computes the partner centralities of docs/measures.md#partner-measures on a
// graph.Network: betweenness (hops and weighted), closeness, eigenvector and
// PageRank. Each is a plain function returning one value per node index.
//
// The kernels work on the network's compressed rows with int32 indices and
// flat per-worker scratch arrays, so memory is O(n+m) per worker. The
// all-sources kernels (betweenness, closeness) split the sources into
// fixed-size chunks run on runtime.GOMAXPROCS workers; per-chunk sums are
// added in chunk order, so results are the same bit for bit on any number of
// cores and under any scheduling.
//
// Tie weights are strengths (larger is closer). Weighted path measures use
// the distance 1/weight; ties whose weight is not positive are left out of
// them.
//
// Values follow networkx (2.8.8, which agrees with networkx 3 here) and the
// tests check them against networkx and python-igraph on named graphs.
package centrality
