package structure

import "gbo/graph/network"

// CoreNumber gives each node's core number: the largest k such that the node
// belongs to the k-core, the maximal subgraph in which every node has degree
// ≥ k (networkx.core_number). Batagelj & Zaversnik, "An O(m) algorithm for
// cores decomposition of networks", arXiv cs/0310049, 2003: nodes are kept
// in buckets by current degree and peeled in increasing order.
func CoreNumber(g *network.Network) []int32 {
	n := g.N()
	deg := make([]int32, n)
	maxDeg := int32(0)
	for u := 0; u < n; u++ {
		deg[u] = g.Offset[u+1] - g.Offset[u]
		if deg[u] > maxDeg {
			maxDeg = deg[u]
		}
	}
	// bin[d] = first position of degree d in vert; pos[u] = u's position.
	bin := make([]int32, maxDeg+2)
	for _, d := range deg {
		bin[d+1]++
	}
	for d := int32(1); d <= maxDeg+1; d++ {
		bin[d] += bin[d-1]
	}
	vert := make([]int32, n)
	pos := make([]int32, n)
	fill := append([]int32(nil), bin...)
	for u := int32(0); int(u) < n; u++ {
		pos[u] = fill[deg[u]]
		vert[pos[u]] = u
		fill[deg[u]]++
	}
	for i := 0; i < n; i++ {
		v := vert[i]
		for _, u := range g.Adj[g.Offset[v]:g.Offset[v+1]] {
			if deg[u] > deg[v] {
				// Move u to the front of its bucket, then shrink it.
				du, pu := deg[u], pos[u]
				pw := bin[du]
				w := vert[pw]
				if u != w {
					pos[u], pos[w] = pw, pu
					vert[pu], vert[pw] = w, u
				}
				bin[du]++
				deg[u]--
			}
		}
	}
	return deg
}
