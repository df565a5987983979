package structure

import "gbo/graph/network"

// Components labels each node with its connected component. Components are
// numbered 0, 1, … in the order of their smallest node, so the labelling is
// deterministic. It is the partition of networkx.connected_components.
func Components(g *network.Network) (comp []int32, count int) {
	return componentsWithout(g, nil)
}

// componentsWithout labels the components of g with the nodes marked in
// removed taken out (their label is −1). A nil removed removes nothing.
func componentsWithout(g *network.Network, removed []bool) (comp []int32, count int) {
	n := g.N()
	comp = make([]int32, n)
	for i := range comp {
		comp[i] = -1
	}
	queue := make([]int32, 0, n)
	for s := 0; s < n; s++ {
		if comp[s] >= 0 || (removed != nil && removed[s]) {
			continue
		}
		c := int32(count)
		count++
		comp[s] = c
		queue = append(queue[:0], int32(s))
		for h := 0; h < len(queue); h++ {
			u := queue[h]
			for _, v := range g.Adj[g.Offset[u]:g.Offset[u+1]] {
				if comp[v] < 0 && (removed == nil || !removed[v]) {
					comp[v] = c
					queue = append(queue, v)
				}
			}
		}
	}
	return comp, count
}

// componentSizes counts the nodes of each component label.
func componentSizes(comp []int32, count int) []int64 {
	size := make([]int64, count)
	for _, c := range comp {
		if c >= 0 {
			size[c]++
		}
	}
	return size
}

// Density is 2m / (n(n−1)), the share of possible ties present, as
// networkx.density for an undirected graph; 0 when n < 2.
func Density(g *network.Network) float64 {
	n := g.N()
	if n < 2 {
		return 0
	}
	return float64(2*g.M()) / (float64(n) * float64(n-1))
}

// PairsDisconnected counts the unordered pairs of remaining nodes (those not
// marked in removed) that are joined by a path in g but by none once the
// removed nodes are gone. It is the "pairs that lose every path" of the
// fragility analysis: Σ over the components C of g of C(r_C, 2) minus
// Σ over the components P left after removal of C(|P|, 2), where r_C is the
// number of remaining nodes of C. O(n+m).
func PairsDisconnected(g *network.Network, removed []bool) int64 {
	if removed == nil {
		return 0
	}
	before, nb := Components(g)
	after, na := componentsWithout(g, removed)
	remain := make([]int64, nb)
	for u, c := range before {
		if !removed[u] {
			remain[c]++
		}
	}
	var pairs int64
	for _, r := range remain {
		pairs += r * (r - 1) / 2
	}
	for _, p := range componentSizes(after, na) {
		pairs -= p * (p - 1) / 2
	}
	return pairs
}
