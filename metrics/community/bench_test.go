package community

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"

	"gbo/graph"
)

// randomGnm is a seeded G(n,m) graph with weights 1..5.
func randomGnm(n, m int, seed uint64) *graph.Network {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	ids := make([]string, n)
	for i := range ids {
		ids[i] = "n" + strconv.Itoa(1e7+i)
	}
	seen := make(map[[2]int32]bool, m)
	edges := make([]graph.Edge, 0, m)
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
		edges = append(edges, graph.Edge{U: u, V: v, W: float64(1 + r.IntN(5))})
	}
	return graph.NewNetwork(ids, edges)
}

// go test ./metrics/community -run - -bench .
func BenchmarkLouvain(b *testing.B) {
	for _, size := range [][2]int{{1000, 5000}, {5000, 25000}, {20000, 100000}} {
		g := randomGnm(size[0], size[1], 42)
		b.Run(fmt.Sprintf("%dk-%dk", size[0]/1000, size[1]/1000), func(b *testing.B) {
			q := 0.0
			for b.Loop() {
				_, q = Louvain(g, 1)
			}
			b.ReportMetric(q, "Q")
		})
	}
}
