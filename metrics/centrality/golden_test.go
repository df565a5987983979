package centrality

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"gbo/graph/network"
)

// golden is one file written by testdata/make_golden.py: a named graph and
// the values networkx 2.8.8 gives for it (cross-checked there against
// python-igraph 0.10.2), one per id, in the order of ids.
type golden struct {
	Name                string
	IDs                 []string
	Edges               [][3]any
	Betweenness         []float64
	BetweennessWeighted []float64 `json:"betweenness_weighted"`
	Closeness           []float64
	Eigenvector         []float64
	PageRank            []float64
}

func loadGolden(t testing.TB) []golden {
	t.Helper()
	files, err := filepath.Glob("testdata/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	var out []golden
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var gd golden
		if err := json.Unmarshal(b, &gd); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, gd)
	}
	return out
}

// network builds the golden graph; node order in the result is the
// network's (sorted ids), so values are compared through Index.
func (gd golden) network(t testing.TB) *network.Network {
	at := map[string]int32{}
	for i, id := range gd.IDs {
		at[id] = int32(i)
	}
	edges := make([]network.Edge, len(gd.Edges))
	for i, e := range gd.Edges {
		edges[i] = network.Edge{U: at[e[0].(string)], V: at[e[1].(string)], W: e[2].(float64)}
	}
	return network.New(gd.IDs, edges)
}

func TestMeasuresMatchNetworkxOnNamedGraphs(t *testing.T) {
	measures := []struct {
		name string
		f    func(*network.Network) []float64
		want func(golden) []float64
		tol  float64
	}{
		{"betweenness", Betweenness, func(g golden) []float64 { return g.Betweenness }, 1e-9},
		{"betweenness_weighted", BetweennessWeighted, func(g golden) []float64 { return g.BetweennessWeighted }, 1e-9},
		{"closeness", Closeness, func(g golden) []float64 { return g.Closeness }, 1e-9},
		{"eigenvector", Eigenvector, func(g golden) []float64 { return g.Eigenvector }, 1e-9},
		{"pagerank", PageRank, func(g golden) []float64 { return g.PageRank }, 1e-9},
	}
	for _, gd := range loadGolden(t) {
		g := gd.network(t)
		for _, m := range measures {
			t.Run(gd.Name+"/"+m.name, func(t *testing.T) {
				got, want := m.f(g), m.want(gd)
				if len(got) != len(gd.IDs) {
					t.Fatalf("%d values for %d nodes", len(got), len(gd.IDs))
				}
				worst := 0.0
				for i, id := range gd.IDs {
					u, _ := g.Index(id)
					d := math.Abs(got[u] - want[i])
					worst = max(worst, d)
					if !(d <= m.tol) { // NaN fails too
						t.Errorf("%s: got %.12g, networkx %.12g", id, got[u], want[i])
					}
				}
				t.Logf("largest difference %.2g", worst)
			})
		}
	}
}
