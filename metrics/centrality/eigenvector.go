package centrality

import (
	"math"

	"gbo/graph/network"
)

// Eigenvector is the eigenvector centrality of every node, weighted by tie
// strength: the principal eigenvector x of the weighted adjacency matrix A,
// A·x = λ·x, scaled to unit L2 norm, with non-negative entries.
//
// It is computed as networkx's eigenvector_centrality(G, weight="weight")
// does, so that it gives the same answer on any graph: power iteration on
// A+I (the shift by I keeps a bipartite graph from oscillating), starting
// from the uniform vector, normalising to unit length after each step. On a
// disconnected graph this converges to the eigenvector of the component with
// the largest eigenvalue, the other components' entries tending to 0 (if two
// components share the largest eigenvalue, both keep a share fixed by the
// uniform start). Iteration stops when the L1 change is below n·1e-13; where
// convergence is that slow (MaxPowerIterations steps), the last iterate is
// returned rather than an error.
//
// Reference: P. Bonacich, "Power and centrality: A family of measures",
// Am. J. Sociol. 92(5), 1987; M. E. J. Newman, Networks, 2nd ed., §7.1.2.
func Eigenvector(g *network.Network) []float64 {
	n := g.N()
	x := make([]float64, n)
	if n == 0 {
		return x
	}
	next := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	off, adj, wt := g.Offset, g.Adj, g.Weights
	tol := float64(n) * 1e-13
	for range MaxPowerIterations {
		norm := 0.0
		for v := range n {
			y := x[v]
			for j := off[v]; j < off[v+1]; j++ {
				y += wt[j] * x[adj[j]]
			}
			next[v] = y
			norm += y * y
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			norm = 1
		}
		change := 0.0
		for v, y := range next {
			y /= norm
			change += math.Abs(y - x[v])
			next[v] = y
		}
		x, next = next, x
		if change < tol {
			break
		}
	}
	return x
}

// MaxPowerIterations bounds the power iterations of Eigenvector and PageRank.
const MaxPowerIterations = 10000
