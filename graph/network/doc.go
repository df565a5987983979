// Package network holds the graph every measure kernel takes: Network, an
// undirected weighted simple graph on compressed sparse rows (New), and
// Digraph, its directed counterpart (NewDigraph), with node indices 0…N()−1
// standing for the partner ids in IDs (sorted in byte order).
//
// Both are gonum graphs (gonum.go): Network implements graph.Undirected and
// graph.WeightedUndirected, Digraph graph.Directed and graph.WeightedDirected,
// and the Distances and Hops views give gonum's path algorithms a length
// (1/weight, or 1 per tie) instead of a strength.
//
// # Imports
//
// May import: the standard library and gonum.org/v1/gonum/graph (with its
// iterator package) for the interfaces. It must import no gbo package and no
// reader (no CSV, xlsx, TOML or text encodings): the kernels of metrics/…
// import it, and what it imports they carry (metrics/layers_test.go checks).
package network
