package network

import (
	"sort"
)

// Edge is an undirected edge (or, in a Digraph, an arc U→V) between node
// indices, with a weight (a strength: larger is closer).
type Edge struct {
	U, V int32
	W    float64
}

// Network is an undirected weighted simple graph stored as compressed sparse
// rows: the neighbours of node u are Adj[Offset[u]:Offset[u+1]], in ascending
// order, with their weights in Weights at the same positions. Each edge is
// stored twice (u→v and v→u). Node u is the partner IDs[u]; IDs are sorted
// in byte order, so node order is stable across runs.
//
// The compact form is what the measure kernels need to be fast: no maps, no
// interfaces, O(n+m) memory.
type Network struct {
	IDs     []string
	Offset  []int32
	Adj     []int32
	Weights []float64
	index   map[string]int32
}

// New builds a network on the given ids (which need not be sorted;
// they are sorted here) from edges whose U and V index the *given* ids slice.
// Self-loops are dropped; a repeated edge keeps the larger weight.
func New(ids []string, edges []Edge) *Network {
	n := len(ids)
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	sort.SliceStable(order, func(i, j int) bool { return ids[order[i]] < ids[order[j]] })
	rank := make([]int32, n) // old index -> new index
	sorted := make([]string, n)
	for newI, oldI := range order {
		rank[oldI] = int32(newI)
		sorted[newI] = ids[oldI]
	}
	mapped := make([]Edge, 0, len(edges))
	for _, e := range edges {
		if e.U == e.V {
			continue
		}
		mapped = append(mapped, Edge{rank[e.U], rank[e.V], e.W})
	}
	return buildCSR(sorted, mapped, true)
}

// buildCSR assumes ids are final and edges index them.
func buildCSR(ids []string, edges []Edge, undirected bool) *Network {
	n := len(ids)
	deg := make([]int32, n+1)
	for _, e := range edges {
		deg[e.U+1]++
		if undirected {
			deg[e.V+1]++
		}
	}
	for i := 1; i <= n; i++ {
		deg[i] += deg[i-1]
	}
	adj := make([]int32, deg[n])
	w := make([]float64, deg[n])
	fill := append([]int32(nil), deg[:n]...)
	put := func(u, v int32, x float64) {
		adj[fill[u]] = v
		w[fill[u]] = x
		fill[u]++
	}
	for _, e := range edges {
		put(e.U, e.V, e.W)
		if undirected {
			put(e.V, e.U, e.W)
		}
	}
	// Sort each row and merge repeats (keeping the larger weight).
	out := 0
	newOff := make([]int32, n+1)
	for u := 0; u < n; u++ {
		lo, hi := int(deg[u]), int(deg[u+1])
		row := rowSorter{adj[lo:hi], w[lo:hi]}
		sort.Sort(row)
		newOff[u] = int32(out)
		for i := lo; i < hi; i++ {
			if out > int(newOff[u]) && adj[out-1] == adj[i] {
				if w[i] > w[out-1] {
					w[out-1] = w[i]
				}
				continue
			}
			adj[out] = adj[i]
			w[out] = w[i]
			out++
		}
	}
	newOff[n] = int32(out)
	g := &Network{IDs: ids, Offset: newOff, Adj: adj[:out:out], Weights: w[:out:out]}
	g.index = make(map[string]int32, n)
	for i, id := range ids {
		g.index[id] = int32(i)
	}
	return g
}

type rowSorter struct {
	a []int32
	w []float64
}

func (r rowSorter) Len() int           { return len(r.a) }
func (r rowSorter) Less(i, j int) bool { return r.a[i] < r.a[j] }
func (r rowSorter) Swap(i, j int) {
	r.a[i], r.a[j] = r.a[j], r.a[i]
	r.w[i], r.w[j] = r.w[j], r.w[i]
}

// N is the number of nodes.
func (g *Network) N() int { return len(g.IDs) }

// M is the number of undirected edges (arcs, for a Digraph).
func (g *Network) M() int { return len(g.Adj) / 2 }

// Index returns the node index of a partner id.
func (g *Network) Index(id string) (int32, bool) {
	i, ok := g.index[id]
	return i, ok
}

// Neighbors returns the neighbours of u and the weights of those edges.
// The slices alias the network's storage: do not modify them.
func (g *Network) Neighbors(u int32) ([]int32, []float64) {
	lo, hi := g.Offset[u], g.Offset[u+1]
	return g.Adj[lo:hi], g.Weights[lo:hi]
}

// Degree is the number of neighbours of u.
func (g *Network) Degree(u int32) int { return int(g.Offset[u+1] - g.Offset[u]) }

// HasEdge reports whether u and v are adjacent (binary search in u's row),
// and the weight of the edge.
func (g *Network) HasEdge(u, v int32) (float64, bool) {
	row, ws := g.Neighbors(u)
	i := sort.Search(len(row), func(i int) bool { return row[i] >= v })
	if i < len(row) && row[i] == v {
		return ws[i], true
	}
	return 0, false
}

// Edges lists every undirected edge once, with U < V, in (U, V) order.
func (g *Network) Edges() []Edge {
	out := make([]Edge, 0, g.M())
	for u := int32(0); int(u) < g.N(); u++ {
		row, ws := g.Neighbors(u)
		for i, v := range row {
			if u < v {
				out = append(out, Edge{u, v, ws[i]})
			}
		}
	}
	return out
}

// Digraph is a directed graph on the same compact arrays: Out holds the arcs
// u→v in Adj/Weight rows, and In the reverse arcs.
type Digraph struct {
	Out *Network
	In  *Network
}

// NewDigraph builds a directed graph from arcs U→V over ids, which must
// already be in the node order of the undirected network they go with
// (sorted). Self-loops are dropped; repeated arcs keep the larger weight.
func NewDigraph(ids []string, arcs []Edge) *Digraph {
	fwd := make([]Edge, 0, len(arcs))
	rev := make([]Edge, 0, len(arcs))
	for _, a := range arcs {
		if a.U == a.V {
			continue
		}
		fwd = append(fwd, a)
		rev = append(rev, Edge{a.V, a.U, a.W})
	}
	return &Digraph{Out: buildCSR(ids, fwd, false), In: buildCSR(ids, rev, false)}
}

// HasArc reports whether the arc u→v exists.
func (d *Digraph) HasArc(u, v int32) bool {
	_, ok := d.Out.HasEdge(u, v)
	return ok
}
