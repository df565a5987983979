package structure

import "gbo/graph/network"

// KeyPlayers picks, greedily, k nodes whose removal fragments the network
// most: Borgatti's KPP-Neg with the fragmentation measure
//
//	F = 1 − Σ_c s_c(s_c − 1) / (r(r − 1))
//
// over the components c (sizes s_c) of the r nodes that remain (Borgatti,
// "Identifying sets of key players in a social network", Computational and
// Mathematical Organization Theory 12, 2006). F is 0 for a connected graph
// and 1 when no two remaining nodes are connected; with fewer than two nodes
// left it is taken as 1. Each step removes the node that raises F most, the
// lower index on ties, and fragmentation[i] is F after step i+1. Borgatti
// improves a start set by swaps; the greedy set is the usual fast stand-in.
//
// One step costs one iterative DFS, O(n+m): removing x from its component
// (size s) leaves a piece of size size(c) for each DFS child c with
// low(c) ≥ disc(x) (every child of a root), and the rest, s − 1 − Σ those,
// together. The sums are integers, so ties are exact.
func KeyPlayers(g *network.Network, k int) (nodes []int32, fragmentation []float64) {
	n := g.N()
	if k <= 0 {
		return nil, nil
	}
	if k > n {
		k = n
	}
	removed := make([]bool, n)
	pieces := make([]int64, n)   // Σ p(p−1) over the pieces split off below x
	splitOff := make([]int64, n) // nodes in those pieces
	for step := 0; step < k; step++ {
		for i := range pieces {
			pieces[i], splitOff[i] = 0, 0
		}
		lp := dfsLowpoints(g, removed, func(lp *lowpoints, p, c int32) {
			if lp.parent[p] < 0 || lp.low[c] >= lp.disc[p] {
				s := int64(lp.size[c])
				pieces[p] += s * (s - 1)
				splitOff[p] += s
			}
		})
		// The root of each DFS tree has the whole component as its size.
		var total int64
		compSize := make([]int64, n)
		for _, r := range lp.roots {
			s := int64(lp.size[r])
			total += s * (s - 1)
		}
		rootOf := treeRoots(lp)
		for u := range compSize {
			if !removed[u] {
				compSize[u] = int64(lp.size[rootOf[u]])
			}
		}
		best, bestSum := int32(-1), int64(0)
		for x := int32(0); int(x) < n; x++ {
			if removed[x] {
				continue
			}
			s := compSize[x]
			rest := s - 1 - splitOff[x]
			after := total - s*(s-1) + pieces[x] + rest*(rest-1)
			if best < 0 || after < bestSum {
				best, bestSum = x, after
			}
		}
		removed[best] = true
		nodes = append(nodes, best)
		r := int64(n - step - 1)
		f := 1.0
		if r >= 2 {
			f = 1 - float64(bestSum)/float64(r*(r-1))
		}
		fragmentation = append(fragmentation, f)
	}
	return nodes, fragmentation
}

// treeRoots gives, for each visited node, the root of its DFS tree. Nodes
// are discovered after their parent, so walking them by discovery time
// settles each parent before its children.
func treeRoots(lp *lowpoints) []int32 {
	n := len(lp.disc)
	byTime := make([]int32, n)
	count := 0
	for u := 0; u < n; u++ {
		if lp.disc[u] >= 0 {
			byTime[lp.disc[u]] = int32(u)
			count++
		}
	}
	root := make([]int32, n)
	for _, u := range byTime[:count] {
		if p := lp.parent[u]; p < 0 {
			root[u] = u
		} else {
			root[u] = root[p]
		}
	}
	return root
}
