package testgraph

import (
	"math/rand/v2"
	"strconv"

	"gbo/graph/network"
)

// GNM is a seeded G(n,m) graph (Erdős–Rényi): m distinct ties drawn
// uniformly, each weight drawn from ws. Node i has id "n<1e7+i>", so the
// network's sorted order is the drawing order.
func GNM(n, m int, ws []float64, seed uint64) *network.Network {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	ids := make([]string, n)
	for i := range ids {
		ids[i] = "n" + strconv.Itoa(1e7+i)
	}
	m = min(m, n*(n-1)/2)
	seen := make(map[[2]int32]bool, m)
	edges := make([]network.Edge, 0, m)
	for len(edges) < m {
		u, v := int32(r.IntN(n)), int32(r.IntN(n))
		if u == v {
			continue
		}
		if u > v {
			u, v = v, u
		}
		if seen[[2]int32{u, v}] {
			continue
		}
		seen[[2]int32{u, v}] = true
		edges = append(edges, network.Edge{U: u, V: v, W: ws[r.IntN(len(ws))]})
	}
	return network.New(ids, edges)
}
