package structure

import (
	"sort"

	"gbo/graph/network"
)

// Roles are the Gould–Fernandez brokerage counts of one node: the number of
// ordered two-paths a→v→b (a ≠ b, no arc a→b) on which v is the broker,
// split by the groups of a, v and b (Gould & Fernandez, "Structures of
// mediation: a formal approach to brokerage in transaction networks",
// Sociological Methodology 19, 1989):
//
//	Coordinator     A→A→A  all three in one group (w_I)
//	Itinerant       A→B→A  a and b share a group, v is outside it (w_O)
//	Representative  A→A→B  a and v share a group, b is outside it (b_IO)
//	Gatekeeper      A→B→B  v and b share a group, a is outside it (b_OI)
//	Liaison         A→B→C  three different groups (b_O)
//
// Total is their sum. The counts are raw, unnormalised, as in R's
// sna::brokerage (its $raw.nli matrix). They are whole numbers kept as
// float64, as sna does.
type Roles struct {
	Coordinator, Itinerant, Representative, Gatekeeper, Liaison, Total float64
}

// CrossGroup is Representative + Gatekeeper + Liaison: brokerage across
// group boundaries (the bridging-partner flag of the specification).
func (r Roles) CrossGroup() float64 { return r.Representative + r.Gatekeeper + r.Liaison }

// Brokerage counts the Gould–Fernandez roles of every node of d, with
// group[u] the group (sector) of node u — one entry per node, any int32
// labels; nil puts every node in one group. See Roles. Exactly the rule of
// sna::brokerage: the path a→v→b counts when a ≠ b and the arc a→b is
// absent (whether b→a exists does not matter).
//
// Rather than walking every pair (a, b) around a broker v — quadratic at a
// hub — the out-neighbours of v are counted by group once, and for each
// in-neighbour a only the b with an arc a→b (or b = a) are taken off, found
// by intersecting the two sorted rows. Cost O(m·√m) at worst.
func Brokerage(d *network.Digraph, group []int32) []Roles {
	out, in := d.Out, d.In
	n := out.N()
	if group == nil {
		group = make([]int32, n) // one group: every path is coordination
	}
	grp, k := denseGroups(group)
	roles := make([]Roles, n)
	byGroup := make([]int64, k) // out-neighbours of v per group
	for v := int32(0); int(v) < n; v++ {
		outV := out.Adj[out.Offset[v]:out.Offset[v+1]]
		inV := in.Adj[in.Offset[v]:in.Offset[v+1]]
		if len(outV) == 0 || len(inV) == 0 {
			continue
		}
		for _, b := range outV {
			byGroup[grp[b]]++
		}
		gv := grp[v]
		var r [5]int64 // coordinator, itinerant, representative, gatekeeper, liaison
		for _, a := range inV {
			ga := grp[a]
			tot, sameV, sameA := int64(len(outV)), byGroup[gv], byGroup[ga]
			drop := func(b int32) {
				tot--
				if grp[b] == gv {
					sameV--
				}
				if grp[b] == ga {
					sameA--
				}
			}
			if _, ok := out.HasEdge(v, a); ok {
				drop(a) // b = a is no path
			}
			commonNeighbours(out, a, v, func(b, _, _ int32) { drop(b) }) // a→b present
			if ga == gv {
				r[0] += sameV       // A→A→A
				r[2] += tot - sameV // A→A→B
			} else {
				r[3] += sameV               // A→B→B
				r[1] += sameA               // A→B→A
				r[4] += tot - sameV - sameA // A→B→C
			}
		}
		for _, b := range outV {
			byGroup[grp[b]] = 0
		}
		roles[v] = Roles{
			Coordinator: float64(r[0]), Itinerant: float64(r[1]),
			Representative: float64(r[2]), Gatekeeper: float64(r[3]),
			Liaison: float64(r[4]),
			Total:   float64(r[0] + r[1] + r[2] + r[3] + r[4]),
		}
	}
	return roles
}

// BrokerageUndirected is Brokerage on the digraph that holds both arcs of
// every tie of g: the default of the specification, where a tie carries
// flow both ways.
func BrokerageUndirected(g *network.Network, group []int32) []Roles {
	// g's rows already are both the out- and the in-rows of that digraph.
	return Brokerage(&network.Digraph{Out: g, In: g}, group)
}

// denseGroups renumbers arbitrary group labels as 0..k−1.
func denseGroups(group []int32) ([]int32, int) {
	labels := append([]int32(nil), group...)
	sort.Slice(labels, func(i, j int) bool { return labels[i] < labels[j] })
	uniq := labels[:0]
	for i, l := range labels {
		if i == 0 || l != labels[i-1] {
			uniq = append(uniq, l)
		}
	}
	dense := make([]int32, len(group))
	for i, l := range group {
		dense[i] = int32(sort.Search(len(uniq), func(j int) bool { return uniq[j] >= l }))
	}
	return dense, len(uniq)
}
