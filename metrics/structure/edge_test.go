package structure

import (
	"math"
	"testing"

	"gbo/graph/network"
)

// Tiny graphs: nothing panics, and the values are the conventions the doc
// comments state.
func TestTinyGraphs(t *testing.T) {
	cases := []struct {
		name  string
		ids   []string
		edges []network.Edge
	}{
		{"empty", nil, nil},
		{"one node", []string{"a"}, nil},
		{"two isolates", []string{"a", "b"}, nil},
		{"one tie", []string{"a", "b"}, []network.Edge{{U: 0, V: 1, W: 2}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := network.New(c.ids, c.edges)
			n := g.N()
			_, count := Components(g)
			if count != n-len(c.edges) {
				t.Errorf("%d components", count)
			}
			wantDensity := 0.0
			if n == 2 {
				wantDensity = float64(len(c.edges)) // one possible pair
			}
			if Density(g) != wantDensity {
				t.Errorf("density %v, want %v", Density(g), wantDensity)
			}
			if b := Bridges(g); b == nil || len(b) != len(c.edges) {
				t.Errorf("bridges %v", b)
			}
			for _, cut := range ArticulationPoints(g) {
				if cut {
					t.Errorf("a cut point in %s", c.name)
				}
			}
			local, span := LocalBridges(g)
			for i := range local {
				if !local[i] || span[i] != -1 {
					t.Errorf("tie %d: local %v span %d", i, local[i], span[i])
				}
			}
			cons, eff := Constraint(g), EffectiveSize(g)
			for u := 0; u < n; u++ {
				isolate := g.Degree(int32(u)) == 0
				if isolate != math.IsNaN(cons[u]) || isolate != math.IsNaN(eff[u]) {
					t.Errorf("node %d: constraint %v effective size %v", u, cons[u], eff[u])
				}
				if !isolate && (cons[u] != 1 || eff[u] != 1) {
					t.Errorf("node %d: constraint %v effective size %v, want 1, 1", u, cons[u], eff[u])
				}
			}
			CoreNumber(g)
			Clustering(g)
			if AverageClustering(g) != 0 || Transitivity(g) != 0 || DegreeCentralization(g) != 0 {
				t.Error("clustering or centralisation not 0")
			}
			d, apl := DiameterAPL(g)
			if d != len(c.edges) || apl != float64(len(c.edges)) {
				t.Errorf("diameter %d apl %v", d, apl)
			}
			BrokerageUndirected(g, make([]int32, n))
			nodes, frag := KeyPlayers(g, 3)
			if len(nodes) != n || len(frag) != n {
				t.Errorf("key players %v %v", nodes, frag)
			}
			if PairsDisconnected(g, make([]bool, n)) != 0 {
				t.Error("pairs disconnected without removal")
			}
		})
	}
}
