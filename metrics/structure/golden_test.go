package structure

import (
	"encoding/json"
	"math"
	"os"
	"sort"
	"testing"

	"gbo/graph/network"
)

// golden.json holds networkx 2.8.8 values written by testdata/make_golden.py
// (Debian python3-networkx): Zachary's karate club and Les Misérables with
// their weights, Padgett's Florentine families, Krackhardt's kite, a seeded
// sparse random graph with isolates ("mixed") and two equal triangles plus
// an isolate ("ties"). Embeddedness (set intersection), span for every edge
// (shortest path with the edge removed), degree centralisation (from the
// degrees), greedy key players and pairs disconnected (brute force by
// recomputing components) are computed in Python beside networkx.
type goldenGraph struct {
	Nodes                []string             `json:"nodes"`
	Edges                [][3]json.RawMessage `json:"edges"`
	Density              float64              `json:"density"`
	Components           [][]string           `json:"components"`
	ArticulationPoints   []string             `json:"articulation_points"`
	Bridges              [][2]string          `json:"bridges"`
	LocalBridges         map[string]int32     `json:"local_bridges"`
	Span                 map[string]int32     `json:"span"`
	Embeddedness         map[string]int32     `json:"embeddedness"`
	Constraint           map[string]*float64  `json:"constraint"`
	EffectiveSize        map[string]*float64  `json:"effective_size"`
	CoreNumber           map[string]int32     `json:"core_number"`
	Clustering           map[string]float64   `json:"clustering"`
	AverageClustering    float64              `json:"average_clustering"`
	Transitivity         float64              `json:"transitivity"`
	DegreeCentralization float64              `json:"degree_centralization"`
	Diameter             int                  `json:"diameter"`
	AveragePathLength    float64              `json:"average_path_length"`
	KeyPlayers           []string             `json:"key_players"`
	Fragmentation        []float64            `json:"fragmentation"`
	PairsDisconnected    []goldenPairsRemoved `json:"pairs_disconnected"`
}

type goldenPairsRemoved struct {
	Removed []string `json:"removed"`
	Pairs   int64    `json:"pairs"`
}

func loadGolden(t *testing.T) map[string]*goldenGraph {
	t.Helper()
	raw, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatal(err)
	}
	out := map[string]*goldenGraph{}
	for name, msg := range all {
		if name[0] == '_' {
			continue
		}
		var g goldenGraph
		if err := json.Unmarshal(msg, &g); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = &g
	}
	return out
}

// network builds the network.Network of a golden graph.
func (gg *goldenGraph) network(t *testing.T) *network.Network {
	t.Helper()
	pos := map[string]int32{}
	for i, id := range gg.Nodes {
		pos[id] = int32(i)
	}
	var edges []network.Edge
	for _, e := range gg.Edges {
		var a, b string
		var w float64
		if json.Unmarshal(e[0], &a) != nil || json.Unmarshal(e[1], &b) != nil || json.Unmarshal(e[2], &w) != nil {
			t.Fatalf("bad edge %s", e)
		}
		edges = append(edges, network.Edge{U: pos[a], V: pos[b], W: w})
	}
	return network.New(gg.Nodes, edges)
}

