package centrality

import (
	"math"

	"gbo/graph/network"
)

// PageRankAlpha is the damping factor of PageRank (docs/measures.md#pagerank).
const PageRankAlpha = 0.85

// PageRank is the weighted PageRank of every node, the stationary
// distribution of a random walk that follows a tie with probability
// proportional to its weight (damping α = 0.85) and otherwise jumps to a
// uniformly chosen node:
//
//	x(v) = α·Σ_u x(u)·w(u,v)/s(u) + α·Σ_{d dangling} x(d)/n + (1−α)/n,
//
// where s(u) is u's strength and a dangling node (an isolate, or one whose
// ties all weigh 0) spreads its score uniformly. Values sum to 1.
//
// This is networkx's pagerank(G, alpha=0.85, weight="weight") with its
// uniform personalisation and dangling vectors, iterated from the uniform
// vector until the L1 change is below n·1e-12 (networkx stops at n·1e-6).
//
// Reference: S. Brin and L. Page, "The anatomy of a large-scale hypertextual
// Web search engine", Computer Networks 30, 1998.
func PageRank(g *network.Network) []float64 {
	n := g.N()
	x := make([]float64, n)
	if n == 0 {
		return x
	}
	off, adj, wt := g.Offset, g.Adj, g.Weights
	inv := make([]float64, n) // 1/s(u), 0 for a dangling node
	var dangling []int32
	for u := range n {
		s := 0.0
		for j := off[u]; j < off[u+1]; j++ {
			s += wt[j]
		}
		if s == 0 {
			dangling = append(dangling, int32(u))
		} else {
			inv[u] = 1 / s
		}
	}
	for i := range x {
		x[i] = 1 / float64(n)
	}
	y := make([]float64, n)    // x(u)/s(u)
	next := make([]float64, n) // the new x
	tol := float64(n) * 1e-12
	for range MaxPowerIterations {
		d := 0.0
		for _, u := range dangling {
			d += x[u]
		}
		base := (PageRankAlpha*d + 1 - PageRankAlpha) / float64(n)
		for u, xu := range x {
			y[u] = xu * inv[u]
		}
		change := 0.0
		for v := range n {
			s := 0.0
			for j := off[v]; j < off[v+1]; j++ {
				s += wt[j] * y[adj[j]]
			}
			xv := PageRankAlpha*s + base
			change += math.Abs(xv - x[v])
			next[v] = xv
		}
		x, next = next, x
		if change < tol {
			break
		}
	}
	return x
}
