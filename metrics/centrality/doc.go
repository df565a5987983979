// Package centrality computes the partner centralities of
// docs/measures.md#partner-measures on a network.Network: betweenness (hops and
// weighted), closeness, eigenvector and PageRank. Each is a plain function
// returning one value per node index.
//
// The kernels work on the network's compressed rows with int32 indices and
// flat per-worker scratch arrays, so memory is O(n+m) per worker. The
// all-sources kernels (betweenness, closeness) split the sources into
// fixed-size chunks run on runtime.GOMAXPROCS workers; per-chunk sums are
// added in chunk order, so results are the same bit for bit on any number of
// cores and under any scheduling.
//
// Tie weights are strengths (larger is closer). Weighted path measures use the
// distance 1/weight; ties whose weight is not positive are left out of them.
//
// Values follow networkx (2.8.8, which agrees with networkx 3 here) and the
// tests check them against networkx and python-igraph on named graphs.
//
// # Imports
//
// A kernel: it may import gbo/graph/network (only for the CSR Network) and the
// standard library, nothing else. It must not import metrics or any other
// package of metrics/… (sub-packages never import their parent), render,
// samples or cmd, nor any reader or writer: no excelize, TOML, CSV or xlsx.
// Related: scores and depth are computed in package metrics (score.go); the
// figures of docs/measures.md#partner-measures are assembled from these
// kernels by measures.Measure (measures/measures.go).
//
// Its dependencies are gbo/graph/network, gonum's graph interfaces and the
// standard library: no reader (metrics/layers_test.go checks).
package centrality
