package centrality

import (
	"math"

	"gbo/graph"
)

// TieEpsilon is the relative tolerance under which two weighted path lengths
// count as equal: a and b tie when |a−b| ≤ TieEpsilon·max(a, b). Without it,
// 1/3+1/6 and 1/2 would be different lengths and a shortest path would be
// dropped for a rounding error (networkx compares exactly and does drop
// them; igraph, like us, compares with a relative tolerance).
const TieEpsilon = 1e-9

// BetweennessWeighted is betweenness (see Betweenness, same normalisation)
// where a path's length is the sum of its ties' distances 1/weight, so that
// strong ties are short. Path lengths within TieEpsilon (relative) are equal.
// Ties whose weight is not positive (or so small that 1/weight overflows
// a path length) are ignored.
//
// Reference: networkx betweenness_centrality(G, weight=d) with d = 1/weight,
// whose exact comparison of lengths is replaced by the tolerance; python-igraph
// betweenness(weights=d) agrees with us.
//
// Algorithm: Brandes 2001 (see Betweenness) with Dijkstra's search in place
// of breadth-first search: sources are settled from a 4-ary heap keyed on
// distance; a tie v→w found from a settled v either shortens w's distance
// (σ_w = σ_v, pred(w) = {v}) or equals it within the tolerance (σ_w += σ_v,
// v joins pred(w)). Predecessors of w are kept in w's own row span of a
// CSR-shaped array, so no per-node slices are allocated. O(nm log n) time,
// O(n+m) scratch per worker.
func BetweennessWeighted(g *graph.Network) []float64 {
	n := g.N()
	sum := newOrderedSum(n)
	adj := g.Adj
	length := make([]float64, len(adj)) // 1/weight; −1 marks an unusable tie
	for i, w := range g.Weight {
		if l := 1 / w; w > 0 && l <= math.MaxFloat64/float64(n+1) {
			length[i] = l
		} else {
			length[i] = -1 // not positive, NaN, or so weak no sum of lengths fits
		}
	}
	forChunks(n, func() func(lo, hi int) {
		b := newDijkstraBrandes(g, length)
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

// dijkstraBrandes is one worker's scratch for BetweennessWeighted.
type dijkstraBrandes struct {
	off, adj []int32
	length   []float64 // distance of each tie (row-aligned), −1 if unusable
	node     []pathNode
	delta    []float64
	pred     []int32 // predecessors of w in pred[off[w]:off[w]+npred]
	order    []int32 // nodes in the order they were settled
	heap     *heap
}

// pathNode is what the search knows of one node, kept together so that a
// visit to a neighbour touches one cache line.
type pathNode struct {
	// dist is the length of the shortest path found so far: notFound
	// before any, −Inf once the node is settled, so that a settled
	// neighbour looks like one only reached by a longer path and the scan
	// of a row needs no separate test for it.
	dist  float64
	sigma float64 // number of shortest paths
	base  int32   // off[node]: where its predecessors are kept
	npred int32   // 0 until the node is reached
}

// notFound is the distance of a node not reached yet: finite, so that any
// path found is shorter by more than the tolerance.
const notFound = math.MaxFloat64

func newDijkstraBrandes(g *graph.Network, length []float64) *dijkstraBrandes {
	n := g.N()
	b := &dijkstraBrandes{off: g.Offset, adj: g.Adj, length: length,
		node: make([]pathNode, n), delta: make([]float64, n), pred: make([]int32, len(g.Adj)),
		order: make([]int32, 0, n)}
	for i := range b.node {
		b.node[i] = pathNode{dist: notFound, base: g.Offset[i]}
	}
	b.heap = newHeap(n)
	return b
}

// source adds the dependencies δ_s(v) of source s to acc.
func (b *dijkstraBrandes) source(s int32, acc []float64) {
	node, delta := b.node, b.delta
	h := b.heap
	order := b.order[:0]
	node[s].dist, node[s].sigma, node[s].npred = 0, 1, 0
	h.push(s, 0)
	for h.len() > 0 {
		v, dv := h.pop()
		node[v].dist = math.Inf(-1) // settled
		order = append(order, v)
		b.relax(v, dv)
	}
	pred := b.pred
	for i := len(order) - 1; i >= 0; i-- {
		w := order[i]
		nw := &node[w]
		c := (1 + delta[w]) / nw.sigma
		for _, v := range pred[nw.base : nw.base+nw.npred] {
			delta[v] += node[v].sigma * c
		}
		if w != s {
			acc[w] += delta[w]
		}
	}
	for _, v := range order {
		delta[v], node[v].dist, node[v].npred = 0, notFound, 0
	}
	b.order = order
}

// relax scans the ties of v, settled at distance dv.
func (b *dijkstraBrandes) relax(v int32, dv float64) {
	node, pred := b.node, b.pred
	sv := node[v].sigma
	lo, hi := b.off[v], b.off[v+1]
	length := b.length[lo:hi]
	for j, w := range b.adj[lo:hi] {
		l := length[j]
		if l < 0 {
			continue
		}
		d := dv + l
		nw := &node[w]
		// Lengths a, b tie when |a−b| ≤ ε·max(a, b) (see TieEpsilon).
		dw := nw.dist
		if d > dw {
			if d-dw > TieEpsilon*d {
				continue // longer, or w is settled: the common case
			}
		} else if dw-d > TieEpsilon*dw {
			if nw.npred == 0 {
				b.heap.push(w, d)
			} else {
				b.heap.decrease(w, d)
			}
			nw.dist, nw.sigma = d, sv
			pred[nw.base], nw.npred = v, 1
			continue
		}
		nw.sigma += sv
		pred[nw.base+nw.npred] = v
		nw.npred++
	}
}

// heap is a 4-ary min-heap of nodes keyed on their distance, the keys kept
// beside the nodes, with each node's position so that a shortened distance
// can move up in place.
type heap struct {
	item []heapItem
	pos  []int32
}

type heapItem struct {
	key float64
	v   int32
}

func newHeap(n int) *heap {
	return &heap{item: make([]heapItem, 0, n), pos: make([]int32, n)}
}

func (h *heap) len() int { return len(h.item) }

func (h *heap) push(v int32, key float64) {
	h.item = append(h.item, heapItem{key, v})
	h.up(len(h.item)-1, heapItem{key, v})
}

// decrease lowers v's key.
func (h *heap) decrease(v int32, key float64) { h.up(int(h.pos[v]), heapItem{key, v}) }

func (h *heap) up(i int, x heapItem) {
	item, pos := h.item, h.pos
	for i > 0 {
		p := (i - 1) / 4
		if item[p].key <= x.key {
			break
		}
		item[i] = item[p]
		pos[item[i].v] = int32(i)
		i = p
	}
	item[i] = x
	pos[x.v] = int32(i)
}

// pop removes the node of least key and returns it with its key. The hole left at the root sinks to a
// leaf along the smaller children (one comparison a level), and the last
// item is put in the hole and moved up, usually by little (Floyd's
// bottom-up variant).
func (h *heap) pop() (int32, float64) {
	item, pos := h.item, h.pos
	top, key := item[0].v, item[0].key
	last := len(item) - 1
	x := item[last]
	h.item = item[:last]
	if last == 0 {
		return top, key
	}
	item = item[:last]
	i := 0
	for {
		c := 4*i + 1
		if c >= last {
			break
		}
		if end := c + 4; end <= last {
			kids := item[c:end:end]
			m := 0
			if kids[1].key < kids[m].key {
				m = 1
			}
			if kids[2].key < kids[m].key {
				m = 2
			}
			if kids[3].key < kids[m].key {
				m = 3
			}
			c += m
		} else {
			for j := c + 1; j < last; j++ {
				if item[j].key < item[c].key {
					c = j
				}
			}
		}
		item[i] = item[c]
		pos[item[i].v] = int32(i)
		i = c
	}
	h.up(i, x)
	return top, key
}
