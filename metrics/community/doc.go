// Package community finds the communities of a partner network
// (docs/measures.md#louvain-communities): Louvain modularity optimisation on
// the weighted graph, at resolution 1, with a seeded random order so that the
// same input always gives the same partition, and Newman's weighted modularity
// of a partition.
//
// The kernels work on compressed rows with int32 indices and dense scratch
// arrays (no maps), so a 5000-node network is partitioned in milliseconds.
// Results are checked against networkx 2.8.8's louvain_communities and
// modularity on named graphs.
//
// # Imports
//
// A kernel: it may import gbo/graph/network (only for the CSR Network) and the
// standard library, nothing else. It must not import metrics or any other
// package of metrics/… (sub-packages never import their parent), render,
// samples or cmd, nor any reader or writer: no excelize, TOML, CSV or xlsx.
// Related: scores and depth are computed in package metrics (score.go); the
// Louvain partition reaches the outputs through measures.Measure (measures/measures.go)
// and the maps' --colour community.
//
// Its dependencies are gbo/graph/network, gonum's graph interfaces and the
// standard library: no reader (metrics/layers_test.go checks).
package community
