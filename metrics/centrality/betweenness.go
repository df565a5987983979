package centrality

import "gbo/graph/network"

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
// so both sweeps go level by level (see hopBrandes.source). O(nm) time, O(n)
// scratch per worker.
func Betweenness(g *network.Network) []float64 {
	n := g.N()
	sum := newOrderedSum(n)
	forChunks(n, func() func(lo, hi int) {
		return sumSources(sum, newHopBrandes(g))
	})
	return normalise(sum.total)
}

// hopBrandes is one worker's scratch for Betweenness.
type hopBrandes struct {
	off, adj  []int32
	dist      []int32   // hops from the source, −1 if not reached
	sigma     []float64 // shortest paths from the source
	coef      []float64 // (1+δ(w))/σ(w) for nodes of the level below, else 0
	delta     []float64 // δ by position in order (σ of new nodes, going out)
	pushed    []float64 // Σ coef over next-level neighbours, when pushed
	order     []int32   // nodes in breadth-first order
	levels    []int32   // where each level starts in order
	levelDeg  []int     // Σ degree over each level
	unvisited []int32   // superset of the nodes not reached yet, once needed
}

func newHopBrandes(g *network.Network) *hopBrandes {
	n := g.N()
	b := &hopBrandes{off: g.Offset, adj: g.Adj, dist: make([]int32, n), sigma: make([]float64, n),
		coef: make([]float64, n), delta: make([]float64, n), pushed: make([]float64, n),
		order: make([]int32, n), unvisited: make([]int32, 0, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

// source adds the dependencies δ_s(v) of source s to acc.
//
// Both sweeps go level by level and choose, per level, the direction that
// reads fewer ties (as in S. Beamer, K. Asanović and D. Patterson,
// "Direction-optimizing breadth-first search", SC 2012). Going out, a level
// is found top-down (the frontier's rows push σ to new nodes) or, when the
// nodes not reached yet have fewer ties than the frontier, bottom-up (each
// of them sums σ over its row; only frontier nodes have σ > 0 there). Coming
// back, level d pulls Σ coef from its rows, or level d+1 pushes coef down
// its rows when those are fewer.
func (b *hopBrandes) source(s int32, acc []float64) {
	off, adj, dist, sigma, coef, delta := b.off, b.adj, b.dist, b.sigma, b.coef, b.delta
	order := b.order
	levels := append(b.levels[:0], 0)
	levelDeg := b.levelDeg[:0]
	order[0], dist[s], sigma[s] = s, 0, 1
	reachedDeg, totalDeg := int(off[s+1]-off[s]), len(adj)
	first, end := 0, 1
	b.unvisited = b.unvisited[:0]
	for d := int32(1); first < end; d++ {
		frontierDeg := 0
		for _, v := range order[first:end] {
			frontierDeg += int(off[v+1] - off[v])
		}
		levelDeg = append(levelDeg, frontierDeg)
		tail := end
		if totalDeg-reachedDeg < frontierDeg {
			tail = b.bottomUp(end, d)
		} else {
			for _, v := range order[first:end] {
				tail = expand(adj[off[v]:off[v+1]], dist, sigma, order, tail, d, sigma[v])
			}
		}
		for _, w := range order[end:tail] {
			reachedDeg += int(off[w+1] - off[w])
		}
		levels = append(levels, int32(end)) // level d starts there
		first, end = end, tail
	}
	// levels[d] is where level d starts, up to an empty level whose start
	// closes the last one, top; levelDeg[d] is level d's degree sum.
	top := len(levels) - 2
	for d := top; d > 0; d-- {
		first, end := levels[d], levels[d+1]
		if d == top {
			clear(delta[first:end]) // nothing lies beyond the last level
		} else if levelDeg[d+1] < levelDeg[d] {
			b.pushDown(order[end:levels[d+2]], int32(d))
			for i := first; i < end; i++ {
				v := order[i]
				delta[i] = sigma[v] * b.pushed[v]
				b.pushed[v] = 0
			}
		} else {
			for i := first; i < end; i++ {
				v := order[i]
				delta[i] = sigma[v] * sumAt(adj[off[v]:off[v+1]], coef)
			}
		}
		for i := first; i < end; i++ {
			v := order[i]
			acc[v] += delta[i]
			coef[v] = (1 + delta[i]) / sigma[v]
		}
	}
	for _, v := range order[:levels[top+1]] {
		dist[v], sigma[v], coef[v] = -1, 0, 0
	}
	b.levels, b.levelDeg = levels, levelDeg
}

// bottomUp finds level d, the nodes not yet reached with a neighbour on
// level d−1, and appends them to order from tail; it returns the new tail.
// The σ sums are held in delta until the pass is over, so that a node found
// now does not feed another of the same level.
func (b *hopBrandes) bottomUp(tail int, d int32) int {
	off, adj, dist, sigma, order, delta := b.off, b.adj, b.dist, b.sigma, b.order, b.delta
	if len(b.unvisited) == 0 {
		for v, dv := range dist {
			if dv < 0 {
				b.unvisited = append(b.unvisited, int32(v))
			}
		}
	}
	start := tail
	keep := b.unvisited[:0]
	for _, w := range b.unvisited {
		if dist[w] >= 0 {
			continue // reached top-down since the list was made
		}
		if sw := sumAt(adj[off[w]:off[w+1]], sigma); sw > 0 {
			order[tail] = w
			delta[tail] = sw
			tail++
		} else {
			keep = append(keep, w)
		}
	}
	b.unvisited = keep
	for i := start; i < tail; i++ {
		w := order[i]
		dist[w], sigma[w] = d, delta[i]
	}
	return tail
}

// pushDown adds each next-level node's coef to its neighbours on level d.
func (b *hopBrandes) pushDown(next []int32, d int32) {
	off, adj, dist, coef, pushed := b.off, b.adj, b.dist, b.coef, b.pushed
	for _, w := range next {
		c := coef[w]
		for _, v := range adj[off[w]:off[w+1]] {
			if dist[v] == d {
				pushed[v] += c
			}
		}
	}
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
