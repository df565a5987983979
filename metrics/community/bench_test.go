package community

import (
	"fmt"
	"testing"

	"gbo/graph/network"
	"gbo/metrics/internal/testgraph"
)

// randomGnm is a seeded G(n,m) graph with weights 1..5.
func randomGnm(n, m int, seed uint64) *network.Network {
	return testgraph.GNM(n, m, []float64{1, 2, 3, 4, 5}, seed)
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
