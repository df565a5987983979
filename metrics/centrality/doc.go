// Package centrality computes the partner centralities of
// docs/measures.md#partner-measures on a graph.Network: betweenness (hops and
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
// A kernel: it may import gbo/graph (only for the CSR Network) and the
// standard library, nothing else. It must not import metrics or any other
// package of metrics/… (sub-packages never import their parent), render,
// samples or cmd, nor any reader or writer: no excelize, TOML, CSV or xlsx.
// Related: scores and depth are computed in package metrics (score.go); the
// figures of docs/measures.md#partner-measures are assembled from these
// kernels by metrics.Measure (measures.go).
//
// Known exception: gbo/graph holds the readers as well as the network, so
// go list -deps ./metrics/centrality lists 139 packages, among them
// archive/zip, encoding/csv, encoding/xml, BurntSushi/toml and the charset
// decoders of golang.org/x/text and golang.org/x/net
// (docs/layout.md#known-exceptions). Issue 14 moves the network into a package
// of its own, after which the kernel's dependencies are the standard library
// and gonum's graph interfaces only.
package centrality
