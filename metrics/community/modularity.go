package community

import "gbo/graph/network"

// Modularity is Newman's weighted modularity of a partition at resolution 1,
//
//	Q = Σ_c [ L_c/m − (S_c/2m)² ],
//
// where m is the total tie weight, L_c the weight of ties inside community c
// and S_c the summed strength of c's nodes. community[v] is node v's
// community (any int32 labels). This is networkx.community.modularity(G,
// communities, weight="weight"). An edgeless graph has Q = 0 (networkx
// divides by zero there).
//
// Reference: M. E. J. Newman, "Analysis of weighted networks", Phys. Rev. E
// 70, 056131, 2004.
func Modularity(g *network.Network, community []int32) float64 {
	n := g.N()
	labels := dense(community)
	k := 0
	for _, c := range labels {
		k = max(k, int(c)+1)
	}
	inside := make([]float64, k)
	strength := make([]float64, k)
	total := 0.0
	for u := range n {
		cu := labels[u]
		for j := g.Offset[u]; j < g.Offset[u+1]; j++ {
			w := g.Weights[j]
			strength[cu] += w
			total += w
			if labels[g.Adj[j]] == cu {
				inside[cu] += w
			}
		}
	}
	if total == 0 {
		return 0
	}
	// Each tie was seen from both ends: total = 2m, inside[c] = 2L_c.
	q := 0.0
	for c := range k {
		s := strength[c] / total
		q += inside[c]/total - s*s
	}
	return q
}

// dense relabels arbitrary labels as 0..k−1 in order of first appearance.
func dense(community []int32) []int32 {
	out := make([]int32, len(community))
	lo, hi := int32(0), int32(-1)
	for i, c := range community {
		if i == 0 || c < lo {
			lo = c
		}
		hi = max(hi, c)
	}
	if len(community) == 0 {
		return out
	}
	if span := int64(hi) - int64(lo); span <= 4*int64(len(community)) {
		at := make([]int32, span+1)
		for i := range at {
			at[i] = -1
		}
		next := int32(0)
		for i, c := range community {
			if at[c-lo] < 0 {
				at[c-lo] = next
				next++
			}
			out[i] = at[c-lo]
		}
		return out
	}
	at := make(map[int32]int32)
	for i, c := range community {
		d, ok := at[c]
		if !ok {
			d = int32(len(at))
			at[c] = d
		}
		out[i] = d
	}
	return out
}