func sortedNames(m map[string]*goldenGraph) []string {
	var names []string
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

func edgeKey(g *network.Network, e network.Edge) string { return g.IDs[e.U] + "|" + g.IDs[e.V] }

func close9(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func TestGoldenNetworkx(t *testing.T) {
	for _, name := range sortedNames(loadGolden(t)) {
		gg := loadGolden(t)[name]
		t.Run(name, func(t *testing.T) {
			g := gg.network(t)
			n := g.N()
			if n != len(gg.Nodes) || 2*len(gg.Edges) != len(g.Adj) {
				t.Fatalf("built %d nodes %d arcs, want %d, %d", n, len(g.Adj), len(gg.Nodes), 2*len(gg.Edges))
			}
			t.Run("density and components", func(t *testing.T) {
				if d := Density(g); !close9(d, gg.Density) {
					t.Errorf("density %v, want %v", d, gg.Density)
				}
				comp, count := Components(g)
				if count != len(gg.Components) {
					t.Fatalf("%d components, want %d", count, len(gg.Components))
				}
				for _, members := range gg.Components {
					first, _ := g.Index(members[0])
					for _, id := range members {
						u, _ := g.Index(id)
						if comp[u] != comp[first] {
							t.Errorf("%s not with %s", id, members[0])
						}
					}
				}
				// Numbered by smallest node.
				next := int32(0)
				for u := range comp {
					if comp[u] == next {
						next++
					} else if comp[u] > next {
						t.Fatalf("component %d appears before %d", comp[u], next)
					}
				}
			})
			t.Run("articulation points and bridges", func(t *testing.T) {
				var got []string
				for u, c := range ArticulationPoints(g) {
					if c {
						got = append(got, g.IDs[u])
					}
				}
				sort.Strings(got)
				if !equalStrings(got, gg.ArticulationPoints) {
					t.Errorf("articulation points %v, want %v", got, gg.ArticulationPoints)
				}
				br := Bridges(g)
				if len(br) != len(gg.Bridges) {
					t.Fatalf("bridges %v, want %v", br, gg.Bridges)
				}
				for i, b := range br {
					if g.IDs[b[0]] != gg.Bridges[i][0] || g.IDs[b[1]] != gg.Bridges[i][1] {
						t.Errorf("bridge %d: %s–%s, want %v", i, g.IDs[b[0]], g.IDs[b[1]], gg.Bridges[i])
					}
				}
			})
			t.Run("local bridges, span, embeddedness", func(t *testing.T) {
				local, span := LocalBridges(g)
				emb := Embeddedness(g)
				for i, e := range g.Edges() {
					k := edgeKey(g, e)
					want, isLocal := gg.LocalBridges[k]
					if local[i] != isLocal {
						t.Errorf("%s local bridge %v, want %v", k, local[i], isLocal)
					}
					if isLocal && span[i] != want {
						t.Errorf("%s span %d, networkx local_bridges says %d", k, span[i], want)
					}
					if span[i] != gg.Span[k] {
						t.Errorf("%s span %d, want %d", k, span[i], gg.Span[k])
					}
					if emb[i] != gg.Embeddedness[k] {
						t.Errorf("%s embeddedness %d, want %d", k, emb[i], gg.Embeddedness[k])
					}
				}
			})
			t.Run("constraint and effective size", func(t *testing.T) {
				c, es := Constraint(g), EffectiveSize(g)
				for u, id := range g.IDs {
					checkNullable(t, "constraint "+id, c[u], gg.Constraint[id])
					checkNullable(t, "effective size "+id, es[u], gg.EffectiveSize[id])
				}
			})
			t.Run("cores and clustering", func(t *testing.T) {
				core, cl := CoreNumber(g), Clustering(g)
				for u, id := range g.IDs {
					if core[u] != gg.CoreNumber[id] {
						t.Errorf("core %s = %d, want %d", id, core[u], gg.CoreNumber[id])
					}
					if !close9(cl[u], gg.Clustering[id]) {
						t.Errorf("clustering %s = %v, want %v", id, cl[u], gg.Clustering[id])
					}
				}
				for _, c := range []struct {
					what      string
					got, want float64
				}{
					{"average clustering", AverageClustering(g), gg.AverageClustering},
					{"transitivity", Transitivity(g), gg.Transitivity},
					{"degree centralization", DegreeCentralization(g), gg.DegreeCentralization},
				} {
					if !close9(c.got, c.want) {
						t.Errorf("%s %v, want %v", c.what, c.got, c.want)
					}
				}
			})
			t.Run("diameter and average path length", func(t *testing.T) {
				d, apl := DiameterAPL(g)
				if d != gg.Diameter || !close9(apl, gg.AveragePathLength) {
					t.Errorf("diameter %d apl %v, want %d %v", d, apl, gg.Diameter, gg.AveragePathLength)
				}
			})
			t.Run("key players and pairs disconnected", func(t *testing.T) {
				nodes, frag := KeyPlayers(g, len(gg.KeyPlayers))
				for i, u := range nodes {
					if g.IDs[u] != gg.KeyPlayers[i] || !close9(frag[i], gg.Fragmentation[i]) {
						t.Errorf("step %d: %s F=%v, want %s F=%v", i, g.IDs[u], frag[i], gg.KeyPlayers[i], gg.Fragmentation[i])
					}
				}
				for _, pr := range gg.PairsDisconnected {
					removed := make([]bool, n)
					for _, id := range pr.Removed {
						u, _ := g.Index(id)
						removed[u] = true
					}
					if got := PairsDisconnected(g, removed); got != pr.Pairs {
						t.Errorf("removing %v: %d pairs, want %d", pr.Removed, got, pr.Pairs)
					}
				}
			})
		})
	}
}

func checkNullable(t *testing.T, what string, got float64, want *float64) {
	t.Helper()
	if want == nil {
		if !math.IsNaN(got) {
			t.Errorf("%s = %v, want NaN (null)", what, got)
		}
		return
	}
	if !close9(got, *want) {
		t.Errorf("%s = %v, want %v", what, got, *want)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
