// Package structure holds the structural measures of a partnership network:
// components and density, cut points and bridges, local bridges and
// embeddedness, Burt's structural holes, k-cores, clustering, Freeman
// centralisation, diameter and average path length, Gould–Fernandez brokerage
// roles and Borgatti's key players.
//
// Every function takes the compact CSR form of package graph/network and
// returns plain slices indexed by node (or aligned with g.Edges() for per-tie
// values). The conventions are those of networkx 3 unless a function says
// otherwise; the weights of a network.Network are strengths (larger is
// closer), and only Constraint and EffectiveSize read them. Kernels work on
// int32 arrays without maps or recursion, so they run in about O(n+m)
// (triangle-based ones in O(m·√m)) and a path of many thousand nodes cannot
// exhaust the stack.
//
// The tests compare with golden values computed by networkx 2.8.8 and R's
// sna::brokerage (testdata/make_golden.py, testdata/make_brokerage.R).
//
// # Imports
//
// A kernel: it may import gbo/graph/network (only for the CSR Network and
// Digraph) and the standard library, nothing else. It must not import
// metrics or any other package of metrics/… (sub-packages never import their
// parent), render, samples or cmd, nor any reader or writer: no excelize,
// TOML, CSV or xlsx.
// Related: scores and depth are computed in package metrics (score.go);
// bridges and cut points become weak-link reasons in metrics (flags.go) and
// bridging partners in metrics (brokers.go); key players and departures are
// used by metrics/fragility.
//
// Its dependencies are gbo/graph/network, gonum's graph interfaces and the
// standard library: no reader (metrics/layers_test.go checks).
package structure
