package centrality

import (
	"math"

	"gbo/graph/network"
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
// of breadth-first search: a tie v→w found from a settled v either shortens
// w's distance (σ_w = σ_v, pred(w) = {v}) or equals it within the tolerance
// (σ_w += σ_v, v joins pred(w)). Nodes are settled from a bucket queue when
// tie lengths vary by less than a factor 1024 (O(1) per operation, see
// buckets), else from a 4-ary heap (O(log n)). Predecessors of w are kept in
// w's own row span of a CSR-shaped array, so no per-node slices are
// allocated. O(nm) time with buckets, O(nm log n) with the heap; O(n+m)
// scratch per worker.
func BetweennessWeighted(g *network.Network) []float64 {
	return betweennessWeighted(g, true)
}

// betweennessWeighted is BetweennessWeighted; tests turn the bucket queue
// off to check it against the heap.
func betweennessWeighted(g *network.Network, allowBuckets bool) []float64 {
	n := g.N()
	sum := newOrderedSum(n)
	adj := g.Adj
	length := make([]float64, len(adj)) // 1/weight; −1 marks an unusable tie
	for i, w := range g.Weights {
		if l := 1 / w; w > 0 && l <= math.MaxFloat64/float64(n+1) {
			length[i] = l
		} else {
			length[i] = -1 // not positive, NaN, or so weak no sum of lengths fits
		}
	}
	forChunks(n, func() func(lo, hi int) {
		b := newDijkstraBrandes(g, length)
		if !allowBuckets {
			b.buckets = nil
		}
		return sumSources(sum, b)
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
	buckets  *buckets // nil: the heap suits these lengths better
	active   *buckets // buckets while a bucket search runs, else nil
	queued   int      // nodes reached and not settled
	far      bool     // a bucket index reached maxBuckets
}

// pathNode is what the search knows of one node, kept together so that a
// visit to a neighbour touches one cache line.
type pathNode struct {
	// dist is the length of the shortest path found so far: notFound
	// before any, −Inf once the node is settled, so that a settled
	// neighbour looks like one only reached by a longer path and the scan
	// of a row needs no separate test for it.
	dist   float64
	sigma  float64 // number of shortest paths
	base   int32   // off[node]: where its predecessors are kept
	npred  int32   // 0 until the node is reached
	bucket int32   // its bucket, when the bucket queue is used
}

// notFound is the distance of a node not reached yet: finite, so that any
// path found is shorter by more than the tolerance.
const notFound = math.MaxFloat64

func newDijkstraBrandes(g *network.Network, length []float64) *dijkstraBrandes {
	n := g.N()
	b := &dijkstraBrandes{off: g.Offset, adj: g.Adj, length: length,
		node: make([]pathNode, n), delta: make([]float64, n), pred: make([]int32, len(g.Adj)),
		order: make([]int32, 0, n), buckets: newBuckets(length)}
	for i := range b.node {
		b.node[i] = pathNode{dist: notFound, base: g.Offset[i]}
	}
	b.heap = newHeap(n)
	return b
}

// source adds the dependencies δ_s(v) of source s to acc.
func (b *dijkstraBrandes) source(s int32, acc []float64) {
	node, delta := b.node, b.delta
	if b.buckets == nil || !b.searchBuckets(s) {
		b.searchHeap(s)
	}
	order, pred := b.order, b.pred
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
	b.reset()
}

// reset forgets the last search.
func (b *dijkstraBrandes) reset() {
	for _, v := range b.order {
		b.delta[v], b.node[v].dist, b.node[v].npred = 0, notFound, 0
	}
	b.order = b.order[:0]
}

// searchHeap settles the nodes reachable from s in order of distance,
// taking them from the heap.
func (b *dijkstraBrandes) searchHeap(s int32) {
	node, h := b.node, b.heap
	node[s].dist, node[s].sigma = 0, 1
	h.push(s, 0)
	for h.len() > 0 {
		v, dv := h.pop()
		node[v].dist = math.Inf(-1) // settled
		b.order = append(b.order, v)
		b.relax(v, dv)
	}
}

// searchBuckets settles the nodes reachable from s bucket by bucket. It
// reports false, with nothing kept, if the search went further than
// maxBuckets.
//
// The order in which a bucket's nodes are settled changes the order of the
// floating-point sums of the sweep back, so it must depend on s alone: the
// queue is emptied first, since a search leaves stale entries behind (nodes
// that moved to a lower bucket, in buckets it never reached). Left there,
// they settled a node of the next search out of its turn, and the result
// depended on which sources the worker had searched before.
func (b *dijkstraBrandes) searchBuckets(s int32) bool {
	node, q := b.node, b.buckets
	q.empty() // no entry of an earlier search may reorder this one's
	b.active = q
	node[s].dist, node[s].sigma, node[s].bucket = 0, 1, 0
	q.put(s, 0)
	b.queued, b.far = 1, false
	for k := int32(0); b.queued > 0; k++ {
		i := int(k) % len(q.slot)
		for j := 0; j < len(q.slot[i]); j++ {
			v := q.slot[i][j]
			nv := &node[v]
			if nv.bucket != k || nv.dist < 0 {
				continue // moved to a lower bucket since, or settled
			}
			dv := nv.dist
			nv.dist = math.Inf(-1)
			b.queued--
			b.order = append(b.order, v)
			b.relax(v, dv)
		}
		q.slot[i] = q.slot[i][:0]
		if b.far {
			for v := range node { // some were reached and not settled
				node[v].dist, node[v].npred = notFound, 0
			}
			b.reset()
			b.active = nil
			return false
		}
	}
	b.active = nil
	return true
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
			if q := b.active; q != nil {
				k := q.index(d)
				if nw.npred == 0 {
					b.queued++
				}
				nw.bucket = k
				q.put(w, k)
				b.far = b.far || k == maxBuckets
			} else if nw.npred == 0 {
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
