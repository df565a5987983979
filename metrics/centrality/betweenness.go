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
	forChunks(n, func() func(lo, hi int) {
		b := newHopBrandes(g)
		return func(lo, hi int) {
			acc := sum.buffer()
			for s := int32(lo); s < int32(hi); s++ {
				b.source(s, acc)
			}
			sum.add(lo/chunkSize, acc)
		}
	})
	return normalise(sum.total)
}

// hopBrandes is one worker's scratch for Betweenness.
type hopBrandes struct {
	off, adj []int32
	dist     []int32   // hops from the source, −1 if not reached
	sigma    []float64 // shortest paths from the source
	coef     []float64 // (1+δ(w))/σ(w) for nodes of the level below, else 0
	delta    []float64 // δ by position in order
	order    []int32   // nodes in breadth-first order
	levels   []int32   // where each level starts in order
}

func newHopBrandes(g *graph.Network) *hopBrandes {
	n := g.N()
	b := &hopBrandes{off: g.Offset, adj: g.Adj, dist: make([]int32, n), sigma: make([]float64, n),
		coef: make([]float64, n), delta: make([]float64, n), order: make([]int32, 0, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

// source adds the dependencies δ_s(v) of source s to acc.
func (b *hopBrandes) source(s int32, acc []float64) {
	off, adj, dist, sigma, coef, delta := b.off, b.adj, b.dist, b.sigma, b.coef, b.delta
	order := b.order[:cap(b.order)]
	levels := append(b.levels[:0], 0)
	order[0], dist[s], sigma[s] = s, 0, 1
	tail := 1
	for i := 0; i < tail; i++ {
		v := order[i]
		dv := dist[v] + 1
		if int(dv) > len(levels) {
			levels = append(levels, int32(i))
		}
		tail = expand(adj[off[v]:off[v+1]], dist, sigma, order, tail, dv, sigma[v])
	}
	order = order[:tail]
	levels = append(levels, int32(tail))
	// Back sweep level by level: while level d is summed, coef is non-zero
	// only on level d+1, the only neighbours of a level-d node that follow
	// it on a shortest path, so no distance test is needed.
	for d := len(levels) - 2; d > 0; d-- {
		first, end := levels[d], levels[d+1]
		for i := first; i < end; i++ {
			v := order[i]
			delta[i] = sigma[v] * sumAt(adj[off[v]:off[v+1]], coef)
		}
		for i := first; i < end; i++ {
			v := order[i]
			acc[v] += delta[i]
			coef[v] = (1 + delta[i]) / sigma[v]
		}
	}
	for _, v := range order {
		dist[v], sigma[v], coef[v] = -1, 0, 0
	}
	b.levels = levels
}

// expand scans the row of a node at distance dv−1 with sv shortest paths:
// unseen neighbours join the next level (order[tail:]), and every neighbour
// on the next level gains sv paths. Kept apart so that its few variables
// stay in registers.
//
//go:noinline
func expand(row, dist []int32, sigma []float64, order []int32, tail int, dv int32, sv float64) int {
	for _, w := range row {
		dw := dist[w]
		if dw < 0 {
			dist[w] = dv
			order[tail] = w
			tail++
			dw = dv
		}
		if dw == dv {
			sigma[w] += sv
		}
	}
	return tail
}

// sumAt is Σ x[j] over the indices j in row.
func sumAt(row []int32, x []float64) float64 {
	s0, s1 := 0.0, 0.0
	for len(row) >= 2 {
		s0 += x[row[0]]
		s1 += x[row[1]]
		row = row[2:]
	}
	if len(row) == 1 {
		s0 += x[row[0]]
	}
	return s0 + s1
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
