package structure

import (
	"fmt"
	"testing"

	"gbo/graph/network"
)

// Benchmarks on seeded G(n, m) graphs of the sizes the tool must handle.
// go test -run XXX -bench . ./metrics/structure

var benchSizes = []struct{ n, m int }{{1000, 5000}, {5000, 25000}, {20000, 100000}}

func benchEach(b *testing.B, f func(g *network.Network)) {
	for _, s := range benchSizes {
		g := randomNetwork(42, s.n, s.m)
		b.Run(fmt.Sprintf("n=%d,m=%d", s.n, s.m), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				f(g)
			}
		})
	}
}

func BenchmarkComponents(b *testing.B) { benchEach(b, func(g *network.Network) { Components(g) }) }
func BenchmarkArticulationPoints(b *testing.B) {
	benchEach(b, func(g *network.Network) { ArticulationPoints(g) })
}
func BenchmarkBridges(b *testing.B)      { benchEach(b, func(g *network.Network) { Bridges(g) }) }
func BenchmarkLocalBridges(b *testing.B) { benchEach(b, func(g *network.Network) { LocalBridges(g) }) }
func BenchmarkEmbeddedness(b *testing.B) { benchEach(b, func(g *network.Network) { Embeddedness(g) }) }
func BenchmarkConstraint(b *testing.B)   { benchEach(b, func(g *network.Network) { Constraint(g) }) }
func BenchmarkCoreNumber(b *testing.B)   { benchEach(b, func(g *network.Network) { CoreNumber(g) }) }
func BenchmarkClustering(b *testing.B)   { benchEach(b, func(g *network.Network) { Clustering(g) }) }
func BenchmarkDiameterAPL(b *testing.B)  { benchEach(b, func(g *network.Network) { DiameterAPL(g) }) }
func BenchmarkBrokerage(b *testing.B) {
	benchEach(b, func(g *network.Network) {
		group := make([]int32, g.N())
		for i := range group {
			group[i] = int32(i % 7)
		}
		BrokerageUndirected(g, group)
	})
}
func BenchmarkKeyPlayers5(b *testing.B) { benchEach(b, func(g *network.Network) { KeyPlayers(g, 5) }) }
func BenchmarkPairsDisconnected(b *testing.B) {
	benchEach(b, func(g *network.Network) {
		removed := make([]bool, g.N())
		removed[0], removed[1] = true, true
		PairsDisconnected(g, removed)
	})
}

// BenchmarkAll is everything of the package once, as the metrics command
// runs it.
func BenchmarkAll(b *testing.B) {
	benchEach(b, func(g *network.Network) {
		group := make([]int32, g.N())
		for i := range group {
			group[i] = int32(i % 7)
		}
		Components(g)
		Density(g)
		ArticulationPoints(g)
		Bridges(g)
		LocalBridges(g)
		Embeddedness(g)
		Constraint(g)
		EffectiveSize(g)
		CoreNumber(g)
		Clustering(g)
		AverageClustering(g)
		Transitivity(g)
		DegreeCentralization(g)
		DiameterAPL(g)
		BrokerageUndirected(g, group)
		KeyPlayers(g, 5)
	})
}

// BenchmarkAllHub is BenchmarkAll on G(20000, 100000) plus a hub tied to
// every node: rows of 20 000 must not make triangle or brokerage kernels
// quadratic.
func BenchmarkAllHub(b *testing.B) {
	base := randomNetwork(42, 20000, 100000)
	es := base.Edges()
	for v := int32(1); int(v) < base.N(); v++ {
		es = append(es, network.Edge{U: 0, V: v, W: 1})
	}
	g := network.New(base.IDs, es)
	group := make([]int32, g.N())
	for i := range group {
		group[i] = int32(i % 7)
	}
	for i := 0; i < b.N; i++ {
		LocalBridges(g)
		Constraint(g)
		EffectiveSize(g)
		Clustering(g)
		DiameterAPL(g)
		BrokerageUndirected(g, group)
		KeyPlayers(g, 5)
	}
}
