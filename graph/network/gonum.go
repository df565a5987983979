package network

import (
	"math"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
)

// A Network, its Distances view and a Digraph are gonum graphs, so any
// algorithm of gonum.org/v1/gonum/graph (path, topo, network, community…)
// runs on a case's network without a copy:
//
//	net := scored.Network(1)                                  // depth.Scored
//	comps := topo.ConnectedComponents(net)                    // components
//	hops := path.DijkstraAllPaths(network.Hops{Network: net}) // shortest paths in hops
//	short := path.DijkstraAllPaths(network.Distances{Network: net}) // length 1/weight
//
// Node ids are the node indices 0…N()−1 (partner IDs[i] is node i); gonum's
// node of index i is the value Node(i). Nothing here changes the network, so
// the views may be shared by goroutines. Methods given an id outside
// 0…N()−1 answer as gonum asks for an absent node (nil, false, graph.Empty);
// none panics.
//
// Costs (d is the degree of the node asked about): Node, Node.ID, the Edge
// methods and Weight are O(1) or O(log d) by binary search in a CSR row;
// Nodes and From are O(1) and allocate one small iterator; an Edge or
// WeightedEdge result allocates its 16-byte Edge (interface boxing); a Node
// result with an index of 256 or more allocates 8 bytes (boxing an int64).
//
// Mind what the weight is: a tie's weight is its strength (depth.Tie.Weight:
// the weight the ratings give, else the depth_score; larger is closer), while
// gonum's path algorithms read a weight as a length. Use the Distances view
// (length 1/weight, as metrics/centrality's weighted measures do) or the
// Hops view (every tie length 1) for paths, and the Network itself where
// gonum wants strengths (community.Modularize, gonum's network.PageRank).
var (
	_ gonum.Undirected         = (*Network)(nil)
	_ gonum.WeightedUndirected = (*Network)(nil)
	_ gonum.WeightedUndirected = Distances{}
	_ gonum.WeightedUndirected = Hops{}
	_ gonum.Directed           = (*Digraph)(nil)
	_ gonum.WeightedDirected   = (*Digraph)(nil)
	_ gonum.WeightedEdge       = Edge{}
	_ gonum.NodeSlicer         = (*rowNodes)(nil)
)

// Node is a node as gonum sees it: its ID is the node index in the network
// (the partner IDs[ID]).
type Node int64

// ID is the node index.
func (n Node) ID() int64 { return int64(n) }

// newNode is the gonum node of index id (for iterator.NewImplicitNodes).
func newNode(id int) gonum.Node { return Node(id) }

// From is node U (for an arc, its tail).
func (e Edge) From() gonum.Node { return Node(e.U) }

// To is node V (for an arc, its head).
func (e Edge) To() gonum.Node { return Node(e.V) }

// ReversedEdge is the edge from V to U with the same weight.
func (e Edge) ReversedEdge() gonum.Edge { return Edge{U: e.V, V: e.U, W: e.W} }

// Weight is W: in a Network the tie's strength, in Distances its length
// 1/strength, in Hops 1.
func (e Edge) Weight() float64 { return e.W }

// has reports whether id is a node index of g.
func (g *Network) has(id int64) bool { return id >= 0 && id < int64(len(g.IDs)) }

// arc is the weight of the edge (or arc) u→v and whether it exists; ids
// outside the network have none.
func (g *Network) arc(uid, vid int64) (float64, bool) {
	if !g.has(uid) || !g.has(vid) {
		return 0, false
	}
	return g.HasEdge(int32(uid), int32(vid))
}

// row is the iterator over u's neighbours, or graph.Empty.
func (g *Network) row(id int64) gonum.Nodes {
	if !g.has(id) || g.Offset[id] == g.Offset[id+1] {
		return gonum.Empty
	}
	return &rowNodes{row: g.Adj[g.Offset[id]:g.Offset[id+1]], i: -1}
}

// Node is the node of index id, or nil when id is not in 0…N()−1. O(1).
func (g *Network) Node(id int64) gonum.Node {
	if !g.has(id) {
		return nil
	}
	return Node(id)
}

// Nodes iterates over the nodes 0…N()−1 in index order (graph.Empty for an
// empty network). O(1), one allocation.
func (g *Network) Nodes() gonum.Nodes {
	if len(g.IDs) == 0 {
		return gonum.Empty
	}
	return iterator.NewImplicitNodes(0, len(g.IDs), newNode)
}

