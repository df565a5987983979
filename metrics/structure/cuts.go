package structure

import (
	"sort"

	"gbo/graph/network"
)

// lowpoints is an iterative depth-first search that records, for every node,
// its discovery time, its low point (the earliest discovery time reachable
// from its DFS subtree by one back edge) and the size of its subtree, as in
// Hopcroft & Tarjan, "Algorithm 447: efficient algorithms for graph
// manipulation", CACM 16(6), 1973. Nodes marked in removed are skipped.
// Roots are taken in index order. An explicit stack replaces recursion, so a
// path of any length is safe.
//
// childDone, when not nil, is called once per DFS tree edge parent→child
// after the child's subtree is finished (its low and size are final).
type lowpoints struct {
	disc, low, size, parent []int32
	roots                   []int32 // DFS roots, in order
}

func dfsLowpoints(g *network.Network, removed []bool, childDone func(lp *lowpoints, parent, child int32)) *lowpoints {
	n := g.N()
	lp := &lowpoints{
		disc:   make([]int32, n),
		low:    make([]int32, n),
		size:   make([]int32, n),
		parent: make([]int32, n),
	}
	for i := range lp.disc {
		lp.disc[i] = -1
	}
	next := make([]int32, n) // next arc to look at, per node on the stack
	stack := make([]int32, 0, 64)
	t := int32(0)
	for r := int32(0); int(r) < n; r++ {
		if lp.disc[r] >= 0 || (removed != nil && removed[r]) {
			continue
		}
		lp.roots = append(lp.roots, r)
		lp.disc[r], lp.low[r], lp.size[r], lp.parent[r] = t, t, 1, -1
		t++
		next[r] = g.Offset[r]
		stack = append(stack[:0], r)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			if next[u] < g.Offset[u+1] {
				v := g.Adj[next[u]]
				next[u]++
				if removed != nil && removed[v] {
					continue
				}
				if lp.disc[v] < 0 {
					lp.disc[v], lp.low[v], lp.size[v], lp.parent[v] = t, t, 1, u
					t++
					next[v] = g.Offset[v]
					stack = append(stack, v)
				} else if v != lp.parent[u] && lp.disc[v] < lp.low[u] {
					// A simple graph has one arc to the parent; any other
					// arc to a visited node is a back edge.
					lp.low[u] = lp.disc[v]
				}
				continue
			}
			stack = stack[:len(stack)-1]
			if p := lp.parent[u]; p >= 0 {
				if lp.low[u] < lp.low[p] {
					lp.low[p] = lp.low[u]
				}
				lp.size[p] += lp.size[u]
				if childDone != nil {
					childDone(lp, p, u)
				}
			}
		}
	}
	return lp
}

// ArticulationPoints marks the cut points: nodes whose removal increases the
// number of connected components (networkx.articulation_points). A DFS root
// is one when it has two or more tree children; another node u is one when
// some tree child v has low(v) ≥ disc(u) (Hopcroft & Tarjan 1973).
func ArticulationPoints(g *network.Network) []bool {
	cut := make([]bool, g.N())
	children := make([]int32, g.N())
	lp := dfsLowpoints(g, nil, func(lp *lowpoints, p, c int32) {
		children[p]++
		if lp.parent[p] >= 0 && lp.low[c] >= lp.disc[p] {
			cut[p] = true
		}
	})
	for _, r := range lp.roots {
		cut[r] = children[r] >= 2
	}
	return cut
}

// Bridges lists the edges whose removal disconnects their ends
// (networkx.bridges), with U < V, sorted. A tree edge p→c is a bridge when
// low(c) > disc(p) (Tarjan, "A note on finding the bridges of a graph",
// Information Processing Letters 2(6), 1974).
func Bridges(g *network.Network) [][2]int32 {
	out := [][2]int32{} // empty, not nil: "bridges": [] in JSON
	dfsLowpoints(g, nil, func(lp *lowpoints, p, c int32) {
		if lp.low[c] > lp.disc[p] {
			if p < c {
				out = append(out, [2]int32{p, c})
			} else {
				out = append(out, [2]int32{c, p})
			}
		}
	})
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}
