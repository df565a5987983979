package community

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"gbo/graph/network"
)

// golden is one file written by testdata/make_golden.py from networkx
// 2.8.8: a graph, the best modularity its louvain_communities reaches over
// seeds 0..19, and partitions with their networkx modularity.
type golden struct {
	Name       string
	IDs        []string
	Edges      [][3]any
	Best       float64 `json:"best_louvain_modularity"`
	Partitions []struct {
		Name        string
		Communities [][]string
		Modularity  float64
	}
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

func (gd golden) network() *network.Network {
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

func TestModularityMatchesNetworkx(t *testing.T) {
	for _, gd := range loadGolden(t) {
		g := gd.network()
		for _, p := range gd.Partitions {
			comm := make([]int32, g.N())
			for c, members := range p.Communities {
				for _, id := range members {
					u, _ := g.Index(id)
					comm[u] = int32(c * 3) // labels need not be dense
				}
			}
			if got := Modularity(g, comm); math.Abs(got-p.Modularity) > 1e-12 {
				t.Errorf("%s, %s partition: got %.15g, networkx %.15g", gd.Name, p.Name, got, p.Modularity)
			}
		}
	}
}

func TestLouvainReachesNetworkxBestModularity(t *testing.T) {
	for _, gd := range loadGolden(t) {
		g := gd.network()
		for seed := uint64(0); seed < 5; seed++ {
			comm, q := Louvain(g, seed)
			if check := Modularity(g, comm); math.Abs(check-q) > 1e-12 {
				t.Errorf("%s seed %d: returned Q %.15g but the partition's is %.15g", gd.Name, seed, q, check)
			}
			if q < 0.99*gd.Best {
				t.Errorf("%s seed %d: Q %.6f < 0.99 × networkx's best %.6f", gd.Name, seed, q, gd.Best)
			}
			t.Logf("%s seed %d: Q %.6f, networkx best of 20 %.6f", gd.Name, seed, q, gd.Best)
		}
	}
}

func TestLouvainGivesTheSamePartitionForTheSameSeed(t *testing.T) {
	g := randomGnm(2000, 8000, 5)
	want, wq := Louvain(g, 9)
	for range 3 {
		got, q := Louvain(g, 9)
		if q != wq {
			t.Fatalf("modularity %v then %v", wq, q)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("node %d in community %d, then %d", i, want[i], got[i])
			}
		}
	}
}

func TestLouvainNumbersCommunitiesByTheirSmallestNode(t *testing.T) {
	for _, gd := range loadGolden(t) {
		comm, _ := Louvain(gd.network(), 3)
		next := int32(0)
		for v, c := range comm {
			if c > next {
				t.Fatalf("%s: node %d opens community %d before %d", gd.Name, v, c, next)
			}
			if c == next {
				next++
			}
		}
	}
}

func TestLouvainOnGraphsWithoutTies(t *testing.T) {
	comm, q := Louvain(network.New(nil, nil), 1)
	if len(comm) != 0 || q != 0 {
		t.Errorf("empty graph: %v, %v", comm, q)
	}
	comm, q = Louvain(network.New([]string{"a", "b", "c"}, nil), 1)
	if len(comm) != 3 || comm[0] != 0 || comm[1] != 1 || comm[2] != 2 || q != 0 {
		t.Errorf("isolates: %v, %v; want each alone, Q 0", comm, q)
	}
}