// From iterates over the neighbours of node id in ascending index order,
// straight from its CSR row (graph.Empty for an isolate or an unknown id).
// O(1), one allocation.
func (g *Network) From(id int64) gonum.Nodes { return g.row(id) }

// HasEdgeBetween reports whether x and y are tied. False for x == y (a
// network has no self-loops). O(log d).
func (g *Network) HasEdgeBetween(xid, yid int64) bool {
	_, ok := g.arc(xid, yid)
	return ok
}

// Edge is the tie u–v as an Edge{U: u, V: v, W: its weight}, or nil when u
// and v are not tied. O(log d), one 16-byte allocation.
func (g *Network) Edge(uid, vid int64) gonum.Edge { return g.WeightedEdge(uid, vid) }

// EdgeBetween is Edge: the network is undirected.
func (g *Network) EdgeBetween(xid, yid int64) gonum.Edge { return g.WeightedEdge(xid, yid) }

// WeightedEdgeBetween is WeightedEdge: the network is undirected.
func (g *Network) WeightedEdgeBetween(xid, yid int64) gonum.WeightedEdge {
	return g.WeightedEdge(xid, yid)
}

// WeightedEdge is the tie u–v as an Edge whose Weight is the tie's weight
// (a strength, see Weight), or nil when u and v are not tied. O(log d), one
// 16-byte allocation.
func (g *Network) WeightedEdge(uid, vid int64) gonum.WeightedEdge {
	w, ok := g.arc(uid, vid)
	if !ok {
		return nil
	}
	return Edge{U: int32(uid), V: int32(vid), W: w}
}

// Weight is the weight of the tie x–y and true; the weight is the tie's
// strength as metrics gives it (depth.Tie.Weight: larger is closer), not a
// length. For x == y of the network it is (0, true): a partner has no tie
// with itself, and self-loops are dropped when a network is built. For
// untied or unknown nodes it is (0, false). O(log d), no allocation.
func (g *Network) Weight(xid, yid int64) (w float64, ok bool) {
	if xid == yid && g.has(xid) {
		return 0, true
	}
	return g.arc(xid, yid)
}

// Distances is a Network seen with each tie's length 1/weight as its gonum
// weight, the length metrics/centrality's weighted measures use (strong ties
// are short): give it to gonum's path algorithms (path.DijkstraAllPaths,
// path.FloydWarshall…) and network.BetweennessWeighted. A tie of weight 0
// is +Inf long. Nodes, From and HasEdgeBetween are the Network's.
type Distances struct{ *Network }

// Weight is 1/weight of the tie x–y and true; (0, true) for x == y of the
// network; (+Inf, false) for untied or unknown nodes. O(log d).
func (d Distances) Weight(xid, yid int64) (float64, bool) {
	if xid == yid && d.has(xid) {
		return 0, true
	}
	w, ok := d.arc(xid, yid)
	if !ok {
		return math.Inf(1), false
	}
	return 1 / w, true
}

// WeightedEdge is the tie u–v with W = 1/weight, or nil. O(log d), one
// 16-byte allocation.
func (d Distances) WeightedEdge(uid, vid int64) gonum.WeightedEdge {
	w, ok := d.arc(uid, vid)
	if !ok {
		return nil
	}
	return Edge{U: int32(uid), V: int32(vid), W: 1 / w}
}

// Edge is WeightedEdge.
func (d Distances) Edge(uid, vid int64) gonum.Edge { return d.WeightedEdge(uid, vid) }

// EdgeBetween is WeightedEdge.
func (d Distances) EdgeBetween(xid, yid int64) gonum.Edge { return d.WeightedEdge(xid, yid) }

// WeightedEdgeBetween is WeightedEdge.
func (d Distances) WeightedEdgeBetween(xid, yid int64) gonum.WeightedEdge {
	return d.WeightedEdge(xid, yid)
}

// Hops is a Network seen with every tie 1 long, so gonum's weighted path
// algorithms count hops, as metrics/structure and Closeness do. (gonum
// treats a graph without weights as 1 per edge already; Hops says so for a
// graph that has them.)
type Hops struct{ *Network }

