package structure

import "gbo/graph/network"

// reverseArcs maps each arc position i (u→v in u's row) to the position of
// v→u in v's row. Rows are sorted, so the k-th node u (in ascending order)
// that lists v is the k-th entry of v's row: one pass, O(m).
func reverseArcs(g *network.Network) []int32 {
	n := g.N()
	rev := make([]int32, len(g.Adj))
	cursor := make([]int32, n)
	copy(cursor, g.Offset[:n])
	for u := int32(0); int(u) < n; u++ {
		for i := g.Offset[u]; i < g.Offset[u+1]; i++ {
			v := g.Adj[i]
			rev[i] = cursor[v]
			cursor[v]++
		}
	}
	return rev
}

// commonNeighbours calls fn(w, i, j) for every common neighbour w of u and v,
// in ascending order of w, where i and j are the positions of w in the rows
// of u and v. The shorter row is walked and the longer searched by
// galloping, so a hub costs O(d_small · log d_large), not O(d_large).
func commonNeighbours(g *network.Network, u, v int32, fn func(w, i, j int32)) {
	a0, a1 := g.Offset[u], g.Offset[u+1]
	b0, b1 := g.Offset[v], g.Offset[v+1]
	swap := false
	if a1-a0 > b1-b0 {
		a0, a1, b0, b1 = b0, b1, a0, a1
		swap = true
	}
	adj := g.Adj
	j := b0
	for i := a0; i < a1 && j < b1; i++ {
		w := adj[i]
		if adj[j] < w {
			j = gallop(adj, j, b1, w)
			if j == b1 {
				return
			}
		}
		if adj[j] == w {
			if swap {
				fn(w, j, i)
			} else {
				fn(w, i, j)
			}
			j++
		}
	}
}

// countCommon is commonNeighbours without the callback: the number of
// shared neighbours of u and v.
func countCommon(g *network.Network, u, v int32) int32 {
	a0, a1 := g.Offset[u], g.Offset[u+1]
	b0, b1 := g.Offset[v], g.Offset[v+1]
	if a1-a0 > b1-b0 {
		a0, a1, b0, b1 = b0, b1, a0, a1
	}
	adj := g.Adj
	var k int32
	j := b0
	for i := a0; i < a1 && j < b1; i++ {
		w := adj[i]
		if adj[j] < w {
			j = gallop(adj, j, b1, w)
			if j == b1 {
				break
			}
		}
		if adj[j] == w {
			k++
			j++
		}
	}
	return k
}

// gallop returns the first position p in [lo, hi) with adj[p] ≥ x, or hi,
// by exponential then binary search from lo.
func gallop(adj []int32, lo, hi, x int32) int32 {
	step := int32(1)
	prev := lo
	p := lo
	for p < hi && adj[p] < x {
		prev = p
		p += step
		step <<= 1
	}
	if p > hi {
		p = hi
	}
	// adj[prev] < x (or prev == lo), answer in (prev, p].
	lo, hi = prev, p
	for lo < hi {
		mid := int32(uint32(lo+hi) >> 1)
		if adj[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
