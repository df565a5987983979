package centrality

import "gbo/graph"

// Closeness is the hop closeness of every node with the Wasserman–Faust
// correction for disconnected graphs:
//
//	c(u) = (r−1)/Σ_v d(u,v) · (r−1)/(n−1),
//
// where the sum runs over the r nodes reachable from u (u included) and d
// counts hops; c(u) = 0 for a node that reaches no other. On a connected
// graph this is the classic (n−1)/Σ d. This is networkx's
// closeness_centrality(G) (wf_improved=True).
//
// Reference: S. Wasserman and K. Faust, Social Network Analysis: Methods and
// Applications, Cambridge University Press, 1994, eq. 5.3 and p. 201.
// One breadth-first search per node, run in parallel; O(nm) time.
func Closeness(g *graph.Network) []float64 {
	n := g.N()
	out := make([]float64, n)
	off, adj := g.Offset, g.Adj
	forChunks(n, func() func(lo, hi int) {
		dist := make([]int32, n)
		for i := range dist {
			dist[i] = -1
		}
		queue := make([]int32, 0, n)
		return func(lo, hi int) {
			for s := int32(lo); s < int32(hi); s++ {
				queue = append(queue[:0], s)
				dist[s] = 0
				total := 0
				for i := 0; i < len(queue); i++ {
					v := queue[i]
					dv := dist[v] + 1
					for _, w := range adj[off[v]:off[v+1]] {
						if dist[w] < 0 {
							dist[w] = dv
							total += int(dv)
							queue = append(queue, w)
						}
					}
				}
				if total > 0 && n > 1 {
					r := float64(len(queue) - 1)
					out[s] = r / float64(total) * r / float64(n-1)
				}
				for _, v := range queue {
					dist[v] = -1
				}
			}
		}
	})
	return out
}