// Weight is 1 and true for a tie x–y, (0, true) for x == y of the network,
// (+Inf, false) otherwise. O(log d).
func (h Hops) Weight(xid, yid int64) (float64, bool) {
	if xid == yid && h.has(xid) {
		return 0, true
	}
	if _, ok := h.arc(xid, yid); ok {
		return 1, true
	}
	return math.Inf(1), false
}

// WeightedEdge is the tie u–v with W = 1, or nil. O(log d), one 16-byte
// allocation.
func (h Hops) WeightedEdge(uid, vid int64) gonum.WeightedEdge {
	if _, ok := h.arc(uid, vid); !ok {
		return nil
	}
	return Edge{U: int32(uid), V: int32(vid), W: 1}
}

// Edge is WeightedEdge.
func (h Hops) Edge(uid, vid int64) gonum.Edge { return h.WeightedEdge(uid, vid) }

// EdgeBetween is WeightedEdge.
func (h Hops) EdgeBetween(xid, yid int64) gonum.Edge { return h.WeightedEdge(xid, yid) }

// WeightedEdgeBetween is WeightedEdge.
func (h Hops) WeightedEdgeBetween(xid, yid int64) gonum.WeightedEdge {
	return h.WeightedEdge(xid, yid)
}

// Node is the node of index id, or nil. O(1).
func (d *Digraph) Node(id int64) gonum.Node { return d.Out.Node(id) }

// Nodes iterates over the nodes 0…N()−1 in index order. O(1), one
// allocation.
func (d *Digraph) Nodes() gonum.Nodes { return d.Out.Nodes() }

// From iterates over the heads v of the arcs id→v, in ascending index
// order. O(1), one allocation.
func (d *Digraph) From(id int64) gonum.Nodes { return d.Out.row(id) }

// To iterates over the tails u of the arcs u→id, in ascending index order.
// O(1), one allocation.
func (d *Digraph) To(id int64) gonum.Nodes { return d.In.row(id) }

// HasEdgeBetween reports whether x→y or y→x is an arc. O(log d).
func (d *Digraph) HasEdgeBetween(xid, yid int64) bool {
	return d.HasEdgeFromTo(xid, yid) || d.HasEdgeFromTo(yid, xid)
}

// HasEdgeFromTo reports whether u→v is an arc. O(log d).
func (d *Digraph) HasEdgeFromTo(uid, vid int64) bool {
	_, ok := d.Out.arc(uid, vid)
	return ok
}

// Edge is the arc u→v as an Edge (U tail, V head, W its weight), or nil.
// O(log d), one 16-byte allocation.
func (d *Digraph) Edge(uid, vid int64) gonum.Edge { return d.Out.WeightedEdge(uid, vid) }

// WeightedEdge is Edge as a gonum WeightedEdge, or nil.
func (d *Digraph) WeightedEdge(uid, vid int64) gonum.WeightedEdge {
	return d.Out.WeightedEdge(uid, vid)
}

// Weight is the weight of the arc x→y and true (metrics' brokerage digraph
// gives every arc weight 1); (0, true) for x == y of the digraph; (0, false)
// when there is no such arc. O(log d), no allocation.
func (d *Digraph) Weight(xid, yid int64) (float64, bool) { return d.Out.Weight(xid, yid) }

// rowNodes iterates over one CSR row of node indices without copying it.
type rowNodes struct {
	row []int32
	i   int // position of the current node; −1 before the first Next
}

// Next moves to the next node and reports whether there is one.
func (r *rowNodes) Next() bool {
	if r.i+1 >= len(r.row) {
		r.i = len(r.row)
		return false
	}
	r.i++
	return true
}

// Len is the number of nodes not yet reached by Next.
func (r *rowNodes) Len() int { return max(0, len(r.row)-r.i-1) }

// Reset goes back to before the first node.
func (r *rowNodes) Reset() { r.i = -1 }

// Node is the current node, or nil before the first Next or after the last.
func (r *rowNodes) Node() gonum.Node {
	if r.i < 0 || r.i >= len(r.row) {
		return nil
	}
	return Node(r.row[r.i])
}

// NodeSlice returns the nodes not yet reached and moves to the end.
func (r *rowNodes) NodeSlice() []gonum.Node {
	rest := r.row[min(r.i+1, len(r.row)):]
	if len(rest) == 0 {
		r.i = len(r.row)
		return nil
	}
	out := make([]gonum.Node, len(rest))
	for i, v := range rest {
		out[i] = Node(v)
	}
	r.i = len(r.row)
	return out
}
