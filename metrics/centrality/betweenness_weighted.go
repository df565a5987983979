package centrality

import "gbo/graph"

// TieEpsilon is the relative tolerance under which two weighted path lengths
// count as equal: a and b tie when |a−b| ≤ TieEpsilon·max(a, b). Without it,
// 1/3+1/6 and 1/2 would be different lengths and a shortest path would be
// dropped for a rounding error (networkx compares exactly and does drop
// them; igraph, like us, compares with a relative tolerance).
const TieEpsilon = 1e-9

// BetweennessWeighted is betweenness (see Betweenness, same normalisation)
// where a path's length is the sum of its ties' distances 1/weight, so that
// strong ties are short. Path lengths within TieEpsilon (relative) are equal.
// Ties whose weight is not positive are ignored.
//
// Reference: networkx betweenness_centrality(G, weight=d) with d = 1/weight,
// whose exact comparison of lengths is replaced by the tolerance; python-igraph
// betweenness(weights=d) agrees with us.
//
// Algorithm: Brandes 2001 (see Betweenness) with Dijkstra's search in place
// of breadth-first search: sources are settled from a binary heap keyed on
// distance; a tie v→w found from a settled v either shortens w's distance
// (σ_w = σ_v, pred(w) = {v}) or equals it within the tolerance (σ_w += σ_v,
// v joins pred(w)). Predecessors of w are kept in w's own row span of a
// CSR-shaped array, so no per-node slices are allocated. O(nm log n) time,
// O(n+m) scratch per worker.
func BetweennessWeighted(g *graph.Network) []float64 {
	n := g.N()
	sum := newOrderedSum(n)
	off, adj := g.Offset, g.Adj
	length := make([]float64, len(adj)) // 1/weight; +Inf marks an unusable tie
	for i, w := range g.Weight {
		if w > 0 {
			length[i] = 1 / w
		} else {
			length[i] = -1
		}
	}
	forChunks(n, func() func(lo, hi int) {
		dist := make([]float64, n)
		sigma := make([]float64, n)
		delta := make([]float64, n)
		state := make([]uint8, n) // unseen, queued or settled
		npred := make([]int32, n)
		pred := make([]int32, len(adj))
		order := make([]int32, 0, n)
		h := newHeap(n, dist)
		return func(lo, hi int) {
			acc := sum.buffer()
			for s := int32(lo); s < int32(hi); s++ {
				order = order[:0]
				dist[s], sigma[s], state[s] = 0, 1, queued
				h.push(s)
				for h.len() > 0 {
					v := h.pop()
					state[v] = settled
					order = append(order, v)
					dv, sv := dist[v], sigma[v]
					base := off[v]
					for j, w := range adj[base:off[v+1]] {
						l := length[int(base)+j]
						if l < 0 || state[w] == settled {
							continue
						}
						d := dv + l
						switch {
						case state[w] == unseen:
							dist[w], sigma[w], state[w] = d, sv, queued
							pred[off[w]], npred[w] = v, 1
							h.push(w)
						case tie(d, dist[w]):
							sigma[w] += sv
							pred[off[w]+npred[w]] = v
							npred[w]++
						case d < dist[w]:
							dist[w], sigma[w] = d, sv
							pred[off[w]], npred[w] = v, 1
							h.fix(w)
						}
					}
				}
				for i := len(order) - 1; i >= 0; i-- {
					w := order[i]
					c := (1 + delta[w]) / sigma[w]
					for _, v := range pred[off[w] : off[w]+npred[w]] {
						delta[v] += sigma[v] * c
					}
					if w != s {
						acc[w] += delta[w]
					}
				}
				for _, v := range order {
					delta[v], state[v], npred[v] = 0, unseen, 0
				}
			}
			sum.add(lo/chunkSize, acc)
		}
	})
	return normalise(sum.total)
}

const (
	unseen uint8 = iota
	queued
	settled
)

// tie reports whether two path lengths are equal within TieEpsilon.
func tie(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= TieEpsilon*max(a, b)
}

// heap is a binary min-heap of node indices keyed on key[node], with each
// node's position kept so a shortened key can move up in place.
type heap struct {
	key  []float64
	item []int32
	pos  []int32
}

func newHeap(n int, key []float64) *heap {
	return &heap{key: key, item: make([]int32, 0, n), pos: make([]int32, n)}
}

func (h *heap) len() int { return len(h.item) }

func (h *heap) push(v int32) {
	h.item = append(h.item, v)
	h.up(len(h.item)-1, v)
}

// fix restores order after key[v] decreased.
func (h *heap) fix(v int32) { h.up(int(h.pos[v]), v) }

func (h *heap) up(i int, v int32) {
	k := h.key[v]
	for i > 0 {
		p := (i - 1) / 2
		u := h.item[p]
		if h.key[u] <= k {
			break
		}
		h.item[i] = u
		h.pos[u] = int32(i)
		i = p
	}
	h.item[i] = v
	h.pos[v] = int32(i)
}

func (h *heap) pop() int32 {
	top := h.item[0]
	last := len(h.item) - 1
	v := h.item[last]
	h.item = h.item[:last]
	if last == 0 {
		return top
	}
	k := h.key[v]
	i := 0
	for {
		c := 2*i + 1
		if c >= last {
			break
		}
		if c+1 < last && h.key[h.item[c+1]] < h.key[h.item[c]] {
			c++
		}
		u := h.item[c]
		if h.key[u] >= k {
			break
		}
		h.item[i] = u
		h.pos[u] = int32(i)
		i = c
	}
	h.item[i] = v
	h.pos[v] = int32(i)
	return top
}
