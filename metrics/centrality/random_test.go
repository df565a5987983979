package centrality

import (
	"gbo/graph/network"
	"gbo/metrics/internal/testgraph"
)

// randomGnm is a seeded G(n,m) graph with weights drawn from ws.
func randomGnm(n, m int, ws []float64, seed uint64) *network.Network {
	return testgraph.GNM(n, m, ws, seed)
}
