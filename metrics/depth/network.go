package depth

import "gbo/graph/network"

// Network builds the tie graph of docs/depth-model.md#the-network: every partner is a node (isolates
// included), and a pair is an edge when its depth ≥ minDepth (at least 1),
// weighted by the tie's Weight (the weight column where given, else
// depth_score). Node order is the partners' ids in byte order.
func (s *Scored) Network(minDepth int) *network.Network {
	minDepth = max(minDepth, 1)
	ids := make([]string, len(s.Case.Partners))
	idx := make(map[string]int32, len(ids))
	for i, p := range s.Case.Partners {
		ids[i] = p.ID
		idx[p.ID] = int32(i)
	}
	edges := make([]network.Edge, 0, len(s.Ties))
	for i := range s.Ties {
		t := &s.Ties[i]
		if t.Depth < minDepth {
			continue
		}
		a, okA := idx[t.A]
		b, okB := idx[t.B]
		if okA && okB {
			edges = append(edges, network.Edge{U: a, V: b, W: t.Weight})
		}
	}
	return network.New(ids, edges)
}

// Digraph builds the directed graph of docs/depth-model.md#the-initiative-digraph for brokerage with
// --directed: an arc a→b where a initiated an event with b in the window or
// rated b ≥ 1, over the node order of net.
func (s *Scored) Digraph(net *network.Network) *network.Digraph {
	var arcs []network.Edge
	seen := map[[2]int32]bool{}
	add := func(a, b string) {
		u, ok1 := net.Index(a)
		v, ok2 := net.Index(b)
		if ok1 && ok2 && u != v && !seen[[2]int32{u, v}] {
			seen[[2]int32{u, v}] = true
			arcs = append(arcs, network.Edge{U: u, V: v, W: 1})
		}
	}
	for i := range s.Ties {
		t := &s.Ties[i]
		if t.Initiated.Of(t.A) > 0 {
			add(t.A, t.B)
		}
		if t.Initiated.Of(t.B) > 0 {
			add(t.B, t.A)
		}
	}
	for _, r := range s.Case.Ratings {
		if r.Depth >= 1 {
			add(r.From, r.To)
		}
	}
	return network.NewDigraph(net.IDs, arcs)
}
