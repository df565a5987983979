package centrality

import "gbo/graph"

// Betweenness is the shortest-path (hop) betweenness of every node,
//
//	b(v) = 2/((n−1)(n−2)) · Σ_{s<t, s≠v≠t} σ_st(v)/σ_st,
//
// where σ_st counts the shortest s–t paths and σ_st(v) those through v;
// nodes are not their own endpoints. This is networkx's
// betweenness_centrality(G, normalized=True) for an undirected graph; for
// n ≤ 2 every value is 0.
//
// Algorithm: U. Brandes, "A faster algorithm for betweenness centrality",
// J. Math. Sociol. 25(2), 2001: one breadth-first search per source counts
// the shortest paths (σ), then a sweep back in reverse search order
// accumulates the dependencies δ_s(v) = Σ_{w: v∈pred(w)} σ_sv/σ_sw · (1+δ_s(w)).
// Predecessors are not stored: v precedes w exactly when dist(w) = dist(v)+1,
// so the sweep pulls from those neighbours. O(nm) time, O(n) scratch per
// worker.
func Betweenness(g *graph.Network) []float64 {
	n := g.N()
	sum := newOrderedSum(n)
	off, adj := g.Offset, g.Adj
	forChunks(n, func() func(lo, hi int) {
		dist := make([]int32, n)
		for i := range dist {
			dist[i] = -1
		}
		sigma := make([]float64, n)
		coef := make([]float64, n) // (1+δ(w))/σ(w), filled in the back sweep
		order := make([]int32, 0, n)
		return func(lo, hi int) {
			acc := sum.buffer()
			for s := int32(lo); s < int32(hi); s++ {
				order = append(order[:0], s)
				dist[s] = 0
				sigma[s] = 1
				for i := 0; i < len(order); i++ {
					v := order[i]
					dv, sv := dist[v]+1, sigma[v]
					for _, w := range adj[off[v]:off[v+1]] {
						if dw := dist[w]; dw < 0 {
							dist[w] = dv
							sigma[w] = sv
							order = append(order, w)
						} else if dw == dv {
							sigma[w] += sv
						}
					}
				}
				for i := len(order) - 1; i > 0; i-- {
					v := order[i]
					dn := dist[v] + 1
					pull := 0.0
					for _, w := range adj[off[v]:off[v+1]] {
						if dist[w] == dn {
							pull += coef[w]
						}
					}
					delta := sigma[v] * pull
					acc[v] += delta
					coef[v] = (1 + delta) / sigma[v]
				}
				for _, v := range order {
					dist[v] = -1
				}
			}
			sum.add(lo/chunkSize, acc)
		}
	})
	return normalise(sum.total)
}

// normalise applies networkx's scale for undirected graphs: the sum over
// ordered sources counts each pair twice, and 1/((n−1)(n−2)) turns it into
// 2/((n−1)(n−2)) per unordered pair. Nothing to scale for n ≤ 2 (all 0).
func normalise(b []float64) []float64 {
	n := len(b)
	if n <= 2 {
		return b
	}
	scale := 1 / (float64(n-1) * float64(n-2))
	for i := range b {
		b[i] *= scale
	}
	return b
}
